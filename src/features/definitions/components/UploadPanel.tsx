import { useEffect, useRef, useState } from 'react';
import { Upload, X } from 'lucide-react';
import { Button } from '../../../ui/Button.tsx';
import { Card } from '../../../ui/Card.tsx';
import { Banner } from '../../../ui/Banner.tsx';
import { announce } from '../../../ui/announcer.ts';
import { useToast } from '../../../ui/toastContext.ts';
import { useUploadBatch } from '../hooks/useUploadBatch.ts';
import { focusParts, useKeepFocusInPanel } from '../hooks/useKeepFocusInPanel.ts';
import { isUnsent, isUploadable, unsentCount, type FieldName } from '../model/batchRow.ts';
import { batchNameWarning } from '../model/nameWarnings.ts';
import { overallProgress, overallStatusText } from '../model/batchProgress.ts';
import { sameContentWarning } from '../model/sameContentWarning.ts';
import { useUnsavedChangesGuard } from '../../../app/forms/useUnsavedChangesGuard.ts';
import { DropZone } from './DropZone.tsx';
import { LeaveWhileUploadingDialog } from './LeaveWhileUploadingDialog.tsx';
import { BatchRowCard } from './BatchRowCard.tsx';
import { ProgressBar } from '../../../ui/ProgressBar.tsx';
import styles from './UploadPanel.module.css';
import { notFileDropText, type NotFileDrop } from '../model/notFileDrop.ts';
import { applyToAll, applyToAllText, nothingAppliedReason } from '../model/applyToAll.ts';
import { shownFileName } from '../model/shownFileName.ts';
import { ApplyToAllButton } from './ApplyToAllButton.tsx';
import { useKeptBatch } from '../hooks/useKeptBatch.ts';
import { KeptBatchNotice } from './KeptBatchNotice.tsx';
import { KeptWhileNotAllowedNotice } from './KeptWhileNotAllowedNotice.tsx';

export interface UploadPanelProps {
  maxBytes: number;
  /** Names already on the platform (a matching name gets a warning). */
  existingNames: readonly string[];
  /** Keys on the platform, or null while the list is not known (see `sameContentWarning`). */
  existingKeys: ReadonlySet<string> | null;
  /** The user's culture, for counts. */
  locale?: string;
  /**
   * Whether the platform user may upload. When someone signs in to the platform again as a user
   * who may not, the batch is kept (not shown) until someone who may opens the page.
   */
  mayUpload?: boolean;
  /** Who is signed in to the platform, for the notice saying they may not upload. */
  who?: string;
}

/** Drop zone, the batch of files with their checks and fields, and the upload controls. */
export function UploadPanel({
  maxBytes,
  existingNames,
  existingKeys,
  locale,
  mayUpload = true,
  who = 'You',
}: UploadPanelProps) {
  const batch = useUploadBatch({ mayUpload });
  const { toast } = useToast();
  const [rejected, setRejected] = useState<string[]>([]);
  // A link or text dropped instead of a file: what happened and what to do.
  const [notFiles, setNotFiles] = useState<string | null>(null);
  // Files whose upload was asked for: only they show their empty required fields as errors (a
  // file added after an earlier Upload is not red before anyone tried to send it).
  const [attempted, setAttempted] = useState<ReadonlySet<string>>(() => new Set());
  const markAttempted = (ids: string[]) => setAttempted((prev) => new Set([...prev, ...ids]));
  const { rows } = batch;
  const panelRef = useRef<HTMLDivElement>(null);
  useKeepFocusInPanel(
    panelRef,
    rows.map((r) => r.id),
  );
  // Checked files not yet sent (or to send again); those with empty fields get their errors shown.
  const candidates = rows.filter(
    (r) =>
      !r.problem && (r.status === 'ready' || r.status === 'failed' || r.status === 'cancelled'),
  );
  const incomplete = candidates.filter((r) => !isUploadable(r));
  const inFlight = rows.filter((r) => r.status === 'queued' || r.status === 'uploading').length;
  const overall = overallProgress(rows);
  // Files not uploaded yet are work in progress: leaving, reloading or signing out asks first.
  const unsent = unsentCount(rows);
  // (Files kept for someone who may upload are not lost by leaving: no question then.)
  const guarded = mayUpload && unsent > 0;
  const leaveGuard = useUnsavedChangesGuard(guarded, guarded, 'upload');
  const finished = rows.filter((r) => r.status === 'done').length;
  // Files not uploaded before a reload come back, with a notice while any of them is unsent.
  const kept = useKeptBatch(rows, batch.restore, mayUpload);
  const restoredUnsent = kept.notice
    ? rows.filter((r) => kept.notice!.ids.includes(r.id) && isUnsent(r))
    : [];

  const onNotFiles = (kind: NotFileDrop) => {
    const text = notFileDropText(kind);
    setRejected([]);
    setNotFiles(text);
    announce(`Nothing was added: ${text.charAt(0).toLowerCase()}${text.slice(1)}`);
  };

  const onChoose = (files: File[], refused: string[]) => {
    setNotFiles(null);
    setRejected(refused);
    const n = refused.length;
    const note = n
      ? `${n} ${n === 1 ? 'file was' : 'files were'} not added: ${refused.join(' ')}`
      : '';
    // Said with the files added once they are checked: a second message right after this one
    // would replace it before a screen reader has read it.
    if (files.length) batch.addFiles(files, note);
    else if (note) announce(note);
  };

  // Upload pressed with required fields empty: once their errors show, the first one takes focus.
  const [focusErrorIn, setFocusErrorIn] = useState<{ rowId: string | null } | null>(null);
  useEffect(() => {
    if (!focusErrorIn) return;
    setFocusErrorIn(null);
    const rowId = focusErrorIn.rowId;
    const scope = rowId
      ? [...(panelRef.current?.querySelectorAll(`[${focusParts.row}]`) ?? [])].find(
          (r) => r.getAttribute(focusParts.row) === rowId,
        )
      : panelRef.current;
    scope?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusErrorIn]);

  const askForFields = (files: number, rowId: string | null) => {
    announce(`Fill in the required fields of ${files} ${files === 1 ? 'file' : 'files'}.`);
    setFocusErrorIn({ rowId });
  };

  const uploadAll = () => {
    markAttempted(candidates.map((r) => r.id));
    if (incomplete.length) askForFields(incomplete.length, null);
    // Every restored file goes with the rest: what the notice offered is done, and each row
    // says how its upload went (one that cannot be sent yet keeps the notice).
    if (kept.notice && restoredUnsent.every(isUploadable)) kept.dismiss();
    batch.uploadAll();
  };

  // The restored files only (files added since are left as they are).
  const uploadRestored = () => {
    const restored = candidates.filter((r) => restoredUnsent.includes(r));
    markAttempted(restored.map((r) => r.id));
    const empty = restored.filter((r) => !isUploadable(r)).length;
    if (empty) askForFields(empty, null);
    restored.forEach(batch.upload);
  };

  // With two files or more still to fill in: the first one's Description and Resource type.
  const apply = applyToAll(rows);
  const applyAll = () => {
    if (!apply) return;
    for (const { id, patch } of apply.patches)
      for (const [field, value] of Object.entries(patch))
        batch.setField(id, field as FieldName, value);
    const source = shownFileName(apply.source.file.name);
    // Nothing changes on the page then: a notification says why (and is announced as it shows).
    const reason = nothingAppliedReason(apply, source);
    if (reason) toast({ title: 'Nothing was applied', description: reason, tone: 'info' });
    else announce(applyToAllText(apply, source));
  };

  const count = candidates.length;
  if (!mayUpload)
    return unsent > 0 ? <KeptWhileNotAllowedNotice who={who} unsent={unsent} /> : null;
  return (
    <Card
      title="Upload definitions"
      description="Files are checked here before anything is sent; at most three upload at a time."
    >
      <div className={styles.stack} ref={panelRef}>
        <DropZone maxBytes={maxBytes} onChoose={onChoose} onNotFiles={onNotFiles} />
        {notFiles && (
          <Banner
            tone="warning"
            title="Nothing was added"
            actions={
              <Button size="sm" variant="ghost" onClick={() => setNotFiles(null)}>
                Dismiss
              </Button>
            }
          >
            {notFiles}
          </Banner>
        )}
        {rejected.length > 0 && (
          <Banner
            tone="warning"
            title={`${rejected.length} ${rejected.length === 1 ? 'file was' : 'files were'} not added`}
            actions={
              <Button size="sm" variant="ghost" onClick={() => setRejected([])}>
                Dismiss
              </Button>
            }
          >
            <ul className={styles.rejected}>
              {rejected.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </Banner>
        )}
        {kept.notice && restoredUnsent.length > 0 && (
          <KeptBatchNotice
            count={restoredUnsent.length}
            checking={restoredUnsent.some((r) => r.status === 'checking')}
            onUpload={() => {
              kept.dismiss();
              uploadRestored();
            }}
            onDiscard={() => {
              kept.dismiss();
              batch.discard(restoredUnsent.map((row) => row.id));
              announce('The files you had not uploaded were discarded.');
            }}
          />
        )}
        {rows.length > 0 && (
          <>
            <div className={styles.toolbar} {...{ [focusParts.toolbar]: '' }}>
              <Button
                variant="primary"
                icon={<Upload />}
                onClick={uploadAll}
                disabled={count === 0}
              >
                {count > 0 ? `Upload ${count} ${count === 1 ? 'file' : 'files'}` : 'Upload'}
              </Button>
              <Button icon={<X />} onClick={batch.cancelAll} disabled={inFlight === 0}>
                Cancel all
              </Button>
              {apply && <ApplyToAllButton apply={apply} onApply={applyAll} />}
              <Button variant="ghost" onClick={batch.clearFinished} disabled={finished === 0}>
                Clear uploaded
              </Button>
              {overall !== null && (
                <div className={styles.overall}>
                  <span className={styles.overallLabel}>{overallStatusText(rows)}</span>
                  <ProgressBar
                    label="Overall upload progress"
                    value={overall}
                    tone={inFlight ? 'accent' : 'success'}
                  />
                </div>
              )}
            </div>
            <ul className={styles.rows} aria-label="Files to upload">
              {rows.map((row) => (
                <BatchRowCard
                  key={row.id}
                  row={row}
                  existingNames={existingNames}
                  locale={locale}
                  batchWarning={batchNameWarning(rows, row)}
                  contentWarning={sameContentWarning(rows, row, batch.uploaded, existingKeys)}
                  showFieldErrors={attempted.has(row.id)}
                  onField={(field, value) => batch.setField(row.id, field, value)}
                  onUpload={() => {
                    markAttempted([row.id]);
                    if (!isUploadable(row)) askForFields(1, row.id);
                    batch.upload(row);
                  }}
                  onCancel={() => batch.cancel(row.id)}
                  onRemove={() => batch.remove(row.id)}
                  onDeleteStored={() => batch.deleteStored(row.id)}
                />
              ))}
            </ul>
          </>
        )}
      </div>
      <LeaveWhileUploadingDialog blocker={leaveGuard} uploading={inFlight} unsent={unsent} />
    </Card>
  );
}
