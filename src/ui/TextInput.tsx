import type { ComponentProps } from 'react';
import { cx } from './cx.ts';
import styles from './Input.module.css';

export type TextInputProps = ComponentProps<'input'>;

export function TextInput({ className, type = 'text', ...rest }: TextInputProps) {
  return <input {...rest} type={type} className={cx(styles.input, className)} />;
}
