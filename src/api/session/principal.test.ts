import { describe, expect, it } from 'vitest';
import { z } from '../schemas/zod.ts';
import { principalName, principalSchema } from './principal.ts';

const reads = (v: unknown) => z.safeParse(principalSchema, v).success;

describe('principalSchema', () => {
  it('takes an answer that names a user: the sandbox’s, or a tenant’s User with its AssociateId', () => {
    expect(
      reads({
        UserName: 'admin',
        FullName: 'Ada Admin',
        Associate: { AssociateId: 1, Name: 'ADMIN', FullName: 'Ada Admin' },
      }),
    ).toBe(true);
    // A tenant's SoPrincipalCarrier: Associate is the logon name, AssociateId beside it.
    expect(
      reads({ UserType: 'InternalAssociate', Associate: 'PER', AssociateId: 5, FullName: 'Per P' }),
    ).toBe(true);
    expect(reads({ Associate: 'PER' })).toBe(true);
    expect(reads({ Associate: { AssociateId: 7 } })).toBe(true);
  });

  it('refuses JSON that names nobody, which used to pass as a sign-in', () => {
    expect(reads({ Surprise: true, Steps: 'not-a-list', WorkflowGoalId: 'seven' })).toBe(false);
    expect(reads({})).toBe(false);
    expect(reads({ UserName: ' ', Associate: { AssociateId: 0 } })).toBe(false);
    expect(reads({ UserName: null, FullName: 'Nobody' })).toBe(false);
    expect(reads({ Associate: '', AssociateId: 0 })).toBe(false);
  });
});

describe('principalName', () => {
  it('is the full name, else the user name, else a tenant’s logon name, else the associate’s name', () => {
    expect(principalName({ FullName: 'Ada Admin', UserName: 'admin' })).toBe('Ada Admin');
    expect(principalName({ FullName: '', UserName: 'admin' })).toBe('admin');
    // A tenant's SoPrincipalCarrier signed in through the browser's session (no user name typed).
    expect(principalName({ Associate: 'PER', AssociateId: 5 })).toBe('PER');
    expect(principalName({ Associate: { AssociateId: 7, FullName: 'Sam Sandbox' } })).toBe(
      'Sam Sandbox',
    );
    expect(principalName({ AssociateId: 9 })).toBe('');
  });
});
