import { describe, expect, it } from 'vitest';
import { attributesProblem } from './attributesProblem.ts';
import { eventFormSchema } from './eventForm.ts';

describe('attributesProblem', () => {
  it('takes nothing, or name=value pairs joined by & (values are free text)', () => {
    for (const s of [
      '',
      '  ',
      'personId=12',
      'personId=12&formId=3',
      'personId=&note=lorem ipsum, dolor = sit 10%',
      ' personId = 12 & form.id-2=3',
      'url=https://x.test/?a=b',
    ])
      expect(attributesProblem(s)).toBeNull();
  });

  it('refuses clearly malformed input, naming what is wrong and what is expected', () => {
    expect(attributesProblem('%%%=&&bad')).toBe(
      'There is an empty pair (two & in a row, or an & at the start or end). Write name=value pairs joined by &, e.g. personId=12&formId=3.',
    );
    expect(attributesProblem('%%%=1&bad')).toBe(
      '“%%%” is not a name: use letters, digits, _ . or -, starting with a letter. Write name=value pairs joined by &, e.g. personId=12&formId=3.',
    );
    expect(attributesProblem('personId=12&bad')).toBe(
      '“bad” has no value: add =value after it. Write name=value pairs joined by &, e.g. personId=12&formId=3.',
    );
    expect(attributesProblem('=12')).toMatch(/^A pair has no name before its =\./);
    expect(attributesProblem('personId=12&')).toMatch(/^There is an empty pair/);
    expect(attributesProblem('12=personId')).toMatch(/^“12” is not a name/);
  });

  it('is the form’s check on Attributes', () => {
    const result = eventFormSchema.safeParse({
      EventType: 'FormSubmitted',
      Attributes: '%%%=&&bad',
      select: '',
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['Attributes', attributesProblem('%%%=&&bad')],
    ]);
  });
});
