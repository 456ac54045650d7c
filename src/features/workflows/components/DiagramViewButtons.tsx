import { LocateFixed, Maximize, Minus, Plus } from 'lucide-react';
import { useReactFlow } from '@xyflow/react';
import { IconButton } from '../../../ui/index.ts';
import styles from './FlowDiagram.module.css';

/**
 * Zoom and view buttons for the flow diagram, above it rather than on it: React Flow's own sat
 * on the pane and covered the first boxes of the view it opens with.
 */
export function DiagramViewButtons({ onShowStart }: { onShowStart(): void }) {
  const flow = useReactFlow();
  return (
    <div className={styles.viewButtons} role="group" aria-label="Diagram view">
      <IconButton size="sm" label="Zoom in" icon={<Plus />} onClick={() => void flow.zoomIn()} />
      <IconButton size="sm" label="Zoom out" icon={<Minus />} onClick={() => void flow.zoomOut()} />
      <IconButton
        size="sm"
        label="Fit the whole flow in view"
        icon={<Maximize />}
        onClick={() => void flow.fitView({ padding: 0.1 })}
      />
      <IconButton
        size="sm"
        label="Back to the start"
        icon={<LocateFixed />}
        onClick={onShowStart}
      />
    </div>
  );
}
