import { useId, type ReactNode } from 'react';
import { VisuallyHidden } from '../../ui/VisuallyHidden.tsx';
import type { AccessModel } from '../accessModel.ts';
import type { FieldAccess } from '../fieldAccess.ts';
import { asSentence } from '../reason.ts';

/** The field is read-only for the form-wide reason, which the ReadOnlyBanner shows once. */
export const readOnlyForFormReason = (access: FieldAccess, model: AccessModel): boolean =>
  model.formReadOnly && access.readOnly && access.reason === model.readOnlyReason;

/**
 * The form-wide read-only reason for screen readers, tied to one field: the banner says it once
 * on screen, but a disabled field read on its own must still say why it cannot be changed (a
 * banner is tied to no field). Absolutely positioned, so it adds no gap to the field's layout.
 * Without the banner's "Read-only:": the field is already read as unavailable ("dimmed"), and the
 * banner stays the one element on the page that reads "Read-only: …".
 */
export function useFormWideReason(
  access: FieldAccess,
  model: AccessModel,
): { id: string | undefined; node: ReactNode } {
  const id = `form-reason-${useId()}`;
  if (!readOnlyForFormReason(access, model)) return { id: undefined, node: null };
  return {
    id,
    node: <VisuallyHidden id={id}>{asSentence(model.readOnlyReason)}</VisuallyHidden>,
  };
}
