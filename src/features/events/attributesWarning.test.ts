import { describe, expect, it } from 'vitest';
import { attributesWarning } from './attributesWarning.ts';
import { eventFormSchema } from './eventForm.ts';

const AS_TYPED =
  'It is sent as typed; if the workflow reads name=value pairs joined by &, e.g. personId=12&formId=3, correct it before sending.';

describe('attributesWarning', () => {
  it('says nothing for empty text, name=value pairs (free values), JSON, or names such as items[0]', () => {
    for (const s of [
      '',
      '  ',
      'personId=12',
      'personId=12&formId=3',
      'personId=&note=lorem ipsum, dolor = sit 10%',
      ' personId = 12 & form.id-2=3',
      'url=https://x.test/?a=b',
      '_form=3',
      'items[0]=12&items[1]=13',
      '{"personId":12}',
      ' [1, 2] ',
    ])
      expect(attributesWarning(s)).toBeNull();
  });

  it('warns about what looks like a slip, saying it is still sent as typed', () => {
    expect(attributesWarning('%%%=&&bad')).toBe(
      `There is an empty pair (two & in a row, or an & at the start or end). ${AS_TYPED}`,
    );
    expect(attributesWarning('%%%=1&bad')).toBe(
      `“%%%” is not a name: names use letters, digits and _ . - [ ], and start with a letter or _. ${AS_TYPED}`,
    );
    expect(attributesWarning('personId=12&bad')).toBe(
      `“bad” has no value (no = after it). ${AS_TYPED}`,
    );
    expect(attributesWarning('=12')).toBe(`A pair has no name before its =. ${AS_TYPED}`);
    expect(attributesWarning('personId=12&')).toMatch(/^There is an empty pair/);
    expect(attributesWarning('12=personId')).toMatch(/^“12” is not a name/);
    expect(attributesWarning('{"personId":12')).toBe(
      'This starts like JSON ({ or [) but is not valid JSON. It is sent as typed; check it before sending.',
    );
  });

  it('warns when more pairs sit in a value, pasted one per line or separated by spaces', () => {
    const joined =
      'Pairs are joined by &, not by line breaks or spaces, e.g. personId=12&formId=3. It is sent as typed: correct it before sending if the workflow reads name=value pairs.';
    expect(attributesWarning('personId=12\nformId=3')).toBe(
      `“formId=3” is on a new line, so it is sent as part of the value of “personId”. ${joined}`,
    );
    expect(attributesWarning('personId=12\r\n  formId=3\n')).toMatch(
      /^“formId=3” is on a new line/,
    );
    expect(attributesWarning('personId=12 formId=3')).toBe(
      `“formId=3” follows a space, so it is sent as part of the value of “personId”. ${joined}`,
    );
    expect(attributesWarning('a=1&note=first line\nsecond line')).toBe(
      `The value of “note” goes on over a line break, so the next line is sent as part of it. ${joined}`,
    );
    // A trailing line break is not in a value.
    expect(attributesWarning('personId=12\n')).toBeNull();
  });

  it('blocks nothing: the form takes any Attributes', () => {
    for (const Attributes of ['%%%=&&bad', '{"personId":12}', 'items[0]=1'])
      expect(
        eventFormSchema.safeParse({ EventType: 'FormSubmitted', Attributes, select: '' }).success,
      ).toBe(true);
  });
});
