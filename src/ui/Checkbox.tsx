import { useId, type ComponentProps, type ReactNode } from 'react';
import { cx } from './cx.ts';
import { joinIds } from './Field.tsx';
import { RequiredMarker } from './RequiredMarker.tsx';
import styles from './Checkbox.module.css';

export interface CheckboxProps extends Omit<ComponentProps<'input'>, 'type'> {
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
}

/** A native checkbox with its label to the right, plus optional description and error. */
export function Checkbox({
  label,
  description,
  error,
  id,
  className,
  required,
  'aria-describedby': describedBy,
  ...rest
}: CheckboxProps) {
  const generated = useId();
  const inputId = id ?? `checkbox-${generated}`;
  const descriptionId = description ? `${inputId}-description` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className={cx(styles.root, className)}>
      <input
        {...rest}
        id={inputId}
        type="checkbox"
        className={styles.input}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={joinIds(describedBy, descriptionId, errorId)}
      />
      <label htmlFor={inputId} className={styles.label}>
        {label}
        {required && <RequiredMarker />}
      </label>
      {description && (
        <p id={descriptionId} className={styles.description}>
          {description}
        </p>
      )}
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
