import type { ReactNode } from 'react';
import { Field, type FieldControlProps } from '../../ui/Field.tsx';
import type { FieldAccess } from '../fieldAccess.ts';

/** What every Rights* control takes. */
export interface RightsFieldProps {
  /** Form path (react-hook-form name). */
  name: string;
  /** FieldProperties key, when it differs from `name`. */
  rightsName?: string;
  label: ReactNode;
  description?: ReactNode;
  className?: string;
}

/** The server's Reason joined to the caller's description (read-only: why; mandatory: the hint). */
export function describeWithReason(description: ReactNode, access: FieldAccess): ReactNode {
  if (!access.reason) return description;
  if (!description) return access.reason;
  return (
    <>
      {description} {access.reason}
    </>
  );
}

/** Field with label, description+reason, error and required marker, from the field's access. */
export function RightsFieldFrame({
  access,
  label,
  description,
  error,
  className,
  children,
}: {
  access: FieldAccess;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  return (
    <Field
      label={label}
      description={describeWithReason(description, access)}
      error={error}
      required={access.mandatory}
      className={className}
    >
      {children}
    </Field>
  );
}
