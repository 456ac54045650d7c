import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDefinitionXml as pageCheck } from '../../src/features/definitions/model/definitionXml.ts';
import { decodeXmlBytes as pageDecode } from '../../src/features/definitions/model/decodeXmlBytes.ts';
import { checkDefinitionXml as sandboxCheck } from './definitionXml.ts';
import { decodeXmlUpload as sandboxDecode } from './decodeXmlUpload.ts';
import { formatBytes as pageBytes } from '../../src/features/definitions/model/fileRules.ts';
import { formatBytes as sandboxBytes } from './readUpload.ts';
import * as pageDoctype from '../../src/features/definitions/model/doctypeTarget.ts';
import * as sandboxDoctype from './doctypeTarget.ts';
import { binaryKind as pageBinary } from '../../src/features/definitions/model/binaryKind.ts';
import { binaryKind as sandboxBinary } from './binaryKind.ts';

/**
 * The page checks a file before sending it and the sandbox checks it again: what the page lets
 * through must be stored, and what the sandbox refuses the page must refuse first, at the same
 * place. Documents are built from pieces that are often fine and sometimes not.
 */

const nameChar = fc.constantFrom(
  'a',
  'Z',
  ' ',
  'é',
  'ø',
  '✓',
  '😀',
  '&lt;',
  '&amp;',
  '&#233;',
  '&#x1F600;',
  '&nope;',
  '<',
  '&',
  '"',
);
const name = fc.array(nameChar, { maxLength: 6 }).map((cs) => cs.join(''));
const literal = fc.constantFrom(
  '',
  '<!-- a comment with <!ENTITY x "y"> in it -->',
  '<![CDATA[ if (a < b && c) { x = "<!ENTITY e SYSTEM \'f\'>"; } &nope; ]]>',
  '<![CDATA[ <!DOCTYPE x [ ]> ]]>',
  '<meta name="x">text &amp; more</meta>',
  '<!ENTITY z "zz">',
);
const declaration = fc.constantFrom(
  '',
  '<?xml version="1.0"?>\n',
  '<?xml version="1.0" encoding="UTF-8"?>\n',
  '<?xml version="1.0" encoding="UTF-16"?>\n',
  "<?xml version='1.0' encoding='ISO-8859-1'?>\n",
  '<?xml version="1.0" encoding="windows-1252"?>\n',
  '<?xml version="1.0" encoding="x-unknown"?>\n',
);
const doctype = fc.constantFrom(
  '',
  '<!DOCTYPE workflow PUBLIC "-//OpenSymphony Group//DTD OSWorkflow 2.8//EN" "workflow_2_8.dtd">\n',
  '<!DOCTYPE workflow [<!ENTITY a "aa">]>\n',
);
const encoding = fc.constantFrom(
  'utf-8',
  'utf-8 with mark',
  'utf-16le',
  'utf-16le with mark',
  'utf-16be',
  'utf-16be with mark',
  'latin1',
);

function encode(text: string, how: string): Uint8Array {
  const le = () => Buffer.from(text, 'utf16le');
  const bytes: Record<string, () => Buffer> = {
    'utf-8': () => Buffer.from(text),
    'utf-8 with mark': () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    'utf-16le': le,
    'utf-16le with mark': () => Buffer.concat([Buffer.from([0xff, 0xfe]), le()]),
    'utf-16be': () => le().swap16(),
    'utf-16be with mark': () => Buffer.concat([Buffer.from([0xfe, 0xff]), le().swap16()]),
    latin1: () => Buffer.from(text, 'latin1'),
  };
  return new Uint8Array(bytes[how]());
}

/**
 * Mostly there; sometimes missing, empty (the DTD wants at least one member), or nested one level
 * too deep (where it does not count).
 */
const placement = fc.constantFrom('there', 'there', 'there', 'missing', 'empty', 'nested');
const section = (where: string, xml: string) => {
  if (where === 'missing') return '';
  const shown = where === 'empty' ? xml.replace(/^<([\w-]+)>.*<\/\1>$/s, '<$1/>') : xml;
  return where === 'nested' ? `<meta>${shown}</meta>` : shown;
};

const document = fc
  .record({
    declaration,
    doctype,
    literal,
    initial: name,
    step: name,
    action: name,
    encoding,
    initialActions: placement,
    steps: placement,
  })
  .map((d) => ({
    encoding: d.encoding,
    text: `${d.declaration}${d.doctype}<workflow>
  ${section(d.initialActions, `<initial-actions><action id="1" name="${d.initial}"/></initial-actions>`)}
  ${d.literal}
  ${section(d.steps, `<steps><step id="1" name="${d.step}"><actions><action id="2" name="${d.action}"/></actions></step></steps>`)}
</workflow>
`,
  }));

describe('the page and the sandbox agree on definition files', () => {
  it('decode the same bytes to the same text, or refuse them at the same place', () => {
    fc.assert(
      fc.property(document, ({ text, encoding: how }) => {
        const bytes = encode(text, how);
        const page = pageDecode(bytes);
        // The page's sentences end with a full stop, the platform's do not.
        const expected = page.ok ? page : { ...page, message: page.message.replace(/\.$/, '') };
        expect(sandboxDecode(bytes)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('accept the same files, and refuse the others at the same line and column', () => {
    fc.assert(
      fc.property(document, ({ text, encoding: how }) => {
        const page = pageDecode(encode(text, how));
        const sandbox = sandboxDecode(encode(text, how));
        if (!page.ok || !sandbox.ok) {
          expect(page.ok).toBe(sandbox.ok);
          return;
        }
        const onPage = pageCheck(page.text);
        const inSandbox = sandboxCheck(sandbox.text);
        if (onPage.ok) expect(inSandbox).toBeUndefined();
        else expect(inSandbox).toMatchObject({ line: onPage.line, column: onPage.column });
      }),
      { numRuns: 400 },
    );
  });

  it('place a problem in markup soup at the same line and column', () => {
    const piece = fc.constantFrom(
      ...['<', '>', '&', '&amp;', '&#0;', '&#65;', '<!--', '-->', '<![CDATA[', ']]>', '<?', '?>'],
      ...['<!DOCTYPE workflow>', '<!ENTITY', '"', ' ', '\n', '\r\n', '\t', 'é', '\uFEFF'],
      ...['\u0000', '\u001F', '\uFFFF', '&#x1;', '&#xFFFE;', '&#1114112;', '&#x10FFFF;'],
      ...['<a>', '</a>', '<b/>', '<a x="&lt;">', '<a b>', '<workflow>', '</workflow>', '[', ']'],
    );
    const soup = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    const text = fc
      .tuple(soup, soup, soup, placement, placement)
      .map(
        ([a, b, c, initial, steps]) =>
          `${a}<workflow>${b}${section(initial, '<initial-actions><action/></initial-actions>')}${section(steps, '<steps><step/></steps>')}</workflow>${c}`,
      );
    fc.assert(
      fc.property(text, (t) => {
        const onPage = pageCheck(t);
        const inSandbox = sandboxCheck(t);
        if (onPage.ok) expect(inSandbox).toBeUndefined();
        else expect(inSandbox).toMatchObject({ line: onPage.line, column: onPage.column });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the size limit, as the page and the sandbox write it', () => {
  it('reads the same on both sides, so the refusal names the limit the page states', () => {
    // A 100-byte limit was "1 KB" in the sandbox's 413 and "100 bytes" on the page.
    expect(sandboxBytes(100)).toBe('100 bytes');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 * 1024 * 1024 }), (n) => {
        expect(sandboxBytes(n)).toBe(pageBytes(n));
      }),
    );
  });
});

describe('the DOCTYPE rule, as the page and the sandbox apply it', () => {
  it('accepts and refuses the same addresses, so a file the page lets through is stored', () => {
    const ids = fc.oneof(
      fc.constantFrom(
        'workflow_2_8.dtd',
        'http://www.opensymphony.com/osworkflow/workflow_2_8.dtd',
        'https://opensymphony.com/osworkflow/workflow_2_6.dtd',
        'http://169.254.169.254/latest/workflow_2_8.dtd',
        'file:///etc/passwd',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(ids, (id) => {
        expect(sandboxDoctype.isOsWorkflowDtd(id)).toBe(pageDoctype.isOsWorkflowDtd(id));
        const doctype = `<!DOCTYPE workflow SYSTEM "${id.replaceAll('"', '')}">`;
        expect(sandboxDoctype.doctypeSystemId(doctype)).toBe(pageDoctype.doctypeSystemId(doctype));
      }),
    );
  });
});

describe('binary files, as the page and the sandbox tell them', () => {
  it('call the same bytes binary, so what the page sends is read as text', () => {
    const head = fc.constantFrom(
      [],
      [0x00],
      [0x00, 0x3c],
      [0x3c, 0x00],
      [0xfe, 0xff],
      [0x4d, 0x5a],
    );
    const bytes = fc
      .tuple(head, fc.uint8Array({ maxLength: 40 }))
      .map(([h, rest]) => new Uint8Array([...h, ...rest]));
    fc.assert(
      fc.property(bytes, (b) => {
        expect(sandboxBinary(b)).toBe(pageBinary(b));
      }),
    );
  });
});
