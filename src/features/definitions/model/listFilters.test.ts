import { describe, expect, it } from 'vitest';
import { ALL_TYPES, hasUnofferedType, readListFilters, withListFilters } from './listFilters.ts';

const params = (text: string) => new URLSearchParams(text);

describe('readListFilters', () => {
  it('reads the resource type and the search', () => {
    expect(readListFilters(params('type=ticket&q=triage'))).toEqual({
      objectType: 'ticket',
      search: 'triage',
    });
  });

  it('reads no parameters as all types and no search', () => {
    expect(readListFilters(params(''))).toEqual({ objectType: ALL_TYPES, search: '' });
  });

  it('reads a type the page does not offer as all types', () => {
    expect(readListFilters(params('type=bogus')).objectType).toBe(ALL_TYPES);
    expect(readListFilters(params('type=Ticket')).objectType).toBe(ALL_TYPES);
  });

  it('keeps the search as typed, spaces included', () => {
    expect(readListFilters(params('q=%20User%20')).search).toBe(' User ');
  });
});

describe('withListFilters', () => {
  it('sets what changed and keeps the rest', () => {
    expect(withListFilters(params('q=app&other=1'), { objectType: 'app' }).toString()).toBe(
      'q=app&other=1&type=app',
    );
  });

  it('leaves an empty search and all types out of the address', () => {
    expect(
      withListFilters(params('type=app&q=x'), { objectType: ALL_TYPES, search: '' }).toString(),
    ).toBe('');
  });

  it('does not change the parameters it was given', () => {
    const before = params('q=a');
    withListFilters(before, { search: 'b' });
    expect(before.toString()).toBe('q=a');
  });
});

describe('hasUnofferedType', () => {
  it('finds a type the page does not offer, or an empty one, in the address', () => {
    expect(hasUnofferedType(params('type=bogus&q=x'))).toBe(true);
    expect(hasUnofferedType(params('type='))).toBe(true);
    expect(hasUnofferedType(params('type=all'))).toBe(true);
  });

  it('leaves an offered type, or none, alone', () => {
    expect(hasUnofferedType(params('type=ticket'))).toBe(false);
    expect(hasUnofferedType(params('q=x'))).toBe(false);
  });
});
