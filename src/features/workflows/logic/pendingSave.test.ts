import { describe, expect, it } from 'vitest';
import { pendingSaveKey, readPendingSave, serializePendingSave } from './pendingSave.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

describe('pendingSave', () => {
  it('reads back the values a save sent', () => {
    const text = serializePendingSave({ name: 'A' }, new Date('2026-01-02T03:04:05Z'));
    expect(readPendingSave(text, isObject)).toEqual({
      sent: { name: 'A' },
      at: '2026-01-02T03:04:05.000Z',
    });
  });

  it('is null for nothing stored, text that is not JSON, or another shape', () => {
    expect(readPendingSave(null, isObject)).toBeNull();
    expect(readPendingSave('{', isObject)).toBeNull();
    expect(readPendingSave(JSON.stringify({ v: 2, sent: {}, at: 'x' }), isObject)).toBeNull();
    expect(readPendingSave(JSON.stringify({ v: 1, sent: 3, at: 'x' }), isObject)).toBeNull();
  });

  it('is kept beside the draft, under a key that signing out finds', () => {
    expect(pendingSaveKey('flowdesk.workflows.draft./workflows/1/goals/2.owner')).toBe(
      'flowdesk.workflows.draft./workflows/1/goals/2.owner.save',
    );
  });
});
