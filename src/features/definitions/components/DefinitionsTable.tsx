import { Trash2 } from 'lucide-react';
import { Table } from '../../../ui/Table.tsx';
import { Badge } from '../../../ui/Badge.tsx';
import { IconButton } from '../../../ui/IconButton.tsx';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { objectTypeLabel } from '../../../api/definitions/objectTypes.ts';
import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import { formatUpdated } from '../model/formatUpdated.ts';
import { KeyCell } from './KeyCell.tsx';
import styles from './DefinitionsTable.module.css';

export interface DefinitionsTableProps {
  definitions: readonly WorkflowDefinition[];
  canDelete: boolean;
  onDelete: (d: WorkflowDefinition) => Promise<void>;
  locale?: string;
  timeZone?: string;
}

/** The definitions on the platform, with delete (after confirmation) for those who may. */
export function DefinitionsTable({
  definitions,
  canDelete,
  onDelete,
  locale,
  timeZone,
}: DefinitionsTableProps) {
  return (
    <Table caption="Workflow definitions" captionHidden density="compact">
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
              {d.Name}
            </th>
            <td className={styles.description}>{d.Description}</td>
            <td>
              {d.ObjectType ? <Badge tone="accent">{objectTypeLabel(d.ObjectType)}</Badge> : null}
            </td>
            <td>{d.State}</td>
            <td className={styles.mono}>{d.BusinessID}</td>
            <td className={styles.nowrap}>
              {d.Updated ? (
                <time dateTime={d.Updated}>{formatUpdated(d.Updated, { locale, timeZone })}</time>
              ) : null}
            </td>
            <td className={styles.key}>
              <KeyCell definitionKey={d.Key} name={d.Name} />
            </td>
            {canDelete && (
              <td className={styles.actions}>
                <ConfirmDialog
                  title={`Delete “${d.Name}”?`}
                  message="The definition is removed from the API platform. Resources that use it fall back to the platform's default workflow. This cannot be undone."
                  confirmLabel="Delete definition"
                  tone="danger"
                  onConfirm={() => onDelete(d)}
                  trigger={<IconButton size="sm" label={`Delete ${d.Name}`} icon={<Trash2 />} />}
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
