import type { ComponentProps } from 'react';
import { cx } from './cx.ts';
import styles from './Input.module.css';

export type DateInputProps = Omit<ComponentProps<'input'>, 'type'> & {
  /** 'date' (yyyy-mm-dd) or 'datetime-local'. */
  kind?: 'date' | 'datetime-local';
};

export function DateInput({ className, kind = 'date', ...rest }: DateInputProps) {
  return <input {...rest} type={kind} className={cx(styles.input, className)} />;
}
