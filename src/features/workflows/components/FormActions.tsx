import { Save, Trash2 } from 'lucide-react';
import type { AccessModel } from '../../../rights/index.ts';
import { Button, ConfirmDialog } from '../../../ui/index.ts';
import { deleteQuestion } from '../logic/deleteQuestion.ts';
import styles from './FormActions.module.css';

export interface FormActionsProps {
  model: AccessModel;
  isNew: boolean;
  dirty: boolean;
  saving: boolean;
  what: string;
  /** The delete dialog's message: which record goes, and what with it (deleteQuestion). */
  deleteMessage?: string;
  onDelete?: () => Promise<void> | void;
  deleting?: boolean;
}

/**
 * Save (only with Update, or Insert for a new record; disabled while saving, and for a saved
 * record while pristine: a new one can be saved as the server proposed it) and Delete (only
 * with Delete, after confirmation). Read-only users see neither.
 */
export function FormActions({
  model,
  isNew,
  dirty,
  saving,
  what,
  deleteMessage,
  onDelete,
  deleting,
}: FormActionsProps) {
  const canSave = isNew ? model.table.canInsert : model.table.canUpdate;
  const canDelete = !isNew && model.table.canDelete && onDelete;
  if (!canSave && !canDelete) return null;
  return (
    <div className={styles.bar}>
      {canSave && (
        // Save with its status: in a narrow window the status goes under Save, on one line,
        // rather than squeezed between Save and Delete a word a line.
        <div className={styles.saveGroup}>
          <Button
            type="submit"
            // The form's onKeyDown (submitOnSaveShortcut) presses it.
            title="Save (Ctrl+S)"
            aria-keyshortcuts="Control+S Meta+S"
            variant="primary"
            icon={<Save size={16} />}
            loading={saving}
            disabled={!dirty && !isNew}
          >
            Save
          </Button>
          <span className={styles.hint} role="status">
            {saving
              ? 'Saving…'
              : dirty
                ? 'Unsaved changes'
                : isNew
                  ? 'Not saved yet'
                  : 'No changes'}
          </span>
        </div>
      )}
      <span className={styles.spacer} />
      {canDelete && (
        <ConfirmDialog
          title={`Delete this ${what}?`}
          message={deleteMessage ?? deleteQuestion({ what })}
          confirmLabel={`Delete ${what}`}
          tone="danger"
          onConfirm={onDelete}
          trigger={
            <Button variant="danger" icon={<Trash2 size={16} />} loading={deleting}>
              Delete
            </Button>
          }
        />
      )}
    </div>
  );
}
