import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import { restoredUploadPatch } from './restoredUpload.ts';

const definition = (Key: string, Name: string) => ({ Key, Name }) as WorkflowDefinition;
const sent = { name: 'Review flow', keysBefore: ['old'] };

describe('restoredUploadPatch', () => {
  it('marks the file uploaded when the list has a new definition of the name it was sent with', () => {
    const stored = definition('new', 'Review flow');
    const out = restoredUploadPatch(sent, [definition('old', 'Review flow'), stored], new Set());
    expect(out.stored).toBe(stored);
    expect(out.patch).toMatchObject({ status: 'done', progress: 1, result: stored, sent: null });
    expect(out.patch.note).toBe(
      'The page was reloaded while this file was uploading. The platform had stored it as “Review flow”, so it is not uploaded again.',
    );
  });

  it('leaves the file ready, saying it was not stored, when no new definition has its name', () => {
    const out = restoredUploadPatch(sent, [definition('old', 'Review flow')], new Set());
    expect(out.stored).toBeNull();
    expect(out.patch.status).toBeUndefined();
    expect(out.patch.note).toBe(
      'The page was reloaded while this file was uploading. The platform’s list has no new definition named “Review flow”, so it was not stored: upload it again.',
    );
    // A new one another file of the batch was stored as is not this file.
    const claimed = restoredUploadPatch(sent, [definition('b', 'Review flow')], new Set(['b']));
    expect(claimed.stored).toBeNull();
  });

  it('says the outcome is unknown when a definition of that name may or may not be this file', () => {
    const noListBefore = { name: 'Review flow', keysBefore: null };
    const out = restoredUploadPatch(noListBefore, [definition('x', 'Review flow')], new Set());
    expect(out.stored).toBeNull();
    expect(out.patch.status).toBe('failed');
    expect(out.patch.error).toMatch(
      /may have been stored.*Look for “Review flow” in the list below before retrying/,
    );
  });

  it('says the outcome is unknown, and how to check, when the list could not be read', () => {
    const out = restoredUploadPatch(sent, null, new Set());
    expect(out.patch.status).toBe('failed');
    expect(out.patch.error).toBe(
      'The page was reloaded while this file was uploading, and the platform’s list could not be read, so Flowdesk cannot tell whether it was stored. Once the list below loads again (press its Try again), look for “Review flow” in it before retrying, or it may be added twice.',
    );
  });
});
