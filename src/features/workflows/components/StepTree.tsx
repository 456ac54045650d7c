import { Link } from 'react-router';
import { Plus } from 'lucide-react';
import type { WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import { Badge, VisuallyHidden } from '../../../ui/index.ts';
import { sortByRank } from '../logic/ranks.ts';
import { newOptionAddress } from '../logic/newOptionAddress.ts';
import { optionTypeLabel } from '../logic/goalText.ts';
import { pathsNeverTaken } from '../logic/rankReach.ts';
import { pathTypeMismatch } from '../logic/optionTypeMatch.ts';
import { stepDetail, stepTypeLabel } from '../logic/stepText.ts';
import { WholeWordsName } from './WholeWordsName.tsx';
import { useFieldList } from './useFieldList.ts';
import styles from './StepTree.module.css';

export interface StepTreeProps {
  steps: readonly WorkflowStepBase[];
  flowId: number;
  /** Offer "Add option" under each split (the user may insert). */
  canAddOptions?: boolean;
  /** Accessible name of the list (the main line, or an option's path). */
  label: string;
}

/** Steps in rank order; a split shows its options, each with its path and a link to its editor. */
export function StepTree({ steps, flowId, canAddOptions, label }: StepTreeProps) {
  const fields = useFieldList();
  if (steps.length === 0) return <p className={styles.empty}>No steps on this path.</p>;
  return (
    <ol className={styles.list} aria-label={label}>
      {sortByRank(steps).map((step, i) => (
        <li key={step.WorkflowStepId || `new-${i}`} className={styles.step}>
          <span className={styles.rank} aria-hidden="true">
            {i + 1}
          </span>
          <div className={styles.body}>
            <span className={styles.type}>
              {/* "Create follow-up" stays whole in a nested split at 390 px, not "follow- / up". */}
              <WholeWordsName name={stepTypeLabel(step.StepType)} />
            </span>
            {stepDetail(step, fields) && (
              <>
                {/* Read as "Split: What did they click?", not "SplitWhat did they click?". */}
                <VisuallyHidden>: </VisuallyHidden>
                <span className={styles.detail}>{stepDetail(step, fields)}</span>
              </>
            )}
            {step.StepType === 'Split' && (
              <ul className={styles.options} aria-label={`Paths of ${stepDetail(step)}`}>
                {sortByRank(step.Options ?? []).map((o, _, all) => (
                  <li key={o.WorkflowStepOptionId} className={styles.option}>
                    <div className={styles.optionHeader}>
                      <Link
                        to={`/workflows/${flowId}/options/${o.WorkflowStepOptionId}`}
                        className={styles.optionName}
                      >
                        {o.Name || `Option ${o.WorkflowStepOptionId}`}
                      </Link>
                      <Badge tone="info">{optionTypeLabel(o.OptionType)}</Badge>
                    </div>
                    {pathsNeverTaken(all).has(o) && (
                      <p className={styles.neverTaken}>
                        {`No participant takes this path: it is ranked after “${pathsNeverTaken(all).get(o)}”, which takes everyone the paths before it did not.`}
                        {/* Only to whom may change it: viewers and planners read this too. */}
                        {canAddOptions && ' Open it and give it a lower rank.'}
                      </p>
                    )}
                    <PathTypeNote
                      mismatch={pathTypeMismatch(o.OptionType, step)}
                      canChange={canAddOptions}
                    />
                    <StepTree
                      steps={o.Steps ?? []}
                      flowId={flowId}
                      canAddOptions={canAddOptions}
                      label={`Steps of ${o.Name ?? 'option'}`}
                    />
                  </li>
                ))}
                {canAddOptions && (
                  <li>
                    <Link
                      className={styles.addOption}
                      to={newOptionAddress(
                        flowId,
                        step.WorkflowStepId,
                        step.Options ?? [],
                        step.SplitOptionType,
                      )}
                    >
                      <Plus size={14} aria-hidden="true" /> Add option to{' '}
                      {stepDetail(step).split(' · ')[0]}
                    </Link>
                  </li>
                )}
              </ul>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** A path whose type is not what its split splits on, said under its name. */
function PathTypeNote({
  mismatch,
  canChange,
}: {
  mismatch: ReturnType<typeof pathTypeMismatch>;
  canChange?: boolean;
}) {
  if (!mismatch) return null;
  return (
    <p className={styles.neverTaken}>
      {mismatch.said}
      {/* Only to whom may change it: viewers and planners read this too. */}
      {canChange && ` Open it and ${mismatch.advice}`}
    </p>
  );
}
