import { describe, expect, it } from 'vitest';
import { splitTypeOptions } from './splitTypeOptions.ts';

describe('splitTypeOptions', () => {
  it('offers None as not chosen yet, not as “Everyone else”, then the standard types', () => {
    const options = splitTypeOptions(undefined);
    expect(options[0]).toEqual({ value: 'None', label: 'Not chosen yet' });
    expect(options.map((o) => o.label)).toContain('Contact data');
    expect(options.map((o) => o.label)).not.toContain('Everyone else');
  });
});
