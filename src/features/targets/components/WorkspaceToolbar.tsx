import { Download, MoreHorizontal, Redo2, Save, Undo2, Upload, X } from 'lucide-react';
import { Badge } from '../../../ui/Badge.tsx';
import { Button } from '../../../ui/Button.tsx';
import { IconButton } from '../../../ui/IconButton.tsx';
import { csvDialect } from '../model/csv.ts';
import type { Workspace } from './useWorkspace.ts';
import styles from './TargetsWorkspace.module.css';

/** Undo, Redo, Row actions, Export, Import, the unsaved-changes count, Discard and Save. */
export function WorkspaceToolbar({ ws, locale }: { ws: Workspace; locale: string }) {
  const { canEdit, planner, focusGrid, rowActions, selection, csv, saveFlow } = ws;
  const narrowIcon = canEdit ? styles.narrowIcon : undefined;
  const wideText = canEdit ? styles.wideText : undefined;
  const openActiveRowMenu = (e: React.MouseEvent<HTMLButtonElement>) =>
    rowActions.openRowMenu(selection.get().active.row, e.currentTarget);

  return (
    <div className={styles.toolbar} role="toolbar" aria-label="Targets" ref={ws.toolbar}>
      {canEdit && (
        <>
          <IconButton
            label="Undo (Ctrl+Z)"
            icon={<Undo2 />}
            disabled={!planner.canUndo}
            onClick={() => {
              planner.undo();
              // The last undo disables the button: focus goes to the grid, not to the page.
              if (planner.get().stack.past.length === 0) focusGrid();
            }}
          />
          <IconButton
            label="Redo (Ctrl+Y)"
            icon={<Redo2 />}
            disabled={!planner.canRedo}
            onClick={() => {
              planner.redo();
              if (planner.get().stack.future.length === 0) focusGrid();
            }}
          />
          <span className={styles.sep} aria-hidden />
        </>
      )}
      {/* In a narrow window these three show their icons only (their names stay, for screen
          readers and as a tooltip), and so does Discard, so the toolbar takes one line, with the
          count of unsaved changes, and leaves the grid its rows.
          Without Undo, Import, Discard and Save (read-only) the names fit beside each other. */}
      <Button
        className={narrowIcon}
        title="Row actions"
        icon={<MoreHorizontal />}
        onClick={openActiveRowMenu}
      >
        <span className={wideText}>Row actions</span>
      </Button>
      <Button
        className={narrowIcon}
        title={`Export CSV (${csvDialect(locale).description})`}
        icon={<Download />}
        onClick={csv.exportFile}
      >
        <span className={wideText}>Export CSV</span>
      </Button>
      {canEdit && (
        <label
          className={`${styles.fileButton} ${styles.narrowIcon}`}
          title="Import CSV (comma-separated with decimal point, or semicolon-separated with decimal comma)"
        >
          <Upload aria-hidden />
          <span className={styles.wideText}>Import CSV</span>
          <input
            type="file"
            accept=".csv,text/csv"
            className={styles.fileInput}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void csv.importFile(f);
            }}
          />
        </label>
      )}
      <span className={styles.spacer} />
      {planner.changeCount > 0 && (
        <Badge
          tone="warning"
          title={`${planner.changeCount} unsaved ${planner.changeCount === 1 ? 'change' : 'changes'}`}
        >
          {planner.changeCount}
          <span className={styles.wideText}>
            {' '}
            unsaved {planner.changeCount === 1 ? 'change' : 'changes'}
          </span>
        </Badge>
      )}
      {canEdit && (
        <>
          <Button
            className={styles.narrowIcon}
            title="Discard all changes"
            icon={<X />}
            disabled={!planner.dirty || saveFlow.saving}
            onClick={() => ws.setConfirmDiscard(true)}
          >
            <span className={styles.wideText}>Discard all changes</span>
          </Button>
          <Button
            ref={ws.saveButton}
            title="Save (Ctrl+S)"
            aria-keyshortcuts="Control+S"
            variant="primary"
            icon={<Save />}
            loading={saveFlow.saving}
            disabled={!planner.dirty && !ws.editPending}
            onClick={() => {
              // The click took the focus from the cell editor, which committed its value.
              void saveFlow.submit();
            }}
          >
            Save
          </Button>
        </>
      )}
    </div>
  );
}
