import type { RestrictableField, WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import { sortByRank } from './ranks.ts';
import { stepDetail, stepTypeLabel } from './stepText.ts';

export interface GraphNode {
  id: string;
  kind: 'start' | 'step' | 'option' | 'end' | 'waypoint';
  label: string;
  detail: string;
  x: number;
  y: number;
}
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /**
   * "From Send e-mail: “Welcome” to End": what the edge joins, for screen readers. Null for the
   * part after a join point: the part into it already says the whole connection, and both would
   * read the same.
   */
  name: string | null;
}
export interface FlowGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const COLUMN = 240;
export const ROW = 96;

/** How many columns a line needs: a split needs the sum of its options' widths. */
function lineWidth(steps: readonly WorkflowStepBase[]): number {
  let w = 1;
  for (const s of steps)
    if (s.StepType === 'Split' && s.Options?.length)
      w = Math.max(
        w,
        s.Options.reduce((sum, o) => sum + lineWidth(o.Steps ?? []), 0),
      );
  return w;
}

/**
 * Lays out a flow top to bottom: the main line in one column; each split fans out into one
 * column group per option (option node, then its path); paths join again below the split.
 */
export function flowGraph(
  steps: readonly WorkflowStepBase[],
  fields: readonly RestrictableField[] = [],
): FlowGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const connect = (from: string[], to: string) =>
    from.forEach((s) => edges.push({ id: `${s}->${to}`, source: s, target: to, name: '' }));

  /** Lays out a line with its centre at column `cx`; returns the ids its last steps end in and the next free row. */
  const line = (list: readonly WorkflowStepBase[], cx: number, row: number, from: string[]) => {
    let exits = from;
    let r = row;
    for (const step of sortByRank(list)) {
      const id = `step-${step.WorkflowStepId}-${r}-${cx}`;
      nodes.push({
        id,
        kind: 'step',
        label: stepTypeLabel(step.StepType),
        detail: stepDetail(step, fields),
        x: cx * COLUMN,
        y: r * ROW,
      });
      connect(exits, id);
      exits = [id];
      r++;
      if (step.StepType === 'Split' && step.Options?.length) {
        const options = sortByRank(step.Options);
        const total = options.reduce((sum, o) => sum + lineWidth(o.Steps ?? []), 0);
        let left = cx - (total - 1) / 2;
        let bottom = r;
        const ends: string[] = [];
        for (const o of options) {
          const w = lineWidth(o.Steps ?? []);
          const ox = left + (w - 1) / 2;
          const oid = `option-${o.WorkflowStepOptionId}-${r}-${ox}`;
          nodes.push({
            id: oid,
            kind: 'option',
            label: o.Name || 'Option',
            detail: '',
            x: ox * COLUMN,
            y: r * ROW,
          });
          connect([id], oid);
          const sub = line(o.Steps ?? [], ox, r + 1, [oid]);
          ends.push(...sub.exits);
          bottom = Math.max(bottom, sub.row);
          left += w;
        }
        // Shorter paths drop straight down to just above the join, so no line crosses a step.
        const joinY = (bottom - 1) * ROW + ROW * 0.6;
        exits = ends.map((end) => {
          const node = nodes.find((n) => n.id === end)!;
          if (node.y >= (bottom - 1) * ROW) return end;
          const wid = `waypoint-${end}`;
          nodes.push({ id: wid, kind: 'waypoint', label: '', detail: '', x: node.x, y: joinY });
          connect([end], wid);
          return wid;
        });
        r = bottom;
      }
    }
    return { exits, row: r };
  };

  nodes.push({ id: 'start', kind: 'start', label: 'Start', detail: '', x: 0, y: 0 });
  const { exits, row } = line(steps, 0, 1, ['start']);
  nodes.push({ id: 'end', kind: 'end', label: 'End', detail: '', x: 0, y: row * ROW });
  connect(exits, 'end');
  nameEdges(nodes, edges);
  return { nodes, edges };
}

/**
 * Names each edge by the boxes it joins. A join point (waypoint) is no box: an edge into one is
 * named by where the path goes on to; an edge out of one is the rest of that connection, and is
 * not named again.
 */
function nameEdges(nodes: readonly GraphNode[], edges: GraphEdge[]) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const onward = new Map(edges.map((e) => [e.source, e.target]));
  // A join point may lead to another (a split's path joining inside an outer split).
  const pastJoins = (id: string): string => {
    let at = id;
    while (byId.get(at)!.kind === 'waypoint') at = onward.get(at)!;
    return at;
  };
  const boxName = (id: string): string => {
    const n = byId.get(id)!;
    if (n.kind === 'option') return `path “${n.label}”`;
    return n.detail ? `${n.label}: ${n.detail}` : n.label;
  };
  for (const e of edges) {
    if (byId.get(e.source)!.kind === 'waypoint') {
      e.name = null;
      continue;
    }
    e.name = `From ${boxName(e.source)} to ${boxName(pastJoins(e.target))}`;
  }
}
