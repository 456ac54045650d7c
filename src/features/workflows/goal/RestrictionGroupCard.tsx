import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import type { ArchiveRestrictionGroup, RestrictableField } from '../../../api/workflow/schemas.ts';
import { RightsTextAreaField, RightsTextField, useFieldAccess } from '../../../rights/index.ts';
import { announce, Button, IconButton } from '../../../ui/index.ts';
import { checkParentheses, nestingDepths } from '../logic/parentheses.ts';
import { summarizeGroup } from '../logic/restrictionSummary.ts';
import { newRestriction } from './restrictionEdits.ts';
import { RestrictionRow } from './RestrictionRow.tsx';
import styles from './GoalForm.module.css';

export interface RestrictionGroupCardProps {
  index: number;
  count: number;
  fields: readonly RestrictableField[];
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** One restriction group: name, description, its conditions, a live summary and parenthesis check. */
export function RestrictionGroupCard({
  index,
  count,
  fields,
  onMove,
  onRemove,
}: RestrictionGroupCardProps) {
  const path = `RestrictionGroups.${index}` as const;
  const { control, getFieldState, formState } = useFormContext();
  const group = useWatch({ control, name: path }) as ArchiveRestrictionGroup | undefined;
  const restrictions = useFieldArray({
    control,
    name: `${path}.Restrictions`,
    keyName: 'fieldKey',
  });
  const readOnly = useFieldAccess('RestrictionGroups').readOnly;
  const rs = group?.Restrictions ?? [];
  const depths = nestingDepths(rs);
  const parens = checkParentheses(rs);
  const arrayError = getFieldState(`${path}.Restrictions`, formState).error;
  const submitError =
    arrayError?.message ??
    (arrayError as { root?: { message?: string } } | undefined)?.root?.message;
  const title = `Group ${index + 1}${group?.Name ? `: ${group.Name}` : ''}`;

  const add = () => {
    // The condition that was last now joins the new one with And.
    if (rs.length > 0 && (rs[rs.length - 1].InterOperator ?? 'None') === 'None')
      restrictions.update(rs.length - 1, { ...rs[rs.length - 1], InterOperator: 'And' });
    restrictions.append(newRestriction());
    announce(`Condition ${rs.length + 1} added to ${title}.`);
  };

  return (
    <section className={styles.group} aria-label={title}>
      <div className={styles.groupHeader}>
        <h3 className={styles.groupTitle}>{title}</h3>
        {!readOnly && (
          <div className={styles.groupActions}>
            <IconButton
              label={`Move ${title} up`}
              icon={<ArrowUp size={16} />}
              disabled={index === 0}
              onClick={() => onMove(index, index - 1)}
            />
            <IconButton
              label={`Move ${title} down`}
              icon={<ArrowDown size={16} />}
              disabled={index === count - 1}
              onClick={() => onMove(index, index + 1)}
            />
            <IconButton
              label={`Remove ${title}`}
              icon={<Trash2 size={16} />}
              onClick={() => onRemove(index)}
            />
          </div>
        )}
      </div>
      <div className={styles.groupFields}>
        <RightsTextField
          name={`${path}.Name`}
          rightsName="RestrictionGroups.Name"
          label="Group name"
        />
        <RightsTextAreaField
          name={`${path}.Description`}
          rightsName="RestrictionGroups.Description"
          label="Description"
          rows={2}
        />
      </div>
      <p className={styles.summary}>
        <strong>Summary:</strong> {summarizeGroup({ Restrictions: rs }, fields)}
      </p>
      {(!parens.ok || submitError) && (
        <p className={styles.parenError} role="alert">
          {submitError ?? (!parens.ok ? parens.message : '')} Saving is blocked until the
          parentheses balance.
        </p>
      )}
      <ol className={styles.restrictions} aria-label={`Conditions of ${title}`}>
        {restrictions.fields.map((f, ri) => (
          <RestrictionRow
            key={f.fieldKey}
            path={`${path}.Restrictions.${ri}`}
            index={ri}
            isLast={ri === restrictions.fields.length - 1}
            depth={depths[ri] ?? 0}
            fields={fields}
            onRemove={() => {
              restrictions.remove(ri);
              announce(`Condition ${ri + 1} removed from ${title}.`);
            }}
          />
        ))}
      </ol>
      {!readOnly && (
        <Button size="sm" icon={<Plus size={14} />} onClick={add}>
          Add condition to group {index + 1}
        </Button>
      )}
    </section>
  );
}
