import { describe, expect, it } from 'vitest';
import {
  editorDraftKey,
  editorDraftOwner,
  markedFromClosedTab,
  readEditorDraft,
  serializeEditorDraft,
  valuesStamp,
} from './editorDraft.ts';

const isNamed = (v: unknown): v is { Name: string } =>
  typeof v === 'object' && v !== null && typeof (v as { Name?: unknown }).Name === 'string';

describe('editor drafts', () => {
  it('keys drafts by the editor address and their owner', () => {
    const owner = editorDraftOwner('https://Tenant.example/Cust1/', ' Ada ');
    expect(owner).toBe('https://tenant.example/cust1|ada');
    expect(editorDraftKey('/workflows/1/options/2', owner)).toBe(
      'flowdesk.workflows.draft./workflows/1/options/2.https%3A%2F%2Ftenant.example%2Fcust1%7Cada',
    );
    expect(editorDraftKey('/workflows/1/options/2', editorDraftOwner('', 'bob'))).not.toBe(
      editorDraftKey('/workflows/1/options/2', editorDraftOwner('', 'ada')),
    );
  });

  it('stamps equal values equally and different values differently', () => {
    expect(valuesStamp({ Name: 'A', Steps: [1, 2] })).toBe(
      valuesStamp({ Name: 'A', Steps: [1, 2] }),
    );
    expect(valuesStamp({ Name: 'A', Steps: [1, 2] })).not.toBe(
      valuesStamp({ Name: 'A', Steps: [2, 1] }),
    );
  });

  it('reads back a draft made on the values loaded now, and tells when they changed since', () => {
    const base = valuesStamp({ Name: 'Loaded' });
    const text = serializeEditorDraft(base, { Name: 'Edited' }, new Date('2025-03-01T10:00:00Z'));
    expect(readEditorDraft(text, base, isNamed)).toEqual({
      values: { Name: 'Edited' },
      savedAt: '2025-03-01T10:00:00.000Z',
      stale: false,
      fromClosedTab: false,
    });
    expect(readEditorDraft(text, valuesStamp({ Name: 'Saved by someone' }), isNamed)?.stale).toBe(
      true,
    );
  });

  it('tells a draft taken on from a closed tab', () => {
    const base = valuesStamp({ Name: 'Loaded' });
    const text = serializeEditorDraft(base, { Name: 'Edited' });
    expect(readEditorDraft(markedFromClosedTab(text), base, isNamed)).toMatchObject({
      values: { Name: 'Edited' },
      fromClosedTab: true,
    });
    expect(markedFromClosedTab('not json')).toBe('not json');
  });

  it('refuses text that is not a draft', () => {
    const base = valuesStamp({});
    expect(readEditorDraft('not json', base, isNamed)).toBeNull();
    expect(readEditorDraft('null', base, isNamed)).toBeNull();
    expect(
      readEditorDraft('{"v":2,"savedAt":"2025-01-01","base":"x","values":{}}', base, isNamed),
    ).toBeNull();
    expect(readEditorDraft(serializeEditorDraft(base, { Name: 3 }), base, isNamed)).toBeNull();
    expect(
      readEditorDraft('{"v":1,"savedAt":"never","base":"x","values":{"Name":"a"}}', base, isNamed),
    ).toBeNull();
  });
});
