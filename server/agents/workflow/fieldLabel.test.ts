import { describe, expect, it } from 'vitest';
import { fieldLabel } from './fieldLabel.ts';

describe('fieldLabel', () => {
  it('keeps a top-level field as it is', () => {
    expect(fieldLabel('Name')).toEqual({ where: null, field: 'Name' });
  });

  it('names list items as the editor numbers them, from 1', () => {
    expect(fieldLabel('RestrictionGroups.1.Name')).toEqual({
      where: 'Restriction group 2',
      field: 'Name',
    });
    expect(fieldLabel('RestrictionGroups.0.Restrictions.2.Operator')).toEqual({
      where: 'Restriction group 1, restriction 3',
      field: 'Operator',
    });
    expect(fieldLabel('Steps.3.Options.0.Steps.1.Options.2.Name')).toEqual({
      where: 'Step 4, path 1, step 2, path 3',
      field: 'Name',
    });
  });

  it('keeps a list it has no word for under its own name', () => {
    expect(fieldLabel('Things.0.Name')).toEqual({ where: 'Things 1', field: 'Name' });
  });
});
