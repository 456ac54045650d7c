import { Badge, type BadgeTone } from '../../../ui/index.ts';

const tones: Record<string, BadgeTone> = {
  Running: 'success',
  Paused: 'warning',
  Stopped: 'neutral',
};

/** A flow's WorkflowDefinitionStatus as a badge. */
export function FlowStatusBadge({ status }: { status: string | null | undefined }) {
  const s = status || 'None';
  return <Badge tone={tones[s] ?? 'neutral'}>{s === 'None' ? 'Draft' : s}</Badge>;
}
