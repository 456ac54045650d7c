import type { ReactNode } from 'react';
import { Field, type FieldControlProps } from '../../ui/Field.tsx';
import type { AccessModel } from '../accessModel.ts';
import type { FieldAccess } from '../fieldAccess.ts';
import { useAccessModel } from '../FieldRightsContext.ts';
import { asSentence } from '../reason.ts';

/** What every Rights* control takes. */
export interface RightsFieldProps {
  /** Form path (react-hook-form name). */
  name: string;
  /** FieldProperties key, when it differs from `name`. */
  rightsName?: string;
  label: ReactNode;
  description?: ReactNode;
  /** A warning that does not stop the form (Field's `note`). */
  note?: ReactNode;
  className?: string;
}

/**
 * The server's Reason under the caller's description (read-only: why; mandatory: the hint).
 * The form-wide read-only reason is left to ReadOnlyBanner rather than repeated on every field.
 */
export function describeWithReason(
  description: ReactNode,
  access: FieldAccess,
  model: AccessModel,
): ReactNode {
  const own = model.formReadOnly && access.reason === model.readOnlyReason ? '' : access.reason;
  if (!own) return description;
  // Servers often send it without its full stop ("Only a 'Targets administrator' may change this").
  const reason = asSentence(own);
  if (!description) return reason;
  return (
    <>
      {description}
      <br />
      {reason}
    </>
  );
}

/** Field with label, description+reason, error and required marker, from the field's access. */
export function RightsFieldFrame({
  access,
  label,
  description,
  error,
  note,
  className,
  children,
}: {
  access: FieldAccess;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  note?: ReactNode;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const model = useAccessModel();
  return (
    <Field
      label={label}
      description={describeWithReason(description, access, model)}
      error={error}
      note={note}
      required={access.mandatory}
      className={className}
    >
      {children}
    </Field>
  );
}
