import { useId, useState, type ComponentProps, type ReactNode } from 'react';
import { cx } from './cx.ts';
import { joinIds } from './Field.tsx';
import styles from './Switch.module.css';

export interface SwitchProps extends Omit<
  ComponentProps<'button'>,
  'onChange' | 'value' | 'defaultValue' | 'role'
> {
  label: ReactNode;
  description?: ReactNode;
  checked?: boolean;
  defaultChecked?: boolean;
  onCheckedChange?: (checked: boolean) => void;
}

/** An on/off switch (role=switch) with its label; controlled or uncontrolled. */
export function Switch({
  label,
  description,
  checked,
  defaultChecked = false,
  onCheckedChange,
  id,
  className,
  'aria-describedby': describedBy,
  ...rest
}: SwitchProps) {
  const generated = useId();
  const buttonId = id ?? `switch-${generated}`;
  const descriptionId = description ? `${buttonId}-description` : undefined;
  const [own, setOwn] = useState(defaultChecked);
  const on = checked ?? own;
  return (
    <div className={cx(styles.root, className)}>
      <button
        {...rest}
        id={buttonId}
        type="button"
        role="switch"
        aria-checked={on}
        aria-describedby={joinIds(describedBy, descriptionId)}
        className={styles.switch}
        onClick={(e) => {
          rest.onClick?.(e);
          if (e.defaultPrevented) return;
          setOwn(!on);
          onCheckedChange?.(!on);
        }}
      />
      <label htmlFor={buttonId} className={styles.label}>
        {label}
      </label>
      {description && (
        <p id={descriptionId} className={styles.description}>
          {description}
        </p>
      )}
    </div>
  );
}
