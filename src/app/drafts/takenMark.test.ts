import { describe, expect, it } from 'vitest';
import { takenKeys, takenMark } from './takenMark.ts';

describe('takenKeys', () => {
  it('gives the keys whose draft shows as it was taken, not a later draft under the same key', () => {
    localStorage.setItem('flowdesk.a~tab.owner', 'first draft');
    localStorage.setItem('flowdesk.b~tab.owner', 'later draft');
    const marks = [
      takenMark({ key: 'flowdesk.a~tab.owner', text: 'first draft' }),
      takenMark({ key: 'flowdesk.b~tab.owner', text: 'first draft' }),
      takenMark({ key: 'flowdesk.gone~tab.owner', text: 'first draft' }),
      'not a mark',
    ];
    expect(takenKeys(marks, localStorage)).toEqual(new Set(['flowdesk.a~tab.owner']));
    expect(takenKeys(marks, null)).toEqual(new Set());
    localStorage.clear();
  });
});
