/** Where OSWorkflow 2.8 definitions point their DOCTYPE. */
export const OSWORKFLOW_DTD = 'http://www.opensymphony.com/osworkflow/workflow_2_8.dtd';

/**
 * The system identifier a DOCTYPE names (`<!DOCTYPE workflow SYSTEM "x">`, or `PUBLIC "…" "x"`),
 * or null when it names none.
 */
export function doctypeSystemId(doctype: string): string | null {
  const m =
    /^<!DOCTYPE\s+[^\s>[]+\s+(?:SYSTEM|PUBLIC\s+(?:"[^"]*"|'[^']*'))\s*(?:"([^"]*)"|'([^']*)')/i.exec(
      doctype,
    );
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/**
 * Whether a DOCTYPE's system identifier names an OSWorkflow DTD: `workflow_2_8.dtd` alone, or at
 * OpenSymphony's own address. Anything else (a local file, the same file name on another host) is
 * an address a parser could be made to fetch: refused.
 */
export const isOsWorkflowDtd = (id: string) =>
  /^(?:https?:\/\/(?:www\.)?opensymphony\.com\/osworkflow\/)?workflow_2_\d+\.dtd$/i.test(id);

/** The problem with a DOCTYPE pointing elsewhere (without a full stop; callers add their own). */
export const foreignDtdProblem = (id: string) =>
  `The DOCTYPE points to “${id}”; it may only name the OSWorkflow DTD, such as ${OSWORKFLOW_DTD}`;

/** The root element a DOCTYPE declares (`<!DOCTYPE workflow …>`: workflow), or null. */
export function doctypeRootName(doctype: string): string | null {
  return /^<!DOCTYPE\s+([^\s>[]+)/i.exec(doctype)?.[1] ?? null;
}

/** The problem with a DOCTYPE declaring another root than `<workflow>` (a validating parser refuses it). */
export const otherRootProblem = (root: string) =>
  `The DOCTYPE declares the root element <${root}>, but a definition’s root is <workflow>: write <!DOCTYPE workflow …> instead`;
