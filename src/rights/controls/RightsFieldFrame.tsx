import type { ReactNode } from 'react';
import { Field, joinIds, type FieldControlProps } from '../../ui/Field.tsx';
import type { AccessModel } from '../accessModel.ts';
import type { FieldAccess } from '../fieldAccess.ts';
import { useAccessModel } from '../FieldRightsContext.ts';
import { asSentence } from '../reason.ts';
import { readOnlyForFormReason, useFormWideReason } from './FormWideReason.tsx';

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
 * The form-wide read-only reason is shown once, by ReadOnlyBanner, rather than on every field;
 * each field still carries it for screen readers (useFormWideReason).
 */
export function describeWithReason(
  description: ReactNode,
  access: FieldAccess,
  model: AccessModel,
): ReactNode {
  const own = readOnlyForFormReason(access, model) ? '' : access.reason;
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
  const formReason = useFormWideReason(access, model);
  return (
    <Field
      label={label}
      description={describeWithReason(description, access, model)}
      error={error}
      note={note}
      required={access.mandatory}
      className={className}
    >
      {(control) => (
        <>
          {children({
            ...control,
            'aria-describedby': joinIds(control['aria-describedby'], formReason.id),
          })}
          {formReason.node}
        </>
      )}
    </Field>
  );
}
