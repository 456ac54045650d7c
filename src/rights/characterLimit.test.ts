import { describe, expect, it } from 'vitest';
import { characterLimit } from './characterLimit.ts';

describe('characterLimit', () => {
  it('is FieldLength for a text field', () => {
    expect(characterLimit('System.String', 219)).toBe(219);
    expect(characterLimit('string', 40)).toBe(40);
  });

  it('is none where FieldLength does not apply (-1 or 0)', () => {
    expect(characterLimit('System.String', -1)).toBeUndefined();
    expect(characterLimit('System.String', 0)).toBeUndefined();
    expect(characterLimit('System.String', null)).toBeUndefined();
  });

  it('is none for numbers, dates, booleans, enums and carriers: their FieldLength is a storage size', () => {
    // As a real response gives them (the contract's PHP sample, §2.1).
    expect(characterLimit('System.Int32', 4)).toBeUndefined();
    expect(characterLimit('System.Int16', 2)).toBeUndefined();
    expect(characterLimit('System.DateTime', 16)).toBeUndefined();
    expect(characterLimit('System.Boolean', 2)).toBeUndefined();
    expect(characterLimit('SuperOffice.CRM.Services.Associate', 4)).toBeUndefined();
    expect(characterLimit('SuperOffice.CRM.WorkflowGoalType', 2)).toBeUndefined();
  });

  it('stays a character limit when no FieldType came (nothing says it is not text)', () => {
    expect(characterLimit('', 5)).toBe(5);
    expect(characterLimit(undefined, 5)).toBe(5);
  });
});
