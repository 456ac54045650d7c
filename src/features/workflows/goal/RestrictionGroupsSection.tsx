import { Plus } from 'lucide-react';
import type { RestrictableField } from '../../../api/workflow/schemas.ts';
import { announce, Button, Card, EmptyState } from '../../../ui/index.ts';
import { useFieldAccess } from '../../../rights/index.ts';
import { UndoButton } from '../components/UndoButton.tsx';
import type { CollectionAccess } from '../logic/collectionAccess.ts';
import type { GoalFormApi, GoalGroupsApi } from './goalFormTypes.ts';
import type { GoalUndo } from './useGoalUndo.ts';
import type { GroupFocus } from './useGroupFocus.ts';
import { RestrictionGroupCard } from './RestrictionGroupCard.tsx';
import styles from './GoalForm.module.css';

export interface RestrictionGroupsSectionProps {
  form: GoalFormApi;
  groups: GoalGroupsApi;
  access: CollectionAccess;
  fields: readonly RestrictableField[];
  history: GoalUndo;
  focus: GroupFocus;
}

/**
 * The goal's restriction groups: each group's card, Add group and Undo. Every removal and move
 * is remembered for Undo, and said.
 */
export function RestrictionGroupsSection({
  form,
  groups,
  access,
  fields,
  history,
  focus,
}: RestrictionGroupsSectionProps) {
  const readOnly = access.readOnly;
  // Names the user may not see are not said: a group is then named by its place.
  const namesHidden = useFieldAccess('RestrictionGroups.Name').hidden;
  const nameOf = (i: number) =>
    namesHidden ? '' : (form.getValues(`RestrictionGroups.${i}.Name`) ?? '');
  const moveGroup = (from: number, to: number) => {
    if (to < 0 || to >= groups.fields.length) return;
    const name = nameOf(from) || (namesHidden ? `Group ${from + 1}` : 'Unnamed group');
    history.remember(`moved ${name}`, { kind: 'groupMove', from, to });
    groups.move(from, to);
    announce(`${name} moved to position ${to + 1} of ${groups.fields.length}.`);
  };

  const note = `The goal is reached when a participant matches any one group. Within a group, conditions join with And/Or; parentheses group them.${
    readOnly
      ? access.reason && ` ${access.reason}`
      : ' Reorder with the Move buttons, or drag a condition by its handle: joins and parentheses stay in place.'
  }`;

  return (
    <Card title="Restriction groups" description={note}>
      <div className={styles.groups} ref={focus.groupsRef}>
        {groups.fields.length === 0 && (
          <EmptyState
            title="No restriction groups"
            text="Without a group, any participant who does the action reaches the goal."
            headingLevel={3}
          />
        )}
        {groups.fields.map((g, i) => (
          <RestrictionGroupCard
            key={g.fieldKey}
            index={i}
            count={groups.fields.length}
            fields={fields}
            onMove={moveGroup}
            onWillMoveCondition={(from, to, label) =>
              history.remember(label, { kind: 'conditionMove', group: i, from, to })
            }
            onWillRemoveCondition={(ri, label) => {
              const rs = form.getValues(`RestrictionGroups.${i}.Restrictions`) ?? [];
              const prev = ri === rs.length - 1 && ri > 0 ? rs[ri - 1] : null;
              history.remember(label, {
                kind: 'condition',
                group: i,
                index: ri,
                condition: rs[ri],
                neighbour: prev
                  ? { index: ri - 1, interOperator: prev.InterOperator ?? null }
                  : null,
              });
            }}
            onRemove={(gi) => {
              const name = nameOf(gi);
              history.remember(`removed ${name || `group ${gi + 1}`}`, {
                kind: 'group',
                index: gi,
                group: form.getValues(`RestrictionGroups.${gi}`),
              });
              const left = groups.fields.length - 1;
              focus.focusAfterRender(left === 0 ? 'add' : Math.min(gi, left - 1));
              groups.remove(gi);
              // Named as its card was ("Group 1: Late"), so the user hears which one went.
              announce(`Group ${gi + 1}${name ? `: ${name}` : ''} removed.`);
            }}
          />
        ))}
        {!readOnly && (
          <div className={styles.groupTools}>
            <Button
              ref={focus.addGroupRef}
              icon={<Plus size={16} />}
              onClick={() => {
                focus.focusAfterRender({ newGroupName: groups.fields.length });
                groups.append(
                  {
                    Name: `Group ${groups.fields.length + 1}`,
                    Description: '',
                    Rank: 0,
                    Restrictions: [],
                  },
                  { shouldFocus: false },
                );
                announce(`Group ${groups.fields.length + 1} added.`);
              }}
            >
              Add group
            </Button>
            <UndoButton label={history.lastLabel} onUndo={() => void history.undo()} />
          </div>
        )}
      </div>
    </Card>
  );
}
