import { AlertCircle, AlertTriangle } from 'lucide-react';
import {
  cloneElement,
  isValidElement,
  useId,
  useRef,
  type ReactElement,
  type ReactNode,
} from 'react';
import { cx } from './cx.ts';
import { RequiredMarker } from './RequiredMarker.tsx';
import { useAnnouncedNote } from './useAnnouncedNote.ts';
import { VisuallyHidden } from './VisuallyHidden.tsx';
import styles from './Field.module.css';

/** What Field passes to its control so label, description and error are wired up. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
}

export interface FieldProps {
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  /**
   * A warning about the value that does not stop the form (shown under the control, read with
   * it, and said once typing pauses when it appears or changes): for something allowed but
   * probably not meant, e.g. an unknown name.
   */
  note?: ReactNode;
  /** Shows the required marker and sets aria-required on the control. */
  required?: boolean;
  /** The control's id; generated when absent. */
  id?: string;
  /** Keep the label for screen readers only (e.g. inside a grid cell). */
  hideLabel?: boolean;
  className?: string;
  /** Either a render prop receiving the control props, or one element they are cloned into. */
  children: ((control: FieldControlProps) => ReactNode) | ReactElement<Partial<FieldControlProps>>;
}

export function Field({
  label,
  description,
  error,
  note,
  required,
  id,
  hideLabel,
  className,
  children,
}: FieldProps) {
  const generated = useId();
  const controlId = id ?? `field-${generated}`;
  const descriptionId = description ? `${controlId}-description` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const noteId = note ? `${controlId}-note` : undefined;
  const fieldRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  useAnnouncedNote(fieldRef, noteRef);
  const control: FieldControlProps = {
    id: controlId,
    'aria-describedby': joinIds(descriptionId, errorId, noteId),
    'aria-invalid': error ? true : undefined,
    'aria-required': required ? true : undefined,
  };

  let rendered: ReactNode;
  if (typeof children === 'function') rendered = children(control);
  else if (isValidElement(children)) {
    const own = children.props['aria-describedby'];
    rendered = cloneElement(children, {
      ...control,
      'aria-describedby': joinIds(own, control['aria-describedby']),
    });
  }

  const labelContent = (
    <>
      {label}
      {required && <RequiredMarker />}
    </>
  );

  return (
    <div ref={fieldRef} className={cx(styles.field, className)}>
      <label htmlFor={controlId} className={styles.label}>
        {hideLabel ? <VisuallyHidden>{labelContent}</VisuallyHidden> : labelContent}
      </label>
      {description && (
        <p id={descriptionId} className={styles.description}>
          {description}
        </p>
      )}
      {rendered}
      {error && (
        <p id={errorId} className={styles.error}>
          <AlertCircle aria-hidden="true" />
          <span>{error}</span>
        </p>
      )}
      {note && (
        <p id={noteId} ref={noteRef} className={styles.note}>
          <AlertTriangle aria-hidden="true" />
          <span>{note}</span>
        </p>
      )}
    </div>
  );
}

export function joinIds(...ids: (string | undefined)[]): string | undefined {
  const s = ids.filter(Boolean).join(' ');
  return s || undefined;
}
