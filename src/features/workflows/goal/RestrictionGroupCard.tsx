import { useEffect, useRef } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import {
  closestCenter,
  DndContext,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useSortableSensors } from '../components/useSortableSensors.ts';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import type { ArchiveRestrictionGroup, RestrictableField } from '../../../api/workflow/schemas.ts';
import { RightsTextAreaField, RightsTextField, useFieldAccess } from '../../../rights/index.ts';
import { announce, Button, IconButton } from '../../../ui/index.ts';
import { useDateTimeSettings } from '../../../app/locale/useDateTimeSettings.ts';
import { checkParentheses, nestingDepths } from '../logic/parentheses.ts';
import { summarizeGroup } from '../logic/restrictionSummary.ts';
import { conditionMoveAnnouncement, moveCondition } from './conditionMove.ts';
import { neighbourAfterRemoval, newRestriction } from './restrictionEdits.ts';
import { labelInContext } from './labelInContext.tsx';
import { RestrictionRow } from './RestrictionRow.tsx';
import styles from './GoalForm.module.css';

export interface RestrictionGroupCardProps {
  index: number;
  count: number;
  fields: readonly RestrictableField[];
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  /** Called just before a condition is removed (so the editor can offer to undo it). */
  onWillRemoveCondition?: (index: number, label: string) => void;
  /** Called just before a condition is moved (so the editor can offer to undo it). */
  onWillMoveCondition?: (from: number, to: number, label: string) => void;
}

const dragInstructions =
  'To reorder, press Space or Enter to pick up the condition, use the arrow keys to move it, then Space or Enter to drop it, or Escape to cancel. The Move up and Move down buttons do the same. Joins and parentheses stay in place.';

/** One restriction group: name, description, its conditions, a live summary and parenthesis check. */
export function RestrictionGroupCard({
  index,
  count,
  fields,
  onMove,
  onRemove,
  onWillRemoveCondition,
  onWillMoveCondition,
}: RestrictionGroupCardProps) {
  const path = `RestrictionGroups.${index}` as const;
  const { control, getFieldState, formState, setValue } = useFormContext();
  const group = useWatch({ control, name: path }) as ArchiveRestrictionGroup | undefined;
  const restrictions = useFieldArray({
    control,
    name: `${path}.Restrictions`,
    keyName: 'fieldKey',
  });
  const readOnly = useFieldAccess('RestrictionGroups').readOnly;
  const rs = group?.Restrictions ?? [];
  const { locale } = useDateTimeSettings();
  const depths = nestingDepths(rs);
  const parens = checkParentheses(rs);
  const arrayError = getFieldState(`${path}.Restrictions`, formState).error;
  const submitError =
    arrayError?.message ??
    (arrayError as { root?: { message?: string } } | undefined)?.root?.message;
  // A name the user may not see is not said in the heading nor in the labels that repeat it.
  const nameHidden = useFieldAccess('RestrictionGroups.Name').hidden;
  const title = `Group ${index + 1}${group?.Name && !nameHidden ? `: ${group.Name}` : ''}`;
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  /**
   * Where focus goes after the conditions re-render: a condition's field picker, "Add condition",
   * or the Move button just pressed on the condition it moved (the other one at the top or
   * bottom, where the pressed one turns disabled).
   */
  const focusCondition = useRef<number | 'add' | { index: number; button: 'up' | 'down' } | null>(
    null,
  );
  useEffect(() => {
    const target = focusCondition.current;
    if (target === null) return;
    focusCondition.current = null;
    if (target === 'add') addRef.current?.focus();
    else if (typeof target === 'number') {
      const row = listRef.current?.querySelectorAll<HTMLElement>(':scope > li')[target];
      row?.querySelector<HTMLElement>('[role="combobox"]')?.focus();
    } else {
      const row = listRef.current?.querySelectorAll<HTMLElement>(':scope > li')[target.index];
      const [up, down] = [
        row?.querySelector<HTMLButtonElement>('[data-condition-move="up"]'),
        row?.querySelector<HTMLButtonElement>('[data-condition-move="down"]'),
      ];
      const pressed = target.button === 'up' ? up : down;
      (pressed && !pressed.disabled ? pressed : target.button === 'up' ? down : up)?.focus();
    }
  }, [restrictions.fields]);
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
    onMove(index, which === 'up' ? index - 1 : index + 1);
  };

  /**
   * Moves a condition; its position's join and parentheses stay (see moveCondition). The field
   * array moves the row (so it keeps its focus and drag state), then the joins and parentheses
   * are put back where they were.
   */
  const moveConditionTo = (from: number, to: number, focus?: 'up' | 'down') => {
    if (from === to || to < 0 || to >= rs.length) return false;
    onWillMoveCondition?.(from, to, `moved condition ${from + 1} of ${title}`);
    const next = moveCondition(rs, from, to);
    restrictions.move(from, to);
    next.forEach((r, i) => {
      const at = `${path}.Restrictions.${i}`;
      setValue(`${at}.InterOperator`, r.InterOperator, { shouldDirty: true });
      setValue(`${at}.InterParenthesis`, r.InterParenthesis, { shouldDirty: true });
    });
    if (focus) focusCondition.current = { index: to, button: focus };
    return true;
  };
  const sensors = useSortableSensors();
  const ids = restrictions.fields.map((f) => f.fieldKey);
  const position = (id: UniqueIdentifier) => ids.indexOf(String(id));
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up condition ${position(active.id) + 1} of ${ids.length} in ${title}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `Condition ${position(active.id) + 1} is over position ${position(over.id) + 1} of ${ids.length}.`
        : '',
    onDragEnd: ({ active, over }) =>
      over && active.id !== over.id
        ? conditionMoveAnnouncement(position(active.id), position(over.id), ids.length, title)
        : `Condition ${position(active.id) + 1} dropped where it was.`,
    onDragCancel: ({ active }) => `Moving condition ${position(active.id) + 1} was cancelled.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) moveConditionTo(position(active.id), position(over.id));
  };

  const add = () => {
    // The condition that was last now joins the new one with And.
    if (rs.length > 0 && (rs[rs.length - 1].InterOperator ?? 'None') === 'None')
      restrictions.update(rs.length - 1, { ...rs[rs.length - 1], InterOperator: 'And' });
    focusCondition.current = rs.length;
    restrictions.append(newRestriction(), { shouldFocus: false });
    announce(`Condition ${rs.length + 1} added to ${title}.`);
  };

  return (
    <section className={styles.group} aria-label={title}>
      <div className={styles.groupHeader}>
        <h3 className={styles.groupTitle} tabIndex={-1} data-group-heading="">
          {title}
        </h3>
        {!readOnly && (
          <div className={styles.groupActions}>
            <IconButton
              label={`Move up, ${title}`}
              icon={<ArrowUp size={16} />}
              ref={upRef}
              disabled={index === 0}
              onClick={() => move('up')}
            />
            <IconButton
              label={`Move down, ${title}`}
              icon={<ArrowDown size={16} />}
              ref={downRef}
              disabled={index === count - 1}
              onClick={() => move('down')}
            />
            <IconButton
              label={`Remove ${title}`}
              icon={<Trash2 size={16} />}
              onClick={() => onRemove(index)}
            />
          </div>
        )}
      </div>
      {/* "Group 1", not the title: that changes with each letter typed in the name. */}
      <div className={styles.groupFields}>
        <RightsTextField
          name={`${path}.Name`}
          rightsName="RestrictionGroups.Name"
          label={labelInContext('Group name', `Group ${index + 1}`)}
        />
        <RightsTextAreaField
          name={`${path}.Description`}
          rightsName="RestrictionGroups.Description"
          label={labelInContext('Description', `Group ${index + 1}`)}
          rows={2}
        />
      </div>
      <p className={styles.summary}>
        <strong>Summary:</strong> {summarizeGroup({ Restrictions: rs }, fields, locale)}
      </p>
      {(!parens.ok || submitError) && (
        <p className={styles.parenError} role="alert" tabIndex={-1} data-save-blocker="">
          {submitError ?? (!parens.ok ? parens.message : '')} Saving is blocked until the
          parentheses balance.
        </p>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: dragInstructions } }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol ref={listRef} className={styles.restrictions} aria-label={`Conditions of ${title}`}>
            {restrictions.fields.map((f, ri) => (
              <RestrictionRow
                key={f.fieldKey}
                id={f.fieldKey}
                path={`${path}.Restrictions.${ri}`}
                index={ri}
                count={restrictions.fields.length}
                groupTitle={title}
                isLast={ri === restrictions.fields.length - 1}
                depth={depths[ri] ?? 0}
                fields={fields}
                onMove={(from, to) => {
                  if (moveConditionTo(from, to, to < from ? 'up' : 'down'))
                    announce(
                      conditionMoveAnnouncement(from, to, restrictions.fields.length, title),
                    );
                }}
                onRemove={() => {
                  onWillRemoveCondition?.(ri, `removed condition ${ri + 1} from ${title}`);
                  const left = restrictions.fields.length - 1;
                  focusCondition.current = left === 0 ? 'add' : Math.min(ri, left - 1);
                  const neighbour = neighbourAfterRemoval(rs, ri);
                  if (neighbour) restrictions.update(neighbour.index, neighbour.restriction);
                  restrictions.remove(ri);
                  announce(`Condition ${ri + 1} removed from ${title}.`);
                }}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {!readOnly && (
        <Button ref={addRef} size="sm" icon={<Plus size={14} />} onClick={add}>
          Add condition to group {index + 1}
        </Button>
      )}
    </section>
  );
}
