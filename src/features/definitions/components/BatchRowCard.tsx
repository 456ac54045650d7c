import { useEffect, useRef, useState } from 'react';
import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import { FileCode2, RotateCcw, Trash2, Upload, X } from 'lucide-react';
import { Badge, type BadgeTone } from '../../../ui/Badge.tsx';
import { Button } from '../../../ui/Button.tsx';
import { IconButton } from '../../../ui/IconButton.tsx';
import { Field } from '../../../ui/Field.tsx';
import { TextInput } from '../../../ui/TextInput.tsx';
import { Select } from '../../../ui/Select.tsx';
import { objectTypeOptions } from '../../../api/definitions/objectTypes.ts';
import {
  fieldErrors,
  isUploadable,
  type BatchRow,
  type FieldName,
  type RowStatus,
} from '../model/batchRow.ts';
import { nameWarning } from '../model/nameWarnings.ts';
import { formatBytes } from '../model/fileRules.ts';
import { summaryText } from '../model/summaryText.ts';
import { ProgressBar } from '../../../ui/ProgressBar.tsx';
import { focusParts } from '../hooks/useKeepFocusInPanel.ts';
import styles from './BatchRowCard.module.css';
import { shownFileName } from '../model/shownFileName.ts';
import { NAME_MAX_LENGTH } from '../model/prettifyName.ts';
import { isNameShared } from '../model/sharedNames.ts';
import { DeleteDefinitionDialog } from './DeleteDefinitionDialog.tsx';

const statusBadge: Record<RowStatus, { label: string; tone: BadgeTone }> = {
  checking: { label: 'Checking…', tone: 'neutral' },
  invalid: { label: 'Not valid', tone: 'danger' },
  ready: { label: 'Ready', tone: 'info' },
  queued: { label: 'Waiting', tone: 'neutral' },
  uploading: { label: 'Uploading', tone: 'accent' },
  done: { label: 'Uploaded', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  refused: { label: 'Too large', tone: 'danger' },
  cancelled: { label: 'Cancelled', tone: 'warning' },
};

export interface BatchRowCardProps {
  row: BatchRow;
  existingNames: readonly string[];
  /** Another file of the batch with the same name (see `batchNameWarning`). */
  batchWarning?: string | null;
  /** A copy of another file's text (see `sameContentWarning`). */
  contentWarning?: string | null;
  showFieldErrors: boolean;
  onField: (field: FieldName, value: string) => void;
  onUpload: () => void;
  onCancel: () => void;
  onRemove: () => void;
  /**
   * Deletes from the platform what the file was stored as although its upload was cancelled
   * (asked first, as the list asks); rejects with what to say when it fails.
   */
  onDeleteStored: () => Promise<void>;
  /** The user's culture, for counts. */
  locale?: string;
}

/** One file of the batch: checks, the three required fields, progress, and its actions. */
export function BatchRowCard({
  row,
  existingNames,
  batchWarning = null,
  contentWarning = null,
  showFieldErrors,
  onField,
  onUpload,
  onCancel,
  onRemove,
  onDeleteStored,
  locale,
}: BatchRowCardProps) {
  const badge = statusBadge[row.status];
  const inFlight = row.status === 'queued' || row.status === 'uploading';
  const locked = inFlight || row.status === 'done' || row.status === 'refused';
  const failed = row.status === 'failed' || row.status === 'refused';
  const errors = showFieldErrors ? fieldErrors(row) : {};
  const warning =
    row.status === 'done'
      ? null
      : [nameWarning(row.name, existingNames) ?? batchWarning, contentWarning]
          .filter(Boolean)
          .join(' ') || null;
  const showProgress = inFlight || row.status === 'done' || failed;
  const file = shownFileName(row.file.name);
  // The question before deleting the stored copy, about the definition it was opened for (kept
  // while the dialog closes, when the row no longer has it); `n` gives each question a fresh
  // dialog (no error carried over from an earlier one), as the list's Delete does.
  const [askDelete, setAskDelete] = useState<{
    definition: WorkflowDefinition | null;
    open: boolean;
    n: number;
  }>({ definition: null, open: false, n: 0 });
  // Once deleted, the Delete button is gone: focus goes to the row's first action (Retry) when
  // the dialog has closed, rather than to the top of the page.
  const [deleted, setDeleted] = useState(false);
  const actionsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!deleted || askDelete.open) return;
    setDeleted(false);
    actionsRef.current?.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
  }, [deleted, askDelete.open]);
  return (
    <li className={styles.row} {...{ [focusParts.row]: row.id }}>
      <section aria-label={file} className={styles.card}>
        <div className={styles.header}>
          <FileCode2 aria-hidden="true" className={styles.fileIcon} />
          <div className={styles.fileText}>
            <span className={styles.fileName}>{file}</span>
            <span className={styles.meta}>
              {formatBytes(row.file.size)}
              {row.summary && ` · ${summaryText(row.summary, locale)}`}
            </span>
          </div>
          <div className={styles.status}>
            <Badge tone={badge.tone}>{badge.label}</Badge>
            <div className={styles.actions} ref={actionsRef} {...{ [focusParts.rowActions]: '' }}>
              {(row.status === 'failed' || row.status === 'cancelled') && (
                <Button
                  size="sm"
                  icon={<RotateCcw />}
                  onClick={onUpload}
                  disabled={!isUploadable(row)}
                  aria-label={`Retry ${file}`}
                >
                  Retry
                </Button>
              )}
              {row.status === 'done' && row.storedDespiteCancel && row.result && (
                <Button
                  size="sm"
                  variant="danger"
                  icon={<Trash2 />}
                  onClick={() =>
                    setAskDelete((a) => ({ definition: row.result, open: true, n: a.n + 1 }))
                  }
                  aria-label={`Delete “${row.result.Name}” from the platform`}
                >
                  Delete
                </Button>
              )}
              {row.status === 'ready' && (
                <Button
                  size="sm"
                  icon={<Upload />}
                  onClick={onUpload}
                  aria-label={`Upload ${file}`}
                >
                  Upload
                </Button>
              )}
              {inFlight ? (
                <Button
                  size="sm"
                  variant="ghost"
                  icon={<X />}
                  onClick={onCancel}
                  aria-label={`Cancel ${file}`}
                >
                  Cancel
                </Button>
              ) : (
                <IconButton
                  size="sm"
                  label={`Remove ${file} from the batch`}
                  // An uploaded file stays on the platform: a bin here would read as deleting it
                  // (the row stored despite its cancel has a Delete of its own for that).
                  icon={row.status === 'done' ? <X /> : <Trash2 />}
                  onClick={onRemove}
                  {...{ [focusParts.remove]: '' }}
                />
              )}
            </div>
          </div>
        </div>

        {row.problem && (
          <div className={styles.problem}>
            <p>
              <strong>Not sent:</strong> {row.problem}
            </p>
            {row.position && row.excerpt !== null && (
              <pre className={styles.excerpt}>
                <span className={styles.lineNo} aria-hidden="true">
                  {row.position.line} |{' '}
                </span>
                {row.excerpt}
              </pre>
            )}
          </div>
        )}

        {!row.problem && row.status !== 'checking' && (
          <div className={styles.fields}>
            <Field label="Name" required error={errors.name} note={warning ?? undefined}>
              <TextInput
                value={row.name}
                disabled={locked}
                maxLength={NAME_MAX_LENGTH}
                onChange={(e) => onField('name', e.target.value)}
              />
            </Field>
            <Field label="Description" required error={errors.description}>
              <TextInput
                value={row.description}
                disabled={locked}
                maxLength={1000}
                placeholder="What this workflow does"
                onChange={(e) => onField('description', e.target.value)}
              />
            </Field>
            <Field label="Resource type" required error={errors.objectType}>
              <Select
                options={objectTypeOptions}
                value={row.objectType}
                disabled={locked}
                placeholder="Choose a type…"
                onValueChange={(v) => onField('objectType', v)}
              />
            </Field>
          </div>
        )}

        {showProgress && (
          <div className={styles.progress}>
            <ProgressBar
              label={`Upload progress of ${file}`}
              value={row.status === 'done' ? 1 : row.progress}
              tone={row.status === 'done' ? 'success' : failed ? 'danger' : 'accent'}
            />
            <span className={styles.percent}>
              {Math.round((row.status === 'done' ? 1 : row.progress) * 100)} %
            </span>
          </div>
        )}
        {row.status === 'uploading' && row.progress >= 1 && (
          <p className={styles.meta}>Sent; waiting for the platform to check and store it…</p>
        )}
        {row.status === 'queued' && (
          <p className={styles.meta}>Waiting: at most three files upload at a time.</p>
        )}
        {row.status === 'done' && row.result && (
          <p className={styles.done}>
            Uploaded as key <code>{row.result.Key}</code>
          </p>
        )}
        {row.note && <p className={styles.meta}>{row.note}</p>}
        {failed && row.error && <p className={styles.problem}>{row.error}</p>}
      </section>
      {askDelete.definition && (
        <DeleteDefinitionDialog
          key={askDelete.n}
          definition={askDelete.definition}
          sharedName={isNameShared(askDelete.definition.Name, existingNames)}
          open={askDelete.open}
          onOpenChange={(open) => setAskDelete((a) => ({ ...a, open }))}
          onConfirm={async () => {
            await onDeleteStored();
            setDeleted(true);
          }}
        />
      )}
    </li>
  );
}
