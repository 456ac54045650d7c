import { Link } from 'react-router';
import type { RestrictableField, WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { useDateTimeSettings } from '../../../app/locale/useDateTimeSettings.ts';
import { countOf } from '../logic/countText.ts';
import { goalName } from '../logic/goalName.ts';
import { sortByRank } from '../logic/ranks.ts';
import { summarizeGroup } from '../logic/restrictionSummary.ts';
import styles from '../pages/FlowPage.module.css';

/** A flow's goals: type, and each restriction group in plain language; each links to its editor. */
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
      {goals.map((g) => (
        <li key={g.WorkflowGoalId} className={styles.goal}>
          <div className={styles.goalHeader}>
            <Link to={`/workflows/${flowId}/goals/${g.WorkflowGoalId}`} className={styles.goalName}>
              {goalName(g, goals)}
            </Link>
            <span>{countOf(g.RestrictionGroups?.length ?? 0, 'group')}</span>
          </div>
          {(g.RestrictionGroups?.length ?? 0) > 0 && (
            <ul className={styles.groups}>
              {sortByRank(g.RestrictionGroups ?? []).map((group, i) => (
                <li key={i}>
                  <span className={styles.groupName}>{group.Name || `Group ${i + 1}`}:</span>{' '}
                  {summarizeGroup(group, fields, locale)}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
