import { describe, expect, it } from 'vitest';
import { NAME_MAX_LENGTH, nameFromFileName } from './prettifyName.ts';

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
    ['approval_v2.1.xml', 'Approval v2.1'],
    ['osworkflow_2.8_sample.xml', 'Osworkflow 2.8 sample'],
    ['2024-01-05 approval (copy).xml', '2024-01-05 approval (copy)'],
    ['APIApproval.xml', 'API Approval'],
    ['WF_2FA-Login.XML', 'WF 2FA Login'],
    ['OAuthGrantFlow.xml', 'OAuth Grant Flow'],
    ['step2Approve.xml', 'Step2 Approve'],
    ['flow-2-.xml', 'Flow 2'],
  ])('%s → %s', (file, name) => expect(nameFromFileName(file)).toBe(name));

  it('keeps a name from a long file name within the Name field’s limit', () => {
    expect(nameFromFileName(`${'a'.repeat(240)}.xml`)).toBe(`A${'a'.repeat(NAME_MAX_LENGTH - 1)}`);
    // Never half an emoji, nor a trailing space, at the cut.
    const cut = nameFromFileName(`${'b'.repeat(NAME_MAX_LENGTH - 1)}😀 tail.xml`);
    expect(cut).toBe(`B${'b'.repeat(NAME_MAX_LENGTH - 2)}`);
    expect(nameFromFileName(`${'c'.repeat(NAME_MAX_LENGTH - 1)} tail.xml`)).toBe(
      `C${'c'.repeat(NAME_MAX_LENGTH - 2)}`,
    );
  });
});
