import { Banner, Button } from '../../../ui/index.ts';

/**
 * Someone else saved the goal or option after this editor opened it: nothing was written, the
 * user's edits are still on the form, and they choose between the other version (Reload) and
 * their own (Save mine anyway).
 */
export function SaveConflictBanner({
  what,
  changes,
  listNote = null,
  saving,
  onReload,
  onSaveAnyway,
}: {
  what: 'goal' | 'option';
  /** What the user changed, in words. */
  changes: readonly string[];
  /**
   * What "Save mine anyway" does with their changes to a list both changed (see wholeListLost,
   * stepsMergeNote), or null.
   */
  listNote?: string | null;
  saving: boolean;
  onReload(): void;
  onSaveAnyway(): void;
}) {
  return (
    <Banner
      tone="warning"
      title={`Not saved: someone else saved this ${what} since you opened it`}
      actions={
        <>
          <Button size="sm" onClick={onReload} disabled={saving}>
            Reload
          </Button>
          <Button size="sm" variant="danger" onClick={onSaveAnyway} loading={saving}>
            Save mine anyway
          </Button>
        </>
      }
    >
      <p>
        Your changes are still here, not saved. Reload shows their version instead (your changes are
        then listed here, so you can make them again). Save mine anyway saves what you changed over
        their version.
      </p>
      {listNote && (
        <p>
          <strong>{listNote}</strong>
        </p>
      )}
      {changes.length > 0 && <ChangeList label="You changed" changes={changes} />}
    </Banner>
  );
}

/** After Reload: the other version is shown, and what the user had changed is listed. */
export function ReloadedBanner({
  what,
  changes,
  onDismiss,
}: {
  what: 'goal' | 'option';
  changes: readonly string[];
  onDismiss(): void;
}) {
  return (
    <Banner
      tone="info"
      title={`This is the ${what} as someone else saved it`}
      actions={
        <Button size="sm" onClick={onDismiss}>
          Dismiss
        </Button>
      }
    >
      <p>
        {changes.length > 0
          ? 'Your changes were not saved. Make them again if you still want them:'
          : 'You had changed nothing that is not in their version.'}
      </p>
      {changes.length > 0 && (
        <ChangeList label="Your changes that were not saved" changes={changes} />
      )}
    </Banner>
  );
}

function ChangeList({ label, changes }: { label: string; changes: readonly string[] }) {
  return (
    <ul aria-label={label}>
      {changes.map((c) => (
        <li key={c}>{c}</li>
      ))}
    </ul>
  );
}
