import {
  closestCenter,
  DndContext,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useSortableSensors } from '../components/useSortableSensors.ts';
import type { WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import { moveAnnouncement } from '../logic/ranks.ts';
import { stepTypeLabel } from '../logic/stepText.ts';
import { SortableStepRow } from './SortableStepRow.tsx';
import styles from './SortableStepList.module.css';

export interface SortableStepListProps {
  /** Stable ids (react-hook-form's field ids), one per step. */
  ids: string[];
  steps: WorkflowStepBase[];
  flowId: number;
  readOnly: boolean;
  /** Whether a split's paths list offers "Add a path" (the flow lets the user add options). */
  canAddPaths: boolean;
  /** A Move button's move, which the caller says through the app's announcer. */
  onMove: (from: number, to: number) => void;
  /**
   * A drop's move. Said by the list's own drag announcements, in dnd-kit's live region: the
   * caller must not say it again (a screen reader heard it twice, from two regions).
   */
  onDrop: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  onInsertAfter: (index: number) => void;
}

const instructions = {
  draggable:
    'To reorder, press Space or Enter to pick up the step, use the arrow keys to move it, then Space or Enter to drop it, or Escape to cancel. The Move up and Move down buttons do the same.',
};

/** The steps on a path: reorder by dragging, by keyboard (handle + arrows) or by Move buttons. */
export function SortableStepList(p: SortableStepListProps) {
  const sensors = useSortableSensors();
  const position = (id: UniqueIdentifier) => p.ids.indexOf(String(id));
  const label = (id: UniqueIdentifier) => {
    const s = p.steps[position(id)];
    return s ? stepTypeLabel(s.StepType) : 'Step';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${label(active.id)}, step ${position(active.id) + 1} of ${p.ids.length}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${label(active.id)} is over position ${position(over.id) + 1} of ${p.ids.length}.`
        : '',
    onDragEnd: ({ active, over }) =>
      over && active.id !== over.id
        ? moveAnnouncement(label(active.id), position(over.id), p.ids.length)
        : `${label(active.id)} dropped where it was.`,
    onDragCancel: ({ active }) => `Moving ${label(active.id)} was cancelled.`,
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    p.onDrop(position(active.id), position(over.id));
  };

  if (p.steps.length === 0) return <p className={styles.empty}>No steps on this path yet.</p>;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: instructions }}
    >
      <SortableContext items={p.ids} strategy={verticalListSortingStrategy}>
        <ol className={styles.list} aria-label="Steps on this path">
          {p.steps.map((step, i) => (
            <SortableStepRow
              key={p.ids[i]}
              id={p.ids[i]}
              step={step}
              index={i}
              count={p.steps.length}
              flowId={p.flowId}
              readOnly={p.readOnly}
              canAddPaths={p.canAddPaths}
              onMove={p.onMove}
              onRemove={p.onRemove}
              onInsertAfter={p.onInsertAfter}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
