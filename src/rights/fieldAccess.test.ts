import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_ONLY_REASON, FULL_ACCESS, parseFieldProperty } from './fieldAccess.ts';

const field = (Mask: string | number | null, Reason = '', FieldLength = -1) =>
  parseFieldProperty({ FieldRight: { Mask, Reason }, FieldType: 'System.String', FieldLength });

describe('parseFieldProperty', () => {
  it('absent property or mask → full access', () => {
    expect(parseFieldProperty(undefined)).toBe(FULL_ACCESS);
    const a = parseFieldProperty({ FieldRight: null, FieldType: 'System.Int32', FieldLength: 0 });
    expect(a).toMatchObject({ hidden: false, readOnly: false, mandatory: false });
    expect(a.fieldType).toBe('System.Int32');
    expect(a.maxLength).toBeUndefined();
  });

  it('"Update, UIHintMandatory" (a real response) → editable and mandatory', () => {
    const a = field('Update, UIHintMandatory', '[SR_MANDATORY_FIELD_2817]', 219);
    expect(a).toMatchObject({ hidden: false, readOnly: false, mandatory: true, maxLength: 219 });
    expect(a.reason).toBe(''); // untranslated token: nothing to show
    expect(a.requiredMessage).toBe('This field is required.');
  });

  it('a translated mandatory Reason is the message for an empty field, not a standing hint', () => {
    const a = field('Update, UIHintMandatory', 'This field must be filled in');
    expect(a.reason).toBe('');
    expect(a.requiredMessage).toBe('This field must be filled in.');
    expect(field('Update, UIHintMandatory', 'Name is mandatory!').requiredMessage).toBe(
      'Name is mandatory!',
    );
  });

  it('a read-only mandatory field keeps its Reason as the reason it cannot be changed', () => {
    expect(field('Read, UIHintMandatory', 'Set by the system').reason).toBe('Set by the system');
  });

  it.each([
    ['Update', false, false],
    ['FULL', false, false],
    ['Read, Write', false, false],
    [3, false, false],
    ['Write', false, false],
    ['Read', false, true],
    [1, false, true],
    ['Read, UIHintReadOnly', false, true],
    ['Update, UIHintReadOnly', false, true],
    ['None', true, false],
    [0, true, false],
    ['Nullable', true, false],
  ])('%s → hidden=%s readOnly=%s', (mask, hidden, readOnly) => {
    const a = field(mask);
    expect(a.hidden).toBe(hidden);
    expect(a.readOnly).toBe(readOnly);
  });

  it('a hidden field is never mandatory', () => {
    expect(field('UIHintMandatory').hidden).toBe(true);
    expect(field('UIHintMandatory').mandatory).toBe(false);
  });

  it('shows the server Reason on a read-only field, or a default sentence', () => {
    expect(field('Read', 'Set by the system').reason).toBe('Set by the system');
    expect(field('Read', '[SR_READONLY_1]').reason).toBe(DEFAULT_READ_ONLY_REASON);
  });

  it('FieldLength > 0 becomes maxLength; -1 and 0 do not', () => {
    expect(field('Update', '', 50).maxLength).toBe(50);
    expect(field('Update', '', 0).maxLength).toBeUndefined();
    expect(field('Update', '', -1).maxLength).toBeUndefined();
  });

  it('unknown names alone → read-only, not hidden; with Update they are ignored', () => {
    expect(field('Frobnicate')).toMatchObject({ hidden: false, readOnly: true });
    expect(field('Update, Frobnicate')).toMatchObject({ hidden: false, readOnly: false });
  });

  it('interns: equal mask, reason, type and length give the same frozen object', () => {
    const a = field('Read', 'Locked', 20);
    expect(field('Read', 'Locked', 20)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(field('Read', 'Locked', 21)).not.toBe(a);
    expect(field('Read', 'Other', 20)).not.toBe(a);
  });
});
