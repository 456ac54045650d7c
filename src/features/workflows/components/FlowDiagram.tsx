import { useMemo } from 'react';
import { Background, Controls, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import { flowGraph } from '../logic/flowGraph.ts';
import { useFieldList } from './useFieldList.ts';
import styles from './FlowDiagram.module.css';

const NODE_WIDTH = 200;

/**
 * A read-only picture of the flow: steps, and one branch per split option. Loaded lazily (React
 * Flow is large). The step list beside it carries the same information for screen readers.
 */
export default function FlowDiagram({ steps }: { steps: readonly WorkflowStepBase[] }) {
  const fields = useFieldList();
  const { nodes, edges } = useMemo(() => {
    const g = flowGraph(steps, fields);
    const nodes: Node[] = g.nodes.map((n) => ({
      id: n.id,
      position: {
        x:
          n.x -
          (n.kind === 'waypoint'
            ? 0
            : n.kind === 'start' || n.kind === 'end'
              ? 45
              : NODE_WIDTH / 2),
        y: n.y,
      },
      type: n.kind === 'start' ? 'input' : n.kind === 'end' ? 'output' : 'default',
      className: n.kind === 'option' ? styles.option : n.kind === 'step' ? '' : styles.terminal,
      style:
        n.kind === 'waypoint'
          ? { width: 1, height: 1, padding: 0, border: 0, minHeight: 0, opacity: 0 }
          : n.kind === 'start' || n.kind === 'end'
            ? undefined
            : { width: NODE_WIDTH },
      data: {
        label: (
          <div className={styles.node} title={n.detail ? `${n.label}: ${n.detail}` : n.label}>
            <strong>{n.label}</strong>
            {/* The space keeps "Send e-mail “Welcome”" apart when read (the boxes stack them). */}
            {n.detail && ' '}
            {n.detail && <span>{n.detail}</span>}
          </div>
        ),
      },
    }));
    const edges: Edge[] = g.edges.map(({ name, ...e }) => ({
      ...e,
      type: 'smoothstep',
      // React Flow's own name is "Edge from step-30-1-0 to step-31-2-0".
      ariaLabel: name,
    }));
    return { nodes, edges };
  }, [steps, fields]);

  return (
    <figure className={styles.canvas} aria-label="Diagram of the flow: steps and split paths">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        fitView
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        proOptions={{ hideAttribution: true }}
        minZoom={0.2}
      >
        <Background gap={16} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </figure>
  );
}
