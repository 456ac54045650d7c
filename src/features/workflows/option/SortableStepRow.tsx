import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowDown, ArrowUp, GripVertical, ListPlus, Trash2 } from 'lucide-react';
import type { WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import { IconButton, VisuallyHidden } from '../../../ui/index.ts';
import { cx } from '../../../ui/cx.ts';
import { countOf } from '../logic/countText.ts';
import { newOptionAddress } from '../logic/newOptionAddress.ts';
import { sortByRank } from '../logic/ranks.ts';
import { stepDetail, stepTypeLabel } from '../logic/stepText.ts';
import { useFieldList } from '../components/useFieldList.ts';
import { SplitStepFields } from './SplitStepFields.tsx';
import { useLiveSplit } from './useLiveSplit.ts';
import { pathTypeMismatch } from '../logic/optionTypeMatch.ts';
import { pathsNeverTaken } from '../logic/rankReach.ts';
import styles from './SortableStepList.module.css';

export interface SortableStepRowProps {
  id: string;
  step: WorkflowStepBase;
  index: number;
  count: number;
  flowId: number;
  readOnly: boolean;
  /** Whether the paths of a split offer "Add a path" (the flow lets the user add options). */
  canAddPaths: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  onInsertAfter: (index: number) => void;
}

/** One step on the path: drag handle (pointer and keyboard), position, text, and its actions. */
export function SortableStepRow(p: SortableStepRowProps) {
  const { index, count, readOnly } = p;
  const step = useLiveSplit(p.step, index);
  const sortable = useSortable({ id: p.id, disabled: readOnly });
  const detail = stepDetail(step, useFieldList());
  const title = `${stepTypeLabel(step.StepType)}${detail ? ` ${detail}` : ''}`;
  const name = `step ${index + 1}, ${title}`;
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  /** The Move button just pressed; at the top or bottom it turns disabled and would drop focus. */
  const pressed = useRef<'up' | 'down' | null>(null);
  useEffect(() => {
    const which = pressed.current;
    pressed.current = null;
    if (which === 'up' && index === 0) downRef.current?.focus();
    if (which === 'down' && index === count - 1) upRef.current?.focus();
  }, [index, count]);
  const move = (which: 'up' | 'down') => {
    pressed.current = which;
    p.onMove(index, which === 'up' ? index - 1 : index + 1);
  };
  return (
    <li
      ref={sortable.setNodeRef}
      style={{
        transform: CSS.Transform.toString(sortable.transform),
        transition: sortable.transition,
      }}
      className={cx(
        styles.row,
        step.StepType === 'Split' && styles.split,
        sortable.isDragging && styles.dragging,
      )}
    >
      {!readOnly && (
        <IconButton
          variant="ghost"
          size="sm"
          className={styles.handle}
          label={`Drag to reorder ${name}`}
          noTooltip
          icon={<GripVertical size={16} />}
          {...sortable.attributes}
          {...sortable.listeners}
          data-step-handle=""
          ref={sortable.setActivatorNodeRef}
        />
      )}
      <span className={styles.position} aria-hidden="true">
        {index + 1}.
      </span>
      <div className={styles.text}>
        <span className={styles.title}>{stepTypeLabel(step.StepType)}</span>
        {detail && (
          <>
            {/* Read as "Wait time, 1 day", not run together as "Wait time1 day". */}
            <VisuallyHidden>, </VisuallyHidden>
            <span className={styles.detail}>{detail}</span>
          </>
        )}
        {step.StepType === 'Split' && !readOnly && <SplitStepFields index={index} />}
        {step.StepType === 'Split' && (
          <ul className={styles.paths} aria-label={`Paths of ${name}`}>
            {(step.Options ?? []).length === 0 && (step.WorkflowStepId <= 0 || readOnly) && (
              <li>
                {step.WorkflowStepId <= 0
                  ? 'No paths yet: save this option, then add paths to the split.'
                  : 'No paths yet.'}
              </li>
            )}
            {sortByRank(step.Options ?? []).map((o, _, all) => (
              <li key={o.WorkflowStepOptionId}>
                <Link to={`/workflows/${p.flowId}/options/${o.WorkflowStepOptionId}`}>
                  Open path “{o.Name || `Option ${o.WorkflowStepOptionId}`}”
                </Link>{' '}
                ({countOf(o.Steps?.length ?? 0, 'step')})
                {/* Said as "Split on" changes: the paths it no longer fits. */}
                <PathTypeWarning mismatch={pathTypeMismatch(o.OptionType, step)} />
                {/* As the flow page says it: a path after "Everyone else" is never taken. */}
                <NeverTakenWarning catchAll={pathsNeverTaken(all).get(o)} />
              </li>
            ))}
            {step.WorkflowStepId > 0 && !readOnly && p.canAddPaths && (
              <li>
                <Link
                  // The split as stored (p.step): the new path's page checks its type against it.
                  to={newOptionAddress(
                    p.flowId,
                    step.WorkflowStepId,
                    step.Options ?? [],
                    p.step.SplitOptionType,
                  )}
                >
                  Add a path to {stepDetail(step).split(' · ')[0]}
                </Link>
              </li>
            )}
          </ul>
        )}
      </div>
      {!readOnly && (
        <div className={styles.actions}>
          <IconButton
            variant="ghost"
            size="sm"
            label={`Move up, ${name}`}
            icon={<ArrowUp size={16} />}
            ref={upRef}
            disabled={index === 0}
            onClick={() => move('up')}
          />
          <IconButton
            variant="ghost"
            size="sm"
            label={`Move down, ${name}`}
            icon={<ArrowDown size={16} />}
            ref={downRef}
            disabled={index === count - 1}
            onClick={() => move('down')}
          />
          <IconButton
            variant="ghost"
            size="sm"
            label={`Insert a step after ${name}`}
            icon={<ListPlus size={16} />}
            onClick={() => p.onInsertAfter(index)}
          />
          <IconButton
            variant="ghost"
            size="sm"
            label={`Remove ${name}`}
            icon={<Trash2 size={16} />}
            onClick={() => p.onRemove(index)}
          />
        </div>
      )}
    </li>
  );
}

/** After a path's link: why the split may never send anyone down it (see pathTypeMismatch). */
function PathTypeWarning({ mismatch }: { mismatch: ReturnType<typeof pathTypeMismatch> }) {
  if (!mismatch) return null;
  return <span className={styles.pathWarning}> {mismatch.said}</span>;
}

/** After a path's link: the "Everyone else" ranked before it, which leaves it no one. */
function NeverTakenWarning({ catchAll }: { catchAll: string | undefined }) {
  if (catchAll === undefined) return null;
  return (
    <span className={styles.pathWarning}>
      {' '}
      No participant takes this path: it is ranked after “{catchAll}”, which takes everyone the
      paths before it did not.
    </span>
  );
}
