import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { attributeText } from './attributeText.ts';
import { blankLiteralSections } from './literalSections.ts';
import { findForbiddenXmlChar } from './forbiddenXmlChar.ts';
import { topLevelElementIndexes } from './topLevelElements.ts';
import { findWellFormedGap } from './wellFormedGaps.ts';
import { validatorMessage } from './validatorMessage.ts';
import { doctypeSystemId, foreignDtdProblem, isOsWorkflowDtd } from './doctypeTarget.ts';

export interface XmlProblem {
  message: string;
  line: number;
  column: number;
}

/** What a valid definition contains, shown before upload. */
export interface DefinitionSummary {
  stepCount: number;
  /** Names of the initial, global and step actions, in file order, without repeats. */
  actionNames: string[];
}

export type DefinitionXmlResult =
  { ok: true; summary: DefinitionSummary } | ({ ok: false } & XmlProblem);

export function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - (before.lastIndexOf('\n') + 1) + 1 };
}

const fail = (text: string, index: number, message: string): DefinitionXmlResult => ({
  ok: false,
  message,
  ...positionOf(text, Math.max(index, 0)),
});

const PREDEFINED = new Set(['lt', 'gt', 'amp', 'quot', 'apos']);

type Node = Record<string, unknown>;
const ATTRS = ':@';
const childName = (n: Node) => Object.keys(n).find((k) => k !== ATTRS) ?? '';
const children = (n: Node): Node[] => {
  const v = n[childName(n)];
  return Array.isArray(v) ? (v as Node[]) : [];
};
const attr = (n: Node, name: string): string | undefined => {
  const a = n[ATTRS] as Record<string, unknown> | undefined;
  const v = a?.[`@_${name}`];
  // Read with processEntities off (nothing is ever expanded), so references are decoded here.
  return v === undefined ? undefined : attributeText(String(v));
};

function collect(nodes: Node[], name: string, out: Node[] = []): Node[] {
  for (const n of nodes) {
    if (childName(n) === name) out.push(n);
    collect(children(n), name, out);
  }
  return out;
}

type Place = { line: number; column: number };
const isBefore = (a: Place, b: Place) =>
  a.line < b.line || (a.line === b.line && a.column < b.column);
/** The validator's report of elements left open at the end: "Invalid '["a","b"]' found.". */
const isOpenElementsReport = (message: string) => message.startsWith("Invalid '[");

/** What `<workflow>` must hold, what each must contain at least one of, and why. */
const REQUIRED = [
  ['initial-actions', 'action', 'a workflow can only be started by one of its initial actions'],
  ['steps', 'step', 'a workflow needs at least one step'],
] as const;

/** Where the first `<name>` directly inside the root element starts (the root is well-formed). */
function childElementIndex(text: string, rootIndex: number, name: string): number | undefined {
  // No `<` can sit inside the root's start tag, so the next one begins its content.
  const inner = text.indexOf('<', rootIndex + 1);
  if (inner === -1) return undefined;
  const tag = new RegExp(`^<${name}[\\s/>]`);
  return topLevelElementIndexes(text.slice(inner))
    .map((i) => i + inner)
    .find((i) => tag.test(text.slice(i, i + name.length + 2)));
}

const MORE_THAN_ONE_ROOT = 'The file has more than one root element.';

/** Deepest element nesting the parser accepts (fast-xml-parser's default, stated here). */
const MAX_DEPTH = 100;

function parserRefusal(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return /nested/i.test(message)
    ? `Elements are nested more than ${MAX_DEPTH} levels deep; a workflow definition never needs that many.`
    : `The XML could not be read: ${message}.`;
}

/**
 * Checks a definition file as the platform will: no entity declarations or internal DTD subset
 * (never expanded or fetched), only characters XML allows, well-formed (with line and column), root `<workflow>` holding
 * `<initial-actions>` (with an action) and `<steps>` (with a step). On success, counts the steps and lists the action names.
 */
export function checkDefinitionXml(text: string): DefinitionXmlResult {
  // Markup only: the same words in a comment or a script's CDATA are text.
  const markup = blankLiteralSections(text);
  const entity = /<!ENTITY/i.exec(markup);
  if (entity)
    return fail(
      text,
      entity.index,
      'Entity declarations (<!ENTITY) are not accepted: remove the [ … ] part of the DOCTYPE, and write out in full the text its entities stood for.',
    );
  const doctype = /<!DOCTYPE[^>]*>?/i.exec(markup);
  if (doctype?.[0].includes('['))
    return fail(
      text,
      doctype.index,
      'A DOCTYPE with an internal subset is not accepted: remove the [ … ] part of the DOCTYPE.',
    );
  // A validating parser (OSWorkflow's) refuses a root other than the one the DOCTYPE names.
  const declaredRoot = doctype && /^<!DOCTYPE\s+([^\s>[]+)/i.exec(doctype[0])?.[1];
  if (doctype && declaredRoot && declaredRoot !== 'workflow')
    return fail(
      text,
      doctype.index,
      `The DOCTYPE declares the root element <${declaredRoot}>, but a definition’s root is <workflow>: write <!DOCTYPE workflow …> instead.`,
    );
  const dtd = doctype && doctypeSystemId(text.slice(doctype.index));
  if (doctype && dtd !== null && !isOsWorkflowDtd(dtd))
    return fail(text, doctype.index, `${foreignDtdProblem(dtd)}.`);
  for (const m of markup.matchAll(/&([A-Za-z_][\w.-]*);/g))
    if (!PREDEFINED.has(m[1]))
      return fail(
        text,
        m.index ?? 0,
        `The entity &${m[1]}; is not defined: write the character or text it stands for (“&” itself is written &amp;).`,
      );

  const forbidden = findForbiddenXmlChar(text, markup);
  if (forbidden) return fail(text, forbidden.index, `${forbidden.message}.`);

  // What the validator lets through (`name="R&D"`) or places at line 1, column 1 (a file cut
  // short): the earlier of its finding and the validator's is the one reported.
  const gap = findWellFormedGap(text);
  const gapProblem = gap && fail(text, gap.index, `Not well-formed XML: ${gap.message}`);
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    const at = { line: valid.err.line ?? 1, column: valid.err.col ?? 1 };
    if (
      gapProblem &&
      !gapProblem.ok &&
      (isOpenElementsReport(valid.err.msg) || !isBefore(at, gapProblem))
    )
      return gapProblem;
    // The validator stops at the end of a second root's start tag (when that root has content);
    // the text up to there is well-formed, so the scan finds where that root starts.
    if (valid.err.code === 'InvalidXml' && valid.err.msg.startsWith('Multiple possible root')) {
      const second = topLevelElementIndexes(text)[1];
      if (second !== undefined) return fail(text, second, MORE_THAN_ONE_ROOT);
    }
    return {
      ok: false,
      message: `Not well-formed XML: ${validatorMessage(valid.err.msg)}`,
      line: valid.err.line ?? 1,
      column: valid.err.col ?? 1,
    };
  }

  if (gapProblem) return gapProblem;

  const starts = topLevelElementIndexes(text);
  const rootIndex = starts[0] ?? text.search(/<[A-Za-z_]/);
  let nodes: Node[];
  try {
    nodes = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      processEntities: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      maxNestedTags: MAX_DEPTH,
    }).parse(text) as Node[];
  } catch (e) {
    // The parser refuses what the validator lets through (e.g. very deep nesting): say so.
    return fail(text, rootIndex, parserRefusal(e));
  }
  const roots = nodes.filter((n) => !childName(n).startsWith('#') && !childName(n).startsWith('?'));
  if (roots.length === 0) return fail(text, rootIndex, 'The file has no root element.');
  // A second root is reported where it starts (falling back to the first when it can't be found).
  if (roots.length > 1) return fail(text, starts[1] ?? rootIndex, MORE_THAN_ONE_ROOT);
  const root = roots[0];
  if (childName(root) !== 'workflow')
    return fail(
      text,
      rootIndex,
      `The root element is <${childName(root)}>; it must be <workflow>.`,
    );
  const top = children(root);
  for (const [required, member, what] of REQUIRED) {
    const section = top.find((n) => childName(n) === required);
    if (!section) return fail(text, rootIndex, `<workflow> has no <${required}> element.`);
    // OSWorkflow's DTD: <!ELEMENT initial-actions (action+)> and <!ELEMENT steps (step+)>.
    if (!children(section).some((n) => childName(n) === member))
      return fail(
        text,
        childElementIndex(text, rootIndex, required) ?? rootIndex,
        `<${required}> is empty: add at least one <${member}> to it (${what}).`,
      );
  }

  const steps = top
    .filter((n) => childName(n) === 'steps')
    .flatMap((s) => children(s).filter((n) => childName(n) === 'step'));
  // A Set keeps this linear: a 5 MB file can hold 50,000 distinct action names.
  const actionNames = new Set<string>();
  for (const a of collect(top, 'action')) {
    const name = attr(a, 'name');
    if (name) actionNames.add(name);
  }
  return { ok: true, summary: { stepCount: steps.length, actionNames: [...actionNames] } };
}

/** The text of one line (1-based), trimmed to `max` characters around the column, for display. */
export function lineExcerpt(text: string, line: number, column: number, max = 100): string {
  const content = (text.split('\n')[line - 1] ?? '').replace(/\r$/, '').replace(/\t/g, ' ');
  if (content.length <= max) return content;
  const start = Math.max(0, Math.min(column - 1 - Math.floor(max / 2), content.length - max));
  return `${start > 0 ? '…' : ''}${content.slice(start, start + max)}${start + max < content.length ? '…' : ''}`;
}
