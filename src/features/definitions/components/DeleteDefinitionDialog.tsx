import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import { sharedNameNote } from '../model/sharedNames.ts';

/** Longest name a dialog title shows whole; longer ones (the platform takes any) are cut. */
const TITLE_NAME_MAX = 120;
const shownInTitle = (name: string) =>
  name.length > TITLE_NAME_MAX
    ? `${name
        .slice(0, TITLE_NAME_MAX - 1)
        .replace(/[\uD800-\uDBFF]$/, '')
        .trimEnd()}…`
    : name;

export interface DeleteDefinitionDialogProps {
  definition: WorkflowDefinition;
  /** Another definition on the platform has the same name: the question says which one. */
  sharedName: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Deletes it; a failure's message is shown in the dialog, which stays open to try again. */
  onConfirm: () => Promise<void>;
}

/**
 * The one question before a definition is deleted from the platform, wherever the Delete is (the
 * list, or a batch row whose file was stored although its upload was cancelled): same words.
 */
export function DeleteDefinitionDialog({
  definition,
  sharedName,
  open,
  onOpenChange,
  onConfirm,
}: DeleteDefinitionDialogProps) {
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete “${shownInTitle(definition.Name)}”?`}
      message={
        <>
          {sharedName && <>{sharedNameNote(definition)} </>}
          The definition is removed from the API platform. Resources that use it fall back to the
          platform&apos;s default workflow. This cannot be undone.
        </>
      }
      confirmLabel="Delete definition"
      tone="danger"
      onConfirm={onConfirm}
    />
  );
}
