import type { ComponentProps } from 'react';
import { cx } from './cx.ts';
import styles from './Input.module.css';

export type NumberInputProps = Omit<ComponentProps<'input'>, 'type'>;

/**
 * A text input for numbers: type=number mangles locale formats ("1 234,5") and pasted values,
 * so we take text with a decimal keypad and let the caller parse.
 */
export function NumberInput({ className, inputMode = 'decimal', ...rest }: NumberInputProps) {
  return (
    <input
      autoComplete="off"
      {...rest}
      type="text"
      inputMode={inputMode}
      className={cx(styles.input, styles.numeric, className)}
    />
  );
}
