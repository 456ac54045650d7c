import { describe, expect, it } from 'vitest';
import { checkDefinitionXml, lineExcerpt } from './definitionXml.ts';
import { malformedDefinition, moderationDefinition } from '../fixtures/definitionFiles.ts';

describe('checkDefinitionXml', () => {
  it('summarises a valid OSWorkflow definition (the PUBLIC DOCTYPE is fine)', () => {
    expect(checkDefinitionXml(moderationDefinition)).toEqual({
      ok: true,
      summary: { stepCount: 2, actionNames: ['@StartDiscussion', 'Approve', 'Reject'] },
    });
  });

  it('lists action names with their entity and character references decoded, once each', () => {
    const text = moderationDefinition
      .replace('name="Approve"', 'name="Approve &lt;draft&gt; &amp; publish"')
      .replace('name="Reject"', 'name="Caf&#233; &#x2713;"')
      .replace('name="@StartDiscussion"', 'name="Caf&#xE9; &#10003;"');
    expect(checkDefinitionXml(text)).toMatchObject({
      ok: true,
      summary: { actionNames: ['Café ✓', 'Approve <draft> & publish'] },
    });
  });

  it('refuses a DOCTYPE that names another root element than <workflow>', () => {
    expect(
      checkDefinitionXml('<?xml version="1.0"?>\n<!DOCTYPE beans>\n<workflow/>'),
    ).toMatchObject({
      ok: false,
      line: 2,
      column: 1,
      message:
        'The DOCTYPE declares the root element <beans>, but a definition’s root is <workflow>: write <!DOCTYPE workflow …> instead.',
    });
  });

  it('refuses a DOCTYPE that points anywhere but an OSWorkflow DTD', () => {
    const body =
      '\n<workflow><initial-actions><action id="1" name="Start"/></initial-actions><steps><step id="1" name="S"/></steps></workflow>';
    expect(
      checkDefinitionXml(
        `<?xml version="1.0"?>\n<!DOCTYPE workflow SYSTEM "file:///etc/passwd">${body}`,
      ),
    ).toEqual({
      ok: false,
      message:
        'The DOCTYPE points to “file:///etc/passwd”; it may only name the OSWorkflow DTD, such as http://www.opensymphony.com/osworkflow/workflow_2_8.dtd.',
      line: 2,
      column: 1,
    });
    expect(
      checkDefinitionXml(
        `<!DOCTYPE workflow PUBLIC "-//OpenSymphony Group//DTD OSWorkflow 2.8//EN" "http://10.0.0.1/admin">${body}`,
      ),
    ).toMatchObject({ ok: false, message: /^The DOCTYPE points to “http:\/\/10\.0\.0\.1\/admin”/ });
    // A DTD of the right name on any other host is still an address of someone else's choosing.
    for (const foreign of [
      'http://169.254.169.254/latest/workflow_2_8.dtd',
      'http://user@10.0.0.1:8080/workflow_2_8.dtd',
      'https://attacker.example/x?leak=/workflow_2_8.dtd',
      'http://www.opensymphony.com.attacker.example/osworkflow/workflow_2_8.dtd',
      '../../secret/workflow_2_8.dtd',
    ])
      expect(
        checkDefinitionXml(`<!DOCTYPE workflow SYSTEM "${foreign}">${body}`),
        foreign,
      ).toMatchObject({ ok: false });
    for (const fine of [
      '<!DOCTYPE workflow PUBLIC "-//OpenSymphony Group//DTD OSWorkflow 2.8//EN" "http://www.opensymphony.com/osworkflow/workflow_2_8.dtd">',
      '<!DOCTYPE workflow SYSTEM "https://opensymphony.com/osworkflow/workflow_2_6.dtd">',
      "<!DOCTYPE workflow SYSTEM 'workflow_2_7.dtd'>",
      '<!DOCTYPE workflow>',
    ])
      expect(checkDefinitionXml(`${fine}${body}`), fine).toMatchObject({ ok: true });
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

  it('refuses an empty <initial-actions> or <steps> where it starts, as the DTD does', () => {
    // workflow_2_8.dtd: <!ELEMENT initial-actions (action+)> and <!ELEMENT steps (step+)>.
    expect(
      checkDefinitionXml(
        '<workflow>\n  <initial-actions/>\n  <steps><step id="1" name="S"/></steps>\n</workflow>',
      ),
    ).toEqual({
      ok: false,
      message:
        '<initial-actions> is empty: add at least one <action> to it (a workflow can only be started by one of its initial actions).',
      line: 2,
      column: 3,
    });
    // A comment, text or another element is not a step; a <steps> nested deeper does not count.
    expect(
      checkDefinitionXml(
        '<workflow>\n  <initial-actions><action id="1" name="Start"/></initial-actions>\n  <meta><steps/></meta>  <steps>\n    <!-- none yet --> text <meta/>\n  </steps>\n</workflow>',
      ),
    ).toEqual({
      ok: false,
      message:
        '<steps> is empty: add at least one <step> to it (a workflow needs at least one step).',
      line: 3,
      column: 26,
    });
  });

  it('needs <initial-actions> and <steps>', () => {
    expect(
      checkDefinitionXml('<workflow><steps><step id="1" name="S"/></steps></workflow>'),
    ).toMatchObject({
      ok: false,
      message: '<workflow> has no <initial-actions> element.',
    });
    expect(
      checkDefinitionXml(
        '<workflow><initial-actions><action id="1" name="Start"/></initial-actions></workflow>',
      ),
    ).toMatchObject({
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

  it('takes <!ENTITY, <!DOCTYPE and &name; inside CDATA and comments as text', () => {
    const script = moderationDefinition.replace(
      '<results>',
      '<!-- <!ENTITY note "x"> &note; -->\n      <pre-functions><function type="beanshell"><arg name="script"><![CDATA[\n' +
        '  String dtd = "<!DOCTYPE a [<!ENTITY e SYSTEM \'file:///x\'>]>"; if (a && b) log("&nbsp;");\n' +
        ']]></arg></function></pre-functions>\n      <results>',
    );
    expect(checkDefinitionXml(script)).toMatchObject({ ok: true });
  });

  it('still refuses declarations in a DOCTYPE, whatever its strings hold', () => {
    for (const doctype of [
      '<!DOCTYPE workflow [\n<!-- c -->\n<!ENTITY a "x">]>',
      '<!DOCTYPE workflow SYSTEM "<!--" [<!ENTITY a "x">]>',
      '<!DOCTYPE workflow [<!ENTITY a "<![CDATA["><!ENTITY b "]]>">]>',
    ])
      expect(checkDefinitionXml(`${doctype}\n<workflow/>`)).toMatchObject({ ok: false });
  });

  it('refuses characters XML does not allow, written or referenced, where they are', () => {
    const withText = (t: string) =>
      `<workflow>\n  <steps><step id="1" name="S"/></steps>${t}<initial-actions><action id="1" name="Start"/></initial-actions>\n</workflow>`;
    expect(checkDefinitionXml(withText('\u0000'))).toEqual({
      ok: false,
      message: 'The file contains the character U+0000, which XML does not allow.',
      line: 2,
      column: 41,
    });
    expect(checkDefinitionXml(withText('<!-- \uFFFF -->'))).toMatchObject({
      ok: false,
      message: 'The file contains the character U+FFFF, which XML does not allow.',
      column: 46,
    });
    expect(checkDefinitionXml(withText('<meta a="&#x1B;"/>'))).toEqual({
      ok: false,
      message: 'The character reference &#x1B; stands for U+001B, which XML does not allow.',
      line: 2,
      column: 50,
    });
    // Tab, newline and carriage return are allowed, and a reference in CDATA is only text.
    expect(checkDefinitionXml(withText('\t\r\n<![CDATA[ &#0; ]]>&#9;&#xD7FF;'))).toMatchObject({
      ok: true,
    });
  });

  it('reports a second root element where it starts', () => {
    const text =
      '<?xml version="1.0"?>\n<workflow>\n  <initial-actions><action id="1" name="Start"/></initial-actions>\n  <steps><step id="1" name="S"/></steps>\n</workflow><extra/>\n';
    expect(checkDefinitionXml(text)).toMatchObject({
      ok: false,
      line: 5,
      column: 12,
      message: 'The file has more than one root element.',
    });
    expect(checkDefinitionXml('<!-- <a> -->\n<workflow/>\n<!-- c -->\n  <extra/>')).toMatchObject({
      ok: false,
      line: 4,
      column: 3,
    });
  });

  it('reports a second root with content where it starts (the validator stops past its start tag)', () => {
    const text =
      '<workflow>\n  <initial-actions><action id="1" name="Start"/></initial-actions>\n  <steps><step id="1" name="S"/></steps>\n</workflow>\n<!-- x -->  <workflow a="1">text</workflow>\n';
    expect(checkDefinitionXml(text)).toEqual({
      ok: false,
      message: 'The file has more than one root element.',
      line: 5,
      column: 13,
    });
  });

  it('refuses two roots, empty text and plain text', () => {
    expect(checkDefinitionXml('<workflow/><workflow/>').ok).toBe(false);
    expect(checkDefinitionXml('').ok).toBe(false);
    expect(checkDefinitionXml('hello').ok).toBe(false);
  });

  it('reports elements nested too deep instead of throwing (the parser stops at 100 levels)', () => {
    const depth = 5000;
    const text = `<workflow>\n<initial-actions><action id="1" name="Start"/></initial-actions><steps><step id="1" name="S"/></steps>\n${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</workflow>`;
    expect(checkDefinitionXml(text)).toEqual({
      ok: false,
      message:
        'Elements are nested more than 100 levels deep; a workflow definition never needs that many.',
      line: 1,
      column: 1,
    });
  });
});

describe('lineExcerpt', () => {
  it('returns the line with the problem', () => {
    expect(lineExcerpt(malformedDefinition, 7, 5)).toBe('    </workflow>');
    expect(lineExcerpt('a\r\nb', 1, 1)).toBe('a');
    expect(lineExcerpt('x', 9, 1)).toBe('');
  });

  it('cuts long lines around the column', () => {
    const long = 'a'.repeat(300) + 'ERR' + 'b'.repeat(300);
    const excerpt = lineExcerpt(long, 1, 301, 20);
    expect(excerpt).toContain('ERR');
    expect(excerpt.startsWith('…') && excerpt.endsWith('…')).toBe(true);
  });
});
