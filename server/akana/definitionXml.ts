import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { blankLiteralSections } from './literalSections.ts';
import { findForbiddenXmlChar } from './forbiddenXmlChar.ts';
import { topLevelElementStarts } from './xmlTopLevel.ts';
import { findWellFormedGap } from './wellFormedGaps.ts';
import {
  doctypeRootName,
  doctypeSystemId,
  foreignDtdProblem,
  isOsWorkflowDtd,
  otherRootProblem,
} from './doctypeTarget.ts';

export type XmlProblem = { message: string; line: number; column: number };

/** Line and column (1-based) of an index in a text. */
export function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - (before.lastIndexOf('\n') + 1) + 1 };
}

const problemAt = (text: string, index: number, message: string): XmlProblem => ({
  message,
  ...positionOf(text, index),
});

const PREDEFINED = new Set(['lt', 'gt', 'amp', 'quot', 'apos']);

/**
 * Refuses what could make a parser fetch something or expand without bound: any `<!ENTITY`
 * declaration (outside comments and CDATA, where it is text), a DOCTYPE with an internal subset, and references to undeclared entities.
 * A plain DOCTYPE naming OSWorkflow's DTD is allowed (it is never fetched); one pointing anywhere
 * else (a local file, another address) is refused, as a platform's parser might fetch it.
 */
function findUnsafeConstruct(text: string): XmlProblem | undefined {
  // Markup only: the same words in a comment or a script's CDATA are text.
  const markup = blankLiteralSections(text);
  const entity = /<!ENTITY/i.exec(markup);
  if (entity)
    return problemAt(text, entity.index, 'Entity declarations (<!ENTITY) are not accepted');
  const doctype = /<!DOCTYPE[^>]*>?/i.exec(markup);
  if (doctype && doctype[0].includes('['))
    return problemAt(text, doctype.index, 'A DOCTYPE with an internal subset is not accepted');
  const dtd = doctype && doctypeSystemId(text.slice(doctype.index));
  if (doctype && dtd !== null && !isOsWorkflowDtd(dtd))
    return problemAt(text, doctype.index, foreignDtdProblem(dtd));
  // OSWorkflow's parser validates against the DTD, which a root the DOCTYPE does not name fails.
  const root = doctype && doctypeRootName(doctype[0]);
  if (doctype && root !== null && root !== 'workflow')
    return problemAt(text, doctype.index, otherRootProblem(root));
  for (const m of markup.matchAll(/&([A-Za-z_][\w.-]*);/g)) {
    if (!PREDEFINED.has(m[1]))
      return problemAt(text, m.index ?? 0, `The entity &${m[1]}; is not defined`);
  }
  return undefined;
}

/** Deepest element nesting accepted (the parser's default, stated here). */
const MAX_DEPTH = 100;

type Place = { line: number; column: number };
const isBefore = (a: Place, b: Place) =>
  a.line < b.line || (a.line === b.line && a.column < b.column);

const MORE_THAN_ONE_ROOT = 'The file has more than one root element';

type OrderedNode = Record<string, unknown> & { ':@'?: unknown };

/**
 * Checks an uploaded definition: well-formed XML (with line and column), nothing unsafe, only
 * characters XML allows, one root element, and that root is `<workflow>` holding `<initial-actions>` (with an
 * action) and `<steps>` (with a step). Returns undefined when it is acceptable.
 */
export function checkDefinitionXml(text: string): XmlProblem | undefined {
  const unsafe = findUnsafeConstruct(text);
  if (unsafe) return unsafe;
  const forbidden = findForbiddenXmlChar(text, blankLiteralSections(text));
  if (forbidden) return problemAt(text, forbidden.index, forbidden.message);
  // What the validator lets through (`name="R&D"`) or places at line 1, column 1 (a file cut
  // short): the earlier of its finding and the validator's is the one reported (as the page does).
  const gap = findWellFormedGap(text);
  const gapProblem =
    gap && problemAt(text, gap.index, `Malformed XML: ${gap.message.replace(/\.$/, '')}`);
  const result = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (result !== true) {
    const { code, msg, line, col } = result.err;
    const at = { line: line ?? 1, column: col ?? 1 };
    if (gapProblem && (msg.startsWith("Invalid '[") || !isBefore(at, gapProblem)))
      return gapProblem;
    // The validator stops at the end of a second root's start tag (when that root has content);
    // the text up to there is well-formed, so the scan finds where that root starts.
    if (code === 'InvalidXml' && msg.startsWith('Multiple possible root')) {
      const second = topLevelElementStarts(text)[1];
      if (second !== undefined) return problemAt(text, second, MORE_THAN_ONE_ROOT);
    }
    return { message: `Malformed XML: ${msg}`, line: line ?? 1, column: col ?? 1 };
  }
  if (gapProblem) return gapProblem;
  // Positions come from our own scan: the parser does not say where each root starts.
  const starts = topLevelElementStarts(text);
  const firstRoot = starts[0] ?? Math.max(text.search(/<[A-Za-z_]/), 0);
  let nodes: OrderedNode[];
  try {
    nodes = new XMLParser({
      preserveOrder: true,
      processEntities: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      maxNestedTags: MAX_DEPTH,
    }).parse(text) as OrderedNode[];
  } catch (e) {
    // The parser refuses some well-formed text (very deep nesting): a bad file, not a 500.
    const message = e instanceof Error ? e.message : String(e);
    return problemAt(
      text,
      firstRoot,
      /nested/i.test(message)
        ? `Elements are nested more than ${MAX_DEPTH} levels deep`
        : `Malformed XML: ${message}`,
    );
  }
  const roots = nodes.filter((n) => {
    const name = elementName(n);
    return !name.startsWith('#') && !name.startsWith('?');
  });
  if (roots.length === 0) return problemAt(text, firstRoot, 'The file has no root element');
  if (roots.length > 1) return problemAt(text, starts[1] ?? firstRoot, MORE_THAN_ONE_ROOT);
  const rootName = elementName(roots[0]);
  if (rootName !== 'workflow')
    return problemAt(text, firstRoot, `The root element is <${rootName}>; expected <workflow>`);
  // OSWorkflow's DTD requires both; a definition without them can never start or run.
  const top = roots[0].workflow;
  for (const [required, member, what] of REQUIRED) {
    const section = Array.isArray(top)
      ? (top as OrderedNode[]).find((n) => elementName(n) === required)
      : undefined;
    if (!section) return problemAt(text, firstRoot, `<workflow> has no <${required}> element`);
    // The DTD: <!ELEMENT initial-actions (action+)> and <!ELEMENT steps (step+)>.
    const members = section[required];
    if (
      !Array.isArray(members) ||
      !(members as OrderedNode[]).some((n) => elementName(n) === member)
    )
      return problemAt(
        text,
        childElementStart(text, firstRoot, required) ?? firstRoot,
        `<${required}> is empty: add at least one <${member}> to it (${what})`,
      );
  }
  return undefined;
}

/** What `<workflow>` must hold, what each must contain at least one of, and why. */
const REQUIRED = [
  ['initial-actions', 'action', 'a workflow can only be started by one of its initial actions'],
  ['steps', 'step', 'a workflow needs at least one step'],
] as const;

/** Where the first `<name>` directly inside the root element starts (the root is well-formed). */
function childElementStart(text: string, rootStart: number, name: string): number | undefined {
  // No `<` can sit inside the root's start tag, so the next one begins its content.
  const inner = text.indexOf('<', rootStart + 1);
  if (inner === -1) return undefined;
  const tag = new RegExp(`^<${name}[\\s/>]`);
  return topLevelElementStarts(text.slice(inner))
    .map((i) => i + inner)
    .find((i) => tag.test(text.slice(i, i + name.length + 2)));
}

const elementName = (n: OrderedNode) => Object.keys(n).find((k) => k !== ':@') ?? '';
