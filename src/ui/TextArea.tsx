import type { ComponentProps } from 'react';
import { cx } from './cx.ts';
import styles from './Input.module.css';

export type TextAreaProps = ComponentProps<'textarea'>;

export function TextArea({ className, rows = 3, ...rest }: TextAreaProps) {
  return (
    <textarea {...rest} rows={rows} className={cx(styles.input, styles.textarea, className)} />
  );
}
