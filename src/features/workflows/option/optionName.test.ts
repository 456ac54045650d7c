import { describe, expect, it } from 'vitest';
import { isOptionNameHidden, optionInMessage } from './optionName.ts';

const hidden = {
  Name: { FieldRight: { Mask: 'None', Reason: 'Not yours' }, FieldType: 'System.String' },
};

describe('option names the user may not see', () => {
  it('a Name whose FieldRight is None is hidden; one with Read or none given is not', () => {
    expect(isOptionNameHidden({ FieldProperties: hidden })).toBe(true);
    expect(
      isOptionNameHidden({
        FieldProperties: { Name: { FieldRight: { Mask: 'Read', Reason: '' } } },
      }),
    ).toBe(false);
    expect(isOptionNameHidden({ FieldProperties: null })).toBe(false);
    expect(isOptionNameHidden({})).toBe(false);
  });

  it('a hidden name is never given back, however it is asked for', () => {
    const o = { WorkflowStepOptionId: 4, Name: 'Sweden', FieldProperties: hidden };
    expect(optionInMessage(o, 'Unnamed option')).toBe('Option 4');
  });

  it('a visible name is quoted; a blank one gets the caller’s word', () => {
    expect(optionInMessage({ WorkflowStepOptionId: 4, Name: ' Sweden ' }, 'x')).toBe('“Sweden”');
    expect(optionInMessage({ WorkflowStepOptionId: 4, Name: '' }, 'Unnamed option')).toBe(
      'Unnamed option',
    );
  });
});
