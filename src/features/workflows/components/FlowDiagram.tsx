import { useCallback, useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import {
  Background,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  type Edge,
  type Node,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import { flowGraph } from '../logic/flowGraph.ts';
import { DiagramViewButtons } from './DiagramViewButtons.tsx';
import { useFieldList } from './useFieldList.ts';
import { pannedView, readableView } from './FlowDiagramView.ts';
import styles from './FlowDiagram.module.css';

const NODE_WIDTH = 200;

type Props = { steps: readonly WorkflowStepBase[] };

/**
 * A read-only picture of the flow: steps, and one branch per split option. Loaded lazily (React
 * Flow is large). The step list beside it carries the same information for screen readers.
 */
export default function FlowDiagram(props: Props) {
  return (
    <ReactFlowProvider>
      <FlowCanvas {...props} />
    </ReactFlowProvider>
  );
}

/**
 * Opens at a readable size (the whole flow only when it fits so), showing its start; the pane
 * takes focus and moves with the arrow keys, + and − zoom, 0 goes back to the start.
 */
function FlowCanvas({ steps }: Props) {
  const flow = useReactFlow();
  // Every box measured (useNodesInitialized stays false here: the nodes are not given back sizes).
  const measured = useStore(
    (s) => s.nodeLookup.size > 0 && [...s.nodeLookup.values()].every((n) => n.measured.width),
  );
  const figure = useRef<HTMLElement>(null);
  const hintId = useId();
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
      // A join point is no box: nothing in it for a screen reader (it had an empty <strong>).
      domAttributes: n.kind === 'waypoint' ? { 'aria-hidden': true } : undefined,
      data: {
        label:
          n.kind === 'waypoint' ? null : (
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
      // React Flow's own name is "Edge from step-30-1-0 to step-31-2-0". An edge with no name
      // goes on from a join point: the edge into it says the whole connection.
      ariaLabel: name ?? undefined,
      domAttributes: name === null ? { 'aria-hidden': true } : undefined,
    }));
    return { nodes, edges };
  }, [steps, fields]);

  const showStart = useCallback(() => {
    const pane = figure.current;
    if (!pane) return;
    const bounds = flow.getNodesBounds(flow.getNodes());
    void flow.setViewport(
      readableView(bounds, { width: pane.clientWidth, height: pane.clientHeight }),
    );
  }, [flow]);
  // Once the boxes are measured and the pane can move (before, setViewport does nothing).
  const ready = measured && flow.viewportInitialized;
  useEffect(() => {
    if (ready) showStart();
  }, [ready, showStart]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // Keys on the zoom buttons are theirs.
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const panned = pannedView(flow.getViewport(), e.key, e.shiftKey);
    if (panned) void flow.setViewport(panned);
    else if (e.key === '+' || e.key === '=') void flow.zoomIn();
    else if (e.key === '-') void flow.zoomOut();
    else if (e.key === '0' || e.key === 'Home') showStart();
    else return;
    e.preventDefault();
  };

  return (
    <>
      <DiagramViewButtons onShowStart={showStart} />
      <figure
        ref={figure}
        className={styles.canvas}
        aria-label="Diagram of the flow: steps and split paths"
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          proOptions={{ hideAttribution: true }}
          minZoom={0.2}
          // The wheel scrolls the page, as everywhere else on it: zooming on it trapped the
          // pointer's scroll over the diagram. Ctrl + wheel (a trackpad's pinch) still zooms.
          zoomOnScroll={false}
          preventScrolling={false}
        >
          <Background gap={16} />
        </ReactFlow>
      </figure>
      <p id={hintId} className={styles.hint}>
        To see the rest of the flow, drag the diagram, or Tab to it and use the arrow keys. + and −
        zoom, as does Ctrl + the mouse wheel; 0 goes back to the start.
      </p>
    </>
  );
}
