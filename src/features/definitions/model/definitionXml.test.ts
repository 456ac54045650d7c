import { describe, expect, it } from 'vitest';
import { checkDefinitionXml } from './definitionXml.ts';
import { malformedDefinition, moderationDefinition } from '../fixtures/definitionFiles.ts';

describe('checkDefinitionXml', () => {
  it('summarises a valid OSWorkflow definition (the PUBLIC DOCTYPE is fine)', () => {
    expect(checkDefinitionXml(moderationDefinition)).toEqual({
      ok: true,
      summary: { stepCount: 2, actionNames: ['@StartDiscussion', 'Approve', 'Reject'] },
    });
  });

  it('reports malformed XML with line and column', () => {
    const r = checkDefinitionXml(malformedDefinition);
    expect(r).toMatchObject({ ok: false, line: 7, column: 5 });
    if (!r.ok) expect(r.message).toMatch(/^Not well-formed XML/);
  });

  it('needs the <workflow> root', () => {
    expect(checkDefinitionXml('<?xml version="1.0"?>\n  <process/>')).toMatchObject({
      ok: false,
      line: 2,
      column: 3,
      message: expect.stringMatching(/must be <workflow>/),
    });
  });

  it('needs <initial-actions> and <steps>', () => {
    expect(checkDefinitionXml('<workflow><steps/></workflow>')).toMatchObject({
      ok: false,
      message: '<workflow> has no <initial-actions> element.',
    });
    expect(checkDefinitionXml('<workflow><initial-actions/></workflow>')).toMatchObject({
      ok: false,
      message: '<workflow> has no <steps> element.',
    });
  });

  it('refuses entity declarations, internal subsets and undefined entities', () => {
    expect(
      checkDefinitionXml('<!DOCTYPE workflow [\n<!ENTITY a "x">]>\n<workflow/>'),
    ).toMatchObject({
      ok: false,
      line: 2,
      column: 1,
    });
    expect(
      checkDefinitionXml('<!DOCTYPE workflow [<!ATTLIST a b CDATA "c">]><workflow/>'),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/internal subset/),
    });
    expect(checkDefinitionXml('<workflow>\n  &ext;</workflow>')).toMatchObject({
      ok: false,
      line: 2,
      column: 3,
    });
  });

  it('refuses two roots, empty text and plain text', () => {
    expect(checkDefinitionXml('<workflow/><workflow/>').ok).toBe(false);
    expect(checkDefinitionXml('').ok).toBe(false);
    expect(checkDefinitionXml('hello').ok).toBe(false);
  });
});
