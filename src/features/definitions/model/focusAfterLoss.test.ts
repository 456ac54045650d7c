import { describe, expect, it } from 'vitest';
import { focusAfterLoss } from './focusAfterLoss.ts';

describe('focusAfterLoss', () => {
  it('stays on a file that is still there (its Upload became Cancel, say)', () => {
    expect(focusAfterLoss({ rowId: 'b' }, ['a', 'b'], ['a', 'b'])).toEqual({
      row: 'b',
      control: 'actions',
    });
  });

  it('goes to the Remove button of the file now in a removed one’s place, else the previous', () => {
    expect(focusAfterLoss({ rowId: 'b' }, ['a', 'b', 'c'], ['a', 'c'])).toEqual({
      row: 'c',
      control: 'remove',
    });
    expect(focusAfterLoss({ rowId: 'c' }, ['a', 'b', 'c'], ['a', 'b'])).toEqual({
      row: 'b',
      control: 'remove',
    });
  });

  it('goes to the drop zone when the last file was removed or a notice dismissed', () => {
    expect(focusAfterLoss({ rowId: 'a' }, ['a'], [])).toEqual({ dropZone: true });
    expect(focusAfterLoss({ elsewhere: true }, ['a'], ['a'])).toEqual({ dropZone: true });
  });

  it('stays in the toolbar while there are files, else the drop zone', () => {
    expect(focusAfterLoss({ inToolbar: true }, ['a'], ['a'])).toEqual({ toolbar: true });
    expect(focusAfterLoss({ inToolbar: true }, ['a'], [])).toEqual({ dropZone: true });
  });
});
