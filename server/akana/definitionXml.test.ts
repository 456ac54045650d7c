import { describe, expect, it } from 'vitest';
import { checkDefinitionXml, positionOf } from './definitionXml.ts';
import { topLevelElementStarts } from './xmlTopLevel.ts';

const DECL = '<?xml version="1.0" encoding="UTF-8"?>';

describe('checkDefinitionXml', () => {
  it('accepts one <workflow> root holding <initial-actions> and <steps>', () => {
    const text = `${DECL}\n<workflow>\n  <initial-actions><action id="1" name="Start"/></initial-actions>\n  <steps><step id="1" name="S"/></steps>\n</workflow>\n`;
    expect(checkDefinitionXml(text)).toBeUndefined();
  });

  it('refuses a DOCTYPE that names another root element than <workflow>, as the page does', () => {
    const text = `${DECL}\n<!DOCTYPE beans PUBLIC "-//OpenSymphony Group//DTD OSWorkflow 2.8//EN" "http://www.opensymphony.com/osworkflow/workflow_2_8.dtd">\n<workflow>\n  <initial-actions><action id="1" name="Start"/></initial-actions>\n  <steps><step id="1" name="S"/></steps>\n</workflow>\n`;
    expect(checkDefinitionXml(text)).toEqual({
      message:
        'The DOCTYPE declares the root element <beans>, but a definition’s root is <workflow>: write <!DOCTYPE workflow …> instead',
      line: 2,
      column: 1,
    });
    expect(checkDefinitionXml(text.replace('DOCTYPE beans', 'DOCTYPE workflow'))).toBeUndefined();
  });

  it('refuses a DOCTYPE that points anywhere but an OSWorkflow DTD, as the page does', () => {
    const text = `${DECL}\n<!DOCTYPE workflow SYSTEM "file:///etc/passwd">\n<workflow>\n  <initial-actions><action id="1" name="Start"/></initial-actions>\n  <steps><step id="1" name="S"/></steps>\n</workflow>\n`;
    expect(checkDefinitionXml(text)).toEqual({
      message:
        'The DOCTYPE points to “file:///etc/passwd”; it may only name the OSWorkflow DTD, such as http://www.opensymphony.com/osworkflow/workflow_2_8.dtd',
      line: 2,
      column: 1,
    });
    const osworkflow = text.replace(
      'SYSTEM "file:///etc/passwd"',
      'PUBLIC "-//OpenSymphony Group//DTD OSWorkflow 2.8//EN" "http://www.opensymphony.com/osworkflow/workflow_2_8.dtd"',
    );
    expect(checkDefinitionXml(osworkflow)).toBeUndefined();
  });

  it('refuses a <workflow> whose <steps> is only nested deeper, at the root', () => {
    const text = `${DECL}\n<workflow>\n  <initial-actions><action id="1" name="Start"/><steps><step id="1" name="S"/></steps></initial-actions>\n</workflow>\n`;
    expect(checkDefinitionXml(text)).toEqual({
      message: '<workflow> has no <steps> element',
      line: 2,
      column: 1,
    });
  });

  it('refuses an empty <initial-actions> or <steps> where it starts, as the page does', () => {
    // workflow_2_8.dtd: <!ELEMENT initial-actions (action+)> and <!ELEMENT steps (step+)>.
    expect(
      checkDefinitionXml(
        `${DECL}\n<workflow>\n  <initial-actions></initial-actions>\n  <steps/>\n</workflow>\n`,
      ),
    ).toEqual({
      message:
        '<initial-actions> is empty: add at least one <action> to it (a workflow can only be started by one of its initial actions)',
      line: 3,
      column: 3,
    });
    expect(
      checkDefinitionXml(
        `${DECL}\n<workflow>\n  <initial-actions><action id="1" name="Start"/></initial-actions>\n  <steps/>\n</workflow>\n`,
      ),
    ).toEqual({
      message:
        '<steps> is empty: add at least one <step> to it (a workflow needs at least one step)',
      line: 4,
      column: 3,
    });
  });

  it('reports a second root at its own line and column, not the first root’s', () => {
    const text = `${DECL}\n<workflow>\n  <steps><step id="1" name="S"/></steps>\n</workflow>\n  <extra/>\n`;
    expect(checkDefinitionXml(text)).toEqual({
      message: 'The file has more than one root element',
      line: 5,
      column: 3,
    });
  });

  it('reports a second root with content at its start (the validator stops at its `>`)', () => {
    const text = `${DECL}\n<workflow/>\n<!-- x -->  <extra a="1">text</extra>\n`;
    expect(checkDefinitionXml(text)).toEqual({
      message: 'The file has more than one root element',
      line: 3,
      column: 13,
    });
  });

  it('points at the second root even after comments, a DOCTYPE and a `<` inside CDATA', () => {
    const text = [
      DECL,
      '<!DOCTYPE workflow PUBLIC "-//OpenSymphony Group//DTD OSWorkflow 2.8//EN" "workflow_2_8.dtd">',
      '<!-- <notARoot> -->',
      '<workflow a="x > y"><meta><![CDATA[ <b> ]]></meta></workflow>',
      '<!-- between -->',
      '<second>text</second><third/>',
    ].join('\n');
    expect(checkDefinitionXml(text)).toMatchObject({ line: 6, column: 1 });
  });

  it('reports a wrong root at the root itself, not at a tag inside a comment before it', () => {
    const text = `${DECL}\n<!-- <workflow> -->\n<flow/>\n`;
    expect(checkDefinitionXml(text)).toEqual({
      message: 'The root element is <flow>; expected <workflow>',
      line: 3,
      column: 1,
    });
  });
});

describe('entities', () => {
  const withScript = (script: string) =>
    `${DECL}\n<workflow>\n  <!-- <!ENTITY note "x"> &note; -->\n  <initial-actions><action id="1" name="Start"/></initial-actions>\n  <steps><step id="1" name="s"><pre-functions><function type="beanshell"><arg name="script"><![CDATA[${script}]]></arg></function></pre-functions></step></steps>\n</workflow>\n`;

  it('takes <!ENTITY, <!DOCTYPE and &name; inside CDATA and comments as text', () => {
    const script = `String dtd = "<!DOCTYPE a [<!ENTITY e SYSTEM 'file:///x'>]>"; if (a && b) log("&nbsp;");`;
    expect(checkDefinitionXml(withScript(script))).toBeUndefined();
  });

  it('still refuses declarations in a DOCTYPE, whatever its strings hold', () => {
    for (const doctype of [
      '<!DOCTYPE workflow [\n<!-- c -->\n<!ENTITY a "x">]>',
      '<!DOCTYPE workflow SYSTEM "<!--" [<!ENTITY a "x">]>',
      '<!DOCTYPE workflow [<!ENTITY a "<![CDATA["><!ENTITY b "]]>">]>',
    ])
      expect(checkDefinitionXml(`${doctype}\n<workflow/>`)).toMatchObject({
        message: expect.stringMatching(/ENTITY|internal subset/),
      });
  });
});

describe('deep nesting', () => {
  it('is a 400-worthy problem, not a parser exception (a 500)', () => {
    const text = `<workflow>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</workflow>`;
    expect(checkDefinitionXml(text)).toEqual({
      message: 'Elements are nested more than 100 levels deep',
      line: 1,
      column: 1,
    });
  });
});

describe('topLevelElementStarts', () => {
  it('lists only elements at depth 0, self-closing or not', () => {
    const text = "<a><b/><c>x</c></a><d/>  <e k='/>'></e>";
    expect(topLevelElementStarts(text)).toEqual([0, 19, 25]);
  });

  it('finds nothing in a document without elements', () => {
    expect(topLevelElementStarts(`${DECL}<!-- <a> -->`)).toEqual([]);
  });
});

describe('positionOf', () => {
  it('is 1-based', () => {
    expect(positionOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
