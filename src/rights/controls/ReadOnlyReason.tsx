import { useId, type ReactNode } from 'react';
import { VisuallyHidden } from '../../ui/VisuallyHidden.tsx';
import { DEFAULT_READ_ONLY_REASON, type FieldAccess } from '../fieldAccess.ts';
import { asSentence } from '../reason.ts';

/**
 * Why a read-only field's controls are disabled, for controls that are not Rights* fields (a
 * goal's condition rows: field, operator, values, parentheses, Active, And/Or, all under one
 * FieldProperty). A screen reader reaching a disabled control hears "dimmed" and must also hear
 * why, as Rights* fields say it (RightsFieldFrame, FormWideReason). Render `node` once and put
 * `id` in each control's aria-describedby; both are empty while the field may be changed.
 */
export function useReadOnlyReason(access: FieldAccess): {
  id: string | undefined;
  node: ReactNode;
} {
  const id = `read-only-reason-${useId()}`;
  if (!access.readOnly) return { id: undefined, node: null };
  return {
    id,
    node: (
      <VisuallyHidden id={id}>
        {asSentence(access.reason || DEFAULT_READ_ONLY_REASON)}
      </VisuallyHidden>
    ),
  };
}
