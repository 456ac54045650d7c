import type { ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import { cx } from './cx.ts';
import type { ButtonSize, ButtonVariant } from './Button.tsx';
import styles from './Button.module.css';
import own from './ButtonLink.module.css';

export interface ButtonLinkProps extends LinkProps {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Leading icon; decorative. */
  icon?: ReactNode;
}

/** A router link that looks like a Button (navigation, e.g. "New goal", is a link, not a button). */
export function ButtonLink({
  variant = 'secondary',
  size = 'md',
  icon,
  className,
  children,
  ...rest
}: ButtonLinkProps) {
  return (
    <Link
      {...rest}
      className={cx(
        own.link,
        styles.button,
        styles[variant],
        size === 'sm' && styles.sm,
        className,
      )}
    >
      {icon && (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      )}
      {children}
    </Link>
  );
}
