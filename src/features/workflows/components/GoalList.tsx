import { Link } from 'react-router';
import type { RestrictableField, WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { useDateTimeSettings } from '../../../app/locale/useDateTimeSettings.ts';
import { countOf } from '../logic/countText.ts';
import { goalName } from '../logic/goalName.ts';
import { areGoalGroupsHidden, areGroupNamesHidden } from '../logic/goalGroupsHidden.ts';
import { sortByRank } from '../logic/ranks.ts';
import { summarizeGroup } from '../logic/restrictionSummary.ts';
import styles from '../pages/FlowPage.module.css';

/**
 * A flow's goals: type, and each restriction group in plain language; each links to its editor.
 * Groups the user may not see are not counted or summarized; names they may not see are left out.
 */
export function GoalList({
  goals,
  flowId,
  fields,
}: {
  goals: readonly WorkflowGoal[];
  flowId: number;
  fields: readonly RestrictableField[];
}) {
  const { locale } = useDateTimeSettings();
  if (goals.length === 0) return <p>This flow has no goals yet.</p>;
  return (
    <ul className={styles.goals}>
      {goals.map((g) => {
        const groups = areGoalGroupsHidden(g) ? [] : sortByRank(g.RestrictionGroups ?? []);
        const namesHidden = areGroupNamesHidden(g);
        return (
          <li key={g.WorkflowGoalId} className={styles.goal}>
            <div className={styles.goalHeader}>
              <Link
                to={`/workflows/${flowId}/goals/${g.WorkflowGoalId}`}
                className={styles.goalName}
              >
                {goalName(g, goals)}
              </Link>
              {!areGoalGroupsHidden(g) && <span>{countOf(groups.length, 'group')}</span>}
            </div>
            {groups.length > 0 && (
              <ul className={styles.groups}>
                {groups.map((group, i) => (
                  <li key={i}>
                    <span className={styles.groupName}>
                      {(!namesHidden && group.Name) || `Group ${i + 1}`}:
                    </span>{' '}
                    {summarizeGroup(group, fields, locale)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
