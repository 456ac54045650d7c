import { useEffect, useRef, useState } from 'react';
import { Trash2 } from 'lucide-react';
import { Table } from '../../../ui/Table.tsx';
import { cx } from '../../../ui/cx.ts';
import { Badge } from '../../../ui/Badge.tsx';
import { IconButton } from '../../../ui/IconButton.tsx';
import { objectTypeLabel } from '../../../api/definitions/objectTypes.ts';
import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import { formatUpdated } from '../model/formatUpdated.ts';
import { rowToFocusAfterDelete } from '../model/focusAfterDelete.ts';
import { deleteLabel, keysWithSharedName } from '../model/sharedNames.ts';
import { KeyCell } from './KeyCell.tsx';
import { DeleteDefinitionDialog } from './DeleteDefinitionDialog.tsx';
import styles from './DefinitionsTable.module.css';

export interface DefinitionsTableProps {
  definitions: readonly WorkflowDefinition[];
  canDelete: boolean;
  /** Resolves once the definition is gone from the platform (and from `definitions` soon after). */
  onDelete: (d: WorkflowDefinition) => Promise<void>;
  locale?: string;
  timeZone?: string;
}

/** A confirmed delete whose row has not left the list yet: where focus goes when it has. */
interface PendingFocus {
  key: string;
  keysBefore: string[];
}

/**
 * The definitions on the platform, with delete (after confirmation) for those who may. After a
 * delete, focus moves to the Delete button of the row now in its place (or the previous row);
 * when no row is left the table goes, and the list card takes care of focus.
 */
export function DefinitionsTable({
  definitions,
  canDelete,
  onDelete,
  locale,
  timeZone,
}: DefinitionsTableProps) {
  // The definition the dialog asks about; kept while the dialog closes. `n` gives each question a
  // fresh dialog (no error or busy state carried over from an earlier one).
  const [target, setTarget] = useState<{ d: WorkflowDefinition; n: number } | null>(null);
  const [open, setOpen] = useState(false);
  const [pendingFocus, setPendingFocus] = useState<PendingFocus | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Wait until the dialog has closed (it traps focus) and the row has left the list.
    if (!pendingFocus || open) return;
    const keysNow = definitions.map((d) => d.Key);
    if (keysNow.includes(pendingFocus.key)) return;
    setPendingFocus(null);
    const key = rowToFocusAfterDelete(pendingFocus.keysBefore, pendingFocus.key, keysNow);
    const button = [...(rootRef.current?.querySelectorAll('[data-delete-key]') ?? [])].find(
      (b) => b.getAttribute('data-delete-key') === key,
    );
    if (button instanceof HTMLElement) button.focus();
  }, [definitions, pendingFocus, open]);

  // Two definitions may share a name: their Delete buttons and the question say which one.
  const shared = keysWithSharedName(definitions);

  const confirmDelete = async (d: WorkflowDefinition) => {
    const keysBefore = definitions.map((x) => x.Key);
    await onDelete(d);
    setPendingFocus({ key: d.Key, keysBefore });
  };

  return (
    <div ref={rootRef}>
      <Table
        caption="Workflow definitions"
        captionHidden
        density="compact"
        className={styles.table}
        scrollLabel="Workflow definitions table"
      >
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Description</th>
            <th scope="col">Resource type</th>
            <th scope="col">State</th>
            <th scope="col">Business ID</th>
            <th scope="col">Updated{timeZone ? ` (${timeZone})` : ''}</th>
            <th scope="col">Key</th>
            {canDelete && (
              <th scope="col">
                <span className={styles.srOnly}>Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {definitions.map((d) => (
            <tr key={d.Key}>
              <th scope="row" className={styles.name}>
                <span className={cx(styles.clamp, styles.nameText)} title={d.Name}>
                  {d.Name}
                </span>
              </th>
              <td className={styles.description}>
                {d.Description ? (
                  <span className={styles.clamp} title={d.Description}>
                    {d.Description}
                  </span>
                ) : null}
              </td>
              <td>
                {d.ObjectType ? <Badge tone="accent">{objectTypeLabel(d.ObjectType)}</Badge> : null}
              </td>
              <td>{d.State}</td>
              <td className={styles.mono}>
                {d.BusinessID ? (
                  <span className={styles.truncate} title={d.BusinessID}>
                    {d.BusinessID}
                  </span>
                ) : null}
              </td>
              <td className={styles.updated}>
                {d.Updated ? (
                  <time dateTime={d.Updated}>{formatUpdated(d.Updated, { locale, timeZone })}</time>
                ) : null}
              </td>
              <td className={styles.key}>
                <KeyCell definitionKey={d.Key} name={d.Name} />
              </td>
              {canDelete && (
                <td className={styles.actions}>
                  <IconButton
                    size="sm"
                    label={deleteLabel(d, shared.has(d.Key))}
                    icon={<Trash2 />}
                    data-delete-key={d.Key}
                    onClick={() => {
                      setTarget((t) => ({ d, n: (t?.n ?? 0) + 1 }));
                      setOpen(true);
                    }}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
      {canDelete && target && (
        <DeleteDefinitionDialog
          key={target.n}
          definition={target.d}
          sharedName={shared.has(target.d.Key)}
          open={open}
          onOpenChange={setOpen}
          onConfirm={() => confirmDelete(target.d)}
        />
      )}
    </div>
  );
}
