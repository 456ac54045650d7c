import type { ReactNode } from 'react';
import { Button, type ButtonProps } from './Button.tsx';
import { Tooltip } from './Tooltip.tsx';
import { cx } from './cx.ts';
import styles from './IconButton.module.css';

export interface IconButtonProps extends Omit<ButtonProps, 'children' | 'icon' | 'aria-label'> {
  /** The accessible name, also shown as the tooltip. */
  label: string;
  icon: ReactNode;
  /** Hide the tooltip (e.g. when the label is visible nearby). */
  noTooltip?: boolean;
}

export function IconButton({
  label,
  icon,
  variant = 'ghost',
  size = 'md',
  noTooltip,
  className,
  ...rest
}: IconButtonProps) {
  const button = (
    <Button
      {...rest}
      variant={variant}
      size={size}
      aria-label={label}
      icon={icon}
      className={cx(styles.iconButton, size === 'sm' && styles.sm, className)}
    />
  );
  return noTooltip ? button : <Tooltip content={label}>{button}</Tooltip>;
}
