import type { CSSProperties } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowDown, ArrowUp, GripVertical, Trash2 } from 'lucide-react';
import type { ArchiveRestrictionInfo, RestrictableField } from '../../../api/workflow/schemas.ts';
import { useFieldAccess, useReadOnlyReason } from '../../../rights/index.ts';
import { Checkbox, cx, Field, IconButton, Select } from '../../../ui/index.ts';
import { joinPickerLabel } from '../logic/joinText.ts';
import { operatorsByType } from '../logic/operators.ts';
import { withField, withOperator, withValues } from './restrictionEdits.ts';
import { labelInContext } from './labelInContext.tsx';
import { ValueEditor } from './ValueEditor.tsx';
import styles from './GoalForm.module.css';

const parenOptions = [
  { value: '0', label: 'No parenthesis' },
  { value: '1', label: 'Opens (' },
  { value: '2', label: 'Opens ((' },
  { value: '-1', label: 'Closes )' },
  { value: '-2', label: 'Closes ))' },
];

export interface RestrictionRowProps {
  /** A stable id for dragging (react-hook-form's field key). */
  id: string;
  path: string;
  index: number;
  count: number;
  /** The group's title, so that the Remove button's name is unique on the page. */
  groupTitle: string;
  isLast: boolean;
  depth: number;
  fields: readonly RestrictableField[];
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
}

/** One condition: field, operator, value(s), active, parentheses, and how it joins the next. */
export function RestrictionRow({
  id,
  path,
  index,
  count,
  groupTitle,
  isLast,
  depth,
  fields,
  onMove,
  onRemove,
}: RestrictionRowProps) {
  const { control, getFieldState, formState } = useFormContext();
  const { field: ctl } = useController({ name: path, control });
  const access = useFieldAccess('RestrictionGroups');
  const readOnly = access.readOnly;
  // Read-only, each disabled control says why (as the group's Name and Description do).
  const reason = useReadOnlyReason(access);
  const sortable = useSortable({ id, disabled: readOnly });
  const name = `condition ${index + 1} of ${groupTitle}`;
  const r = ctl.value as ArchiveRestrictionInfo;
  const field = fields.find((f) => f.Name === r.Name);
  const set = (next: ArchiveRestrictionInfo) => ctl.onChange(next);
  const nameError = getFieldState(`${path}.Name`, formState).error?.message;
  const valuesError = getFieldState(`${path}.Values`, formState).error?.message;
  // A server 400 may name any of these (goalFormFields): it is shown where it is chosen.
  const operatorError = getFieldState(`${path}.Operator`, formState).error?.message;
  const parenError = getFieldState(`${path}.InterParenthesis`, formState).error?.message;
  const joinError = getFieldState(`${path}.InterOperator`, formState).error?.message;
  const paren = r.InterParenthesis ?? 0;
  const fieldOptions = fields.map((f) => ({ value: f.Name, label: f.DisplayName }));
  if (r.Name && !field)
    fieldOptions.push({ value: r.Name, label: r.ColumnInfo?.DisplayName ?? r.Name });
  const ops = (operatorsByType[field?.Type ?? 'text'] ?? []).map((o) => ({
    value: o.value,
    label: o.label,
  }));
  if (r.Operator && !ops.some((o) => o.value === r.Operator))
    ops.push({ value: r.Operator, label: r.Operator });
  // A join the server sent other than And or Or (None) is shown as it is, as the summary does.
  const join = r.InterOperator || 'None';
  const joinOptions = ['And', 'Or'].concat(join === 'And' || join === 'Or' ? [] : [join]);

  return (
    <li className={styles.restriction} style={{ '--depth': depth } as CSSProperties}>
      {/* Only the condition is dragged: its join to the next stays with the position. */}
      <fieldset
        ref={sortable.setNodeRef}
        style={{
          transform: CSS.Translate.toString(sortable.transform),
          transition: sortable.transition,
        }}
        className={cx(styles.restrictionBox, sortable.isDragging && styles.dragging)}
        aria-label={`Condition ${index + 1} of ${groupTitle}`}
      >
        {!readOnly && (
          <IconButton
            size="sm"
            className={styles.handle}
            label={`Drag to reorder ${name}`}
            noTooltip
            icon={<GripVertical size={16} />}
            {...sortable.attributes}
            {...sortable.listeners}
            data-condition-handle=""
            ref={sortable.setActivatorNodeRef}
          />
        )}
        {paren > 0 && (
          <span className={styles.paren} aria-hidden="true">
            {'('.repeat(paren)}
          </span>
        )}
        <div className={styles.restrictionFields}>
          <Field label={labelInContext('Field', name)} error={nameError}>
            <Select
              options={fieldOptions}
              value={r.Name ?? ''}
              placeholder="Choose a field…"
              disabled={readOnly}
              aria-describedby={reason.id}
              onValueChange={(name) => {
                const f = fields.find((x) => x.Name === name);
                if (f) set(withField(r, f));
              }}
            />
          </Field>
          <Field label={labelInContext('Operator', name)} error={operatorError}>
            <Select
              options={ops}
              value={r.Operator ?? ''}
              disabled={readOnly || !r.Name}
              aria-describedby={reason.id}
              onValueChange={(op) => set(withOperator(r, field, op))}
            />
          </Field>
          <div className={styles.valueSlot}>
            <ValueEditor
              field={field}
              operator={r.Operator ?? ''}
              values={r.Values ?? []}
              displayValues={r.DisplayValues}
              onChange={(values) => set(withValues(r, field, values))}
              disabled={readOnly}
              describedBy={reason.id}
              error={valuesError}
              context={name}
            />
          </div>
          <Field label={labelInContext('Parentheses', name)} error={parenError}>
            <Select
              options={
                parenOptions.some((o) => o.value === String(paren))
                  ? parenOptions
                  : [...parenOptions, { value: String(paren), label: String(paren) }]
              }
              value={String(paren)}
              disabled={readOnly}
              aria-describedby={reason.id}
              onValueChange={(v) => set({ ...r, InterParenthesis: Number(v) })}
            />
          </Field>
          <div className={styles.rowEnd}>
            <Checkbox
              label={labelInContext('Active', name)}
              checked={r.IsActive !== false}
              disabled={readOnly}
              aria-describedby={reason.id}
              onChange={(e) => set({ ...r, IsActive: e.target.checked })}
            />
            {!readOnly && (
              <div className={styles.conditionActions}>
                <IconButton
                  label={`Move up, ${name}`}
                  icon={<ArrowUp size={16} />}
                  disabled={index === 0}
                  data-condition-move="up"
                  onClick={() => onMove(index, index - 1)}
                />
                <IconButton
                  label={`Move down, ${name}`}
                  icon={<ArrowDown size={16} />}
                  disabled={index === count - 1}
                  data-condition-move="down"
                  onClick={() => onMove(index, index + 1)}
                />
                <IconButton
                  label={`Remove ${name}`}
                  icon={<Trash2 size={16} />}
                  onClick={onRemove}
                />
              </div>
            )}
          </div>
        </div>
        {paren < 0 && (
          <span className={styles.paren} aria-hidden="true">
            {')'.repeat(-paren)}
          </span>
        )}
        {reason.node}
      </fieldset>
      {!isLast && (
        <div className={styles.joiner}>
          <Field
            label={labelInContext(
              `Join condition ${index + 1} to the next with`,
              `in ${groupTitle}`,
            )}
            error={joinError}
          >
            <Select
              options={joinOptions.map((value) => ({ value, label: joinPickerLabel(value) }))}
              value={join}
              disabled={readOnly}
              aria-describedby={reason.id}
              onValueChange={(v) => set({ ...r, InterOperator: v })}
            />
          </Field>
        </div>
      )}
    </li>
  );
}
