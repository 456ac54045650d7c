import { describe, expect, it } from 'vitest';
import {
  isOptionNameHidden,
  optionHeadingName,
  optionInMessage,
  visibleOptionName,
} from './optionName.ts';

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
    expect(visibleOptionName(o)).toBe('');
    expect(optionInMessage(o, 'Unnamed option')).toBe('Option 4');
  });

  it('a visible name is quoted; a blank one gets the caller’s word', () => {
    expect(optionInMessage({ WorkflowStepOptionId: 4, Name: ' Sweden ' }, 'x')).toBe('“Sweden”');
    expect(optionInMessage({ WorkflowStepOptionId: 4, Name: '' }, 'Unnamed option')).toBe(
      'Unnamed option',
    );
    expect(visibleOptionName({ WorkflowStepOptionId: 4, Name: null })).toBe('');
  });
});

describe('optionHeadingName', () => {
  it('names an option as its heading does: its name, else by its id when hidden or blank', () => {
    expect(optionHeadingName({ WorkflowStepOptionId: 4, Name: 'Sweden' })).toBe('Sweden');
    expect(optionHeadingName({ WorkflowStepOptionId: 12, Name: '  ' })).toBe('Option 12');
    expect(
      optionHeadingName({ WorkflowStepOptionId: 4, Name: 'Sweden', FieldProperties: hidden }),
    ).toBe('Option 4');
  });
});
