import { describe, expect, it } from 'vitest';
import { nameFromFileName } from './prettifyName.ts';

describe('nameFromFileName', () => {
  it.each([
    ['user-2fa_workflow.v3.xml', 'User 2fa workflow v3'],
    ['discussionModeration.XML', 'Discussion Moderation'],
    ['  ticket__triage--final.xml', 'Ticket triage final'],
    ['C:\\flows\\app-approval.xml', 'App approval'],
    ['.xml', 'Workflow definition'],
    ['invoice\u202Elmx.evil.xml', 'Invoicelmx evil'],
    ['zero\u200Bwidth\uFEFF\u2066name\u2069.xml', 'Zerowidthname'],
    ['line\nbreak\ttab\u0007.xml', 'Line break tab'],
  ])('%s → %s', (file, name) => expect(nameFromFileName(file)).toBe(name));
});
