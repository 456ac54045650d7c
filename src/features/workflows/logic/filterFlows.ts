import type { EmailFlowSummary } from '../../../api/workflow/schemas.ts';

/** Flows whose name, description or status contain every word of `query` (case-insensitive). */
export function filterFlows(flows: readonly EmailFlowSummary[], query: string): EmailFlowSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return flows.slice();
  return flows.filter((f) => {
    const hay = `${f.Name ?? ''} ${f.Description ?? ''} ${f.Status ?? ''}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
