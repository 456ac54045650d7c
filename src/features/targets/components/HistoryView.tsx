import { Skeleton } from '../../../ui/Skeleton.tsx';
import { formatServerDateTime } from '../../../app/locale/serverDateTime.ts';
import { useDateTimeSettings } from '../../../app/locale/useDateTimeSettings.ts';
import { RotateCw } from 'lucide-react';
import { focusAfterRetry } from '../../../app/errors/focusAfterRetry.ts';
import { Banner } from '../../../ui/Banner.tsx';
import { Button } from '../../../ui/Button.tsx';
import {
  groupSettingChange,
  periodTypesByRevision,
  periodTypeWithCount,
} from '../model/historyFields.ts';
import { periodsFor } from '../model/periods.ts';
import type { PeriodType } from '../model/types.ts';
import { shownHistoryChanges, type RowFieldsHidden } from '../model/shownHistoryChanges.ts';
import styles from './HistoryPanel.module.css';

/** The slice of a TargetRevisionHistory the panel shows (the API's parsed type fits it). */
export interface RevisionLike {
  readonly LogEvent?: string | null;
  readonly When?: string | null;
  readonly Who?: { readonly FullName?: string | null; readonly Name?: string | null } | null;
  readonly Changes?:
    | readonly {
        readonly FieldIdentifier?: string | null;
        readonly ValueChangeFrom?: number | null;
        readonly ValueChangeTo?: number | null;
      }[]
    | null;
}

export interface HistoryViewProps {
  status: 'pending' | 'error' | 'success';
  error?: string;
  revisions: readonly RevisionLike[];
  periodNames: readonly string[];
  format: (n: number) => string;
  /** The user's culture: month names and dates. */
  locale: string;
  /** Loads the history again after a failure; true when it came. */
  retry?: () => Promise<boolean>;
  retrying?: boolean;
  /** Whether the group's field ("PeriodType") is hidden from the user: its changes are not listed. */
  isFieldHidden?: (field: string) => boolean;
  /** Which of the row's own fields (its figures, its lock) it hides: their changes are not listed. */
  rowHidden?: RowFieldsHidden;
}

const NOTHING_HIDDEN = () => false;

const EVENT: Record<string, string> = {
  Create: 'Created',
  Edit: 'Values changed',
  Lock: 'Locked',
  Unlock: 'Unlocked',
  Delete: 'Removed',
};

/** "Values[3]", "Value 4", "Period4" → the period's name; "Locked" → "Locked". */
export function fieldName(id: string | null | undefined, periodNames: readonly string[]): string {
  const s = id ?? '';
  if (/lock/i.test(s)) return 'Locked';
  const m = /(\d+)/.exec(s);
  if (m) {
    const n = Number(m[1]);
    const zeroBased = /\[/.test(s);
    return periodNames[zeroBased ? n : n - 1] ?? s;
  }
  return s || 'Value';
}

/** Revisions newest first: what changed, who and when. */

export function HistoryView({
  status,
  error,
  revisions,
  periodNames,
  format,
  locale,
  retry,
  retrying = false,
  isFieldHidden = NOTHING_HIDDEN,
  rowHidden,
}: HistoryViewProps) {
  const { timeZone } = useDateTimeSettings();
  if (status === 'pending') return <Skeleton lines={4} label="Loading history…" />;
  if (status === 'error')
    return (
      <Banner
        tone="danger"
        title="Could not load the revision history"
        actions={
          retry && (
            <Button
              variant="secondary"
              size="sm"
              icon={<RotateCw size={14} />}
              loading={retrying}
              onClick={async (e) => {
                // The banner and this button go once the history came: focus goes to the
                // history's own region (it scrolls), not to the page.
                const region = e.currentTarget.closest<HTMLElement>('[role="region"]');
                const refocus = focusAfterRetry(e.currentTarget, false);
                if (await retry()) refocus(() => region?.focus());
              }}
            >
              Try again
            </Button>
          )
        }
      >
        {error ?? 'The history could not be loaded.'}
      </Banner>
    );
  // Before a PeriodType change, "Values[i]" counted the old periods (months, say, not quarters).
  const current = periodTypeWithCount(periodNames.length);
  const namesFor = (t: PeriodType | null) =>
    t === null || t === current ? periodNames : periodsFor(t, locale).map((p) => p.name);
  const types = periodTypesByRevision(revisions, current);
  const newestFirst = revisions
    .map((r, i) => ({
      r,
      names: namesFor(types[i]),
      changes: shownHistoryChanges(r.Changes, isFieldHidden, rowHidden),
    }))
    // A revision that told only of hidden settings or fields is not listed at all.
    .filter(({ r, changes }) => changes.length > 0 || (r.Changes?.length ?? 0) === 0)
    .reverse();
  if (newestFirst.length === 0)
    return <p className={styles.empty}>No changes have been saved for this row yet.</p>;
  return (
    <ol className={styles.list}>
      {newestFirst.map(({ r, names, changes }, i) => {
        const settings = changes.some((c) => groupSettingChange(c.FieldIdentifier));
        const event =
          r.LogEvent === 'Edit' && settings
            ? 'Group settings changed'
            : (EVENT[r.LogEvent ?? ''] ?? r.LogEvent ?? 'Change');
        const who = r.Who?.FullName || r.Who?.Name || 'Unknown user';
        const when = formatServerDateTime(r.When, { locale, timeZone });
        return (
          <li key={i} className={styles.item}>
            <p className={styles.head}>
              <strong>{event}</strong>
              <span>
                {who}
                {when && (
                  <>
                    {' · '}
                    <time dateTime={r.When ?? undefined}>{when}</time>
                  </>
                )}
              </span>
            </p>
            {changes.length > 0 && (
              <ul className={styles.changes}>
                {changes.map((c, j) => {
                  const setting = groupSettingChange(c.FieldIdentifier);
                  const name = setting?.label ?? fieldName(c.FieldIdentifier, names);
                  const lock = name === 'Locked';
                  const v = (x: number | null | undefined) =>
                    x === null || x === undefined
                      ? '–'
                      : setting
                        ? setting.text(x)
                        : lock
                          ? x
                            ? 'yes'
                            : 'no'
                          : format(x);
                  return (
                    <li key={j}>
                      <span className={styles.field}>{name}</span> {v(c.ValueChangeFrom)} →{' '}
                      <strong>{v(c.ValueChangeTo)}</strong>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
