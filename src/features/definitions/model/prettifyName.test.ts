import { describe, expect, it } from 'vitest';
import { nameFromFileName } from './prettifyName.ts';

describe('nameFromFileName', () => {
  it.each([
    ['user-2fa_workflow.v3.xml', 'User 2fa workflow v3'],
    ['discussionModeration.XML', 'Discussion Moderation'],
    ['  ticket__triage--final.xml', 'Ticket triage final'],
    ['C:\\flows\\app-approval.xml', 'App approval'],
    ['.xml', 'Workflow definition'],
  ])('%s → %s', (file, name) => expect(nameFromFileName(file)).toBe(name));
});
