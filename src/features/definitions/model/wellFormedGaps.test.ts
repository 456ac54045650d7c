import { describe, expect, it } from 'vitest';
import { checkDefinitionXml } from './definitionXml.ts';
import { findWellFormedGap } from './wellFormedGaps.ts';

/** A definition with `body` inside its `<steps>` (on line 4). */
const withSteps = (body: string) =>
  `<workflow>\n  <initial-actions><action id="1" name="Start"/></initial-actions>\n  <steps>\n${body}\n  </steps>\n</workflow>\n`;

describe('checkDefinitionXml refuses what XML forbids and the validator lets through', () => {
  // Placed on the character at fault (expat, for one, refuses each of these a few columns on).
  it.each([
    [
      'a bare & in an attribute',
      withSteps('    <step id="1" name="R&D"/>'),
      4,
      25,
      /“&” on its own/,
    ],
    ['a & that is no reference', withSteps('    <step id="1" name="&#xZZ;"/>'), 4, 24, /“&”/],
    [
      'a < in an attribute',
      withSteps('    <step id="1" name="a < b"/>'),
      4,
      26,
      /may not contain “<”/,
    ],
    [']]> in text', withSteps('    <step id="1">x ]]> y</step>'), 4, 20, /“]]>”/],
    [
      '-- in a comment',
      '<workflow>\n<!-- a -- b -->\n<initial-actions><action id="1" name="Start"/></initial-actions><steps><step id="1" name="S"/></steps></workflow>',
      2,
      8,
      /“--”/,
    ],
    ['a comment ending --->', withSteps('    <!-- a --->'), 4, 12, /“--”/],
    [
      'a DOCTYPE after the root',
      '<workflow><initial-actions><action id="1" name="Start"/></initial-actions><steps><step id="1" name="S"/></steps></workflow>\n<!DOCTYPE workflow>',
      2,
      1,
      /before the root/,
    ],
    [
      'a second DOCTYPE',
      '<!DOCTYPE workflow>\n<!DOCTYPE workflow>\n<workflow><initial-actions><action id="1" name="Start"/></initial-actions><steps><step id="1" name="S"/></steps></workflow>',
      2,
      1,
      /only one DOCTYPE/,
    ],
  ])('%s', (_, text, line, column, message) => {
    const r = checkDefinitionXml(text);
    expect(r).toMatchObject({ ok: false, line, column });
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('says where a file cut short ends and which element is still open, not line 1, column 1', () => {
    const cut =
      '<workflow>\n  <initial-actions>\n    <action id="1"/>\n  </initial-actions>\n  <steps>\n    <step id="1">\n';
    expect(checkDefinitionXml(cut)).toEqual({
      ok: false,
      message:
        'Not well-formed XML: The file ends before <step> (opened on line 6, column 5) is closed.',
      line: 6,
      column: 18,
    });
    expect(
      checkDefinitionXml('<workflow>\n  <initial-actions>\n    <action id="1" na'),
    ).toMatchObject({
      ok: false,
      line: 3,
      column: 22,
      message:
        'Not well-formed XML: The file ends inside the <action> tag that starts on line 3, column 5.',
    });
    expect(checkDefinitionXml(withSteps('<![CDATA[ never closed'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('inside the CDATA section that starts on line 4, column 1'),
    });
    expect(checkDefinitionXml(withSteps('<!-- never closed'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('inside the comment that starts on line 4, column 1'),
    });
  });

  it('reports the earlier problem when the validator finds one first', () => {
    const text = withSteps('    <step id="1"></stp>\n    <step name="R&D"/>');
    expect(checkDefinitionXml(text)).toMatchObject({ ok: false, line: 4, column: 18 });
  });

  it('lets references, and & and < in comments, CDATA and processing instructions, through', () => {
    const text = withSteps(
      [
        '    <step id="1" name="a &amp; b &#233; &#xE9; &lt;x&gt;">x &lt; y &amp; z &gt; ]] ></step>',
        '    <step id="2" name=\'it said "a > b"\'><![CDATA[ if (a < b && c) { x = "]]" } ]]></step>',
        '    <!-- R&D < here -->',
        '    <?script a < b && c ?>',
      ].join('\n'),
    );
    expect(checkDefinitionXml(text)).toMatchObject({ ok: true, summary: { stepCount: 2 } });
  });
});

describe('findWellFormedGap', () => {
  it('finds nothing in a well-formed file', () => {
    expect(findWellFormedGap(withSteps('    <step id="1" name="x"/>'))).toBeNull();
  });

  it('leaves broken tags to the validator', () => {
    expect(findWellFormedGap(withSteps('    < step/>'))).toBeNull();
    expect(findWellFormedGap(withSteps('    <step id="1" <x/>'))).toBeNull();
  });
});
