import * as Menu from '@radix-ui/react-dropdown-menu';
import type { ReactElement, ReactNode } from 'react';
import { cx } from './cx.ts';
import styles from './DropdownMenu.module.css';

export interface DropdownMenuProps {
  /** One button; it gets aria-haspopup/expanded and opens the menu (Enter, Space, ArrowDown). */
  trigger: ReactElement;
  children: ReactNode;
  align?: 'start' | 'center' | 'end';
  /** Names the menu for screen readers when the trigger's name is not enough. */
  'aria-label'?: string;
}

export function DropdownMenu({ trigger, children, align = 'end', ...aria }: DropdownMenuProps) {
  return (
    // Not modal: a modal menu aria-hides the page around it, which axe reports as hidden
    // focusable content; a menu needs no focus trap (Escape and outside clicks close it).
    <Menu.Root modal={false}>
      <Menu.Trigger asChild>{trigger}</Menu.Trigger>
      <Menu.Portal>
        {/* A margin from the window's edges: a menu flush with the edge looks cut off there. */}
        <Menu.Content
          {...aria}
          align={align}
          sideOffset={4}
          collisionPadding={8}
          className={styles.content}
        >
          {children}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}

export interface DropdownMenuItemProps {
  onSelect?: (event: Event) => void;
  icon?: ReactNode;
  tone?: 'default' | 'danger';
  disabled?: boolean;
  /** Ids of what says more about the item, e.g. why it is off (read with it on reaching it). */
  'aria-describedby'?: string;
  children: ReactNode;
}

export function DropdownMenuItem({
  onSelect,
  icon,
  tone = 'default',
  disabled,
  'aria-describedby': describedBy,
  children,
}: DropdownMenuItemProps) {
  return (
    <Menu.Item
      onSelect={onSelect}
      disabled={disabled}
      aria-describedby={describedBy}
      className={cx(styles.item, tone === 'danger' && styles.danger)}
    >
      {icon && (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      )}
      {children}
    </Menu.Item>
  );
}

export function DropdownMenuSeparator() {
  return <Menu.Separator className={styles.separator} />;
}

export function DropdownMenuLabel({ children }: { children: ReactNode }) {
  return <Menu.Label className={styles.label}>{children}</Menu.Label>;
}
