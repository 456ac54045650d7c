import * as Menu from '@radix-ui/react-dropdown-menu';
import {
  ArrowDownToLine,
  Copy,
  Eraser,
  History,
  Lock,
  Percent,
  SplitSquareHorizontal,
  Unlock,
} from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import { DropdownMenuItem, DropdownMenuSeparator } from '../../../ui/DropdownMenu.tsx';
import menuStyles from '../../../ui/DropdownMenu.module.css';
import { joinIds } from '../../../ui/Field.tsx';
import type { TargetRow } from '../model/types.ts';
import styles from './RowActionsMenu.module.css';

export type RowActionKind =
  'yearly' | 'distribute' | 'copyRow' | 'lastYear' | 'clear' | 'lock' | 'history';

export interface RowMenuTarget {
  row: number;
  /** Where the menu opens (viewport coordinates of the button or row header). */
  rect: { left: number; top: number; width: number; height: number };
  /** What opened it (the toolbar's Row actions button, a row header). */
  opener?: HTMLElement;
}

/** How the menu closed: an item chosen, or dismissed (Escape, a click outside). */
export type RowMenuClose = 'chosen' | 'dismissed';

export interface RowActionsMenuProps {
  target: RowMenuTarget | null;
  row: TargetRow | null;
  canEdit: boolean;
  canLock: boolean;
  /** Why the user may not lock or unlock the row (the server's Reason), when `canLock` is false. */
  lockReason?: string;
  /** Why the user may change nothing in the group (its read-only reason), when `canEdit` is false. */
  readOnlyReason?: string;
  onAction(kind: RowActionKind, row: number): void;
  onClose(how: RowMenuClose): void;
}

/** Said when the server gives no reason why the whole group is read-only. */
const NO_EDIT_RIGHT = 'You may view these targets but not change them.';

/** Said when the server gives no reason for a Locked field the user may not change. */
const NO_LOCK_RIGHT = 'You may not lock or unlock this row.';

/** Why a locked row's value items are off, and what it takes to change its values. */
function lockedRowReason(mayUnlock: boolean): string {
  return mayUnlock
    ? 'This row is locked: unlock it to change its values.'
    : 'This row is locked: someone who may lock and unlock targets must unlock it before its values can be changed.';
}

/**
 * One actions menu for the whole grid, opened next to a row (rows carry only a plain button, so
 * 10,000 rows do not mount 10,000 menus). Closing returns focus to the grid, or when dismissed,
 * to what opened it (the toolbar's button, as a menu button does).
 */
export function RowActionsMenu({
  target,
  row,
  canEdit,
  canLock,
  lockReason = '',
  readOnlyReason = '',
  onAction,
  onClose,
}: RowActionsMenuProps) {
  const open = target !== null && row !== null;
  const editable = canEdit && !!row && !row.locked && !row.derived && !row.restriction;
  // Why items are off, said in the menu: disabled items are skipped by the arrow keys, so the
  // reasons are also the menu's description, read as the menu opens. Each off item also points
  // to its own reason (aria-describedby), and the lock reason stands under the lock item: above
  // the value items it read as theirs.
  const ownRow = canEdit && !!row && !row.derived;
  // A row whose lock the user may not see has no lock item (nor lock reason) at all.
  const lockable = ownRow && !row.hidden?.locked;
  const valueReasons = [
    // A viewer's items were all off with no word why.
    !canEdit && row ? readOnlyReason || NO_EDIT_RIGHT : '',
    ownRow && row.locked ? lockedRowReason(canLock) : ownRow ? (row.restriction ?? '') : '',
  ];
  const lockOffReason = lockable && !canLock ? lockReason || NO_LOCK_RIGHT : '';
  const reasonId = useId();
  const valueReasonIds = valueReasons.map((r, i) => (r ? `${reasonId}-${i}` : ''));
  const lockReasonId = lockOffReason ? `${reasonId}-lock` : '';
  const valueDescribedBy = joinIds(...valueReasonIds);
  const valueItemProps = {
    disabled: !editable,
    'aria-describedby': editable ? undefined : valueDescribedBy,
  };
  const describedBy = joinIds(...valueReasonIds, lockReasonId);
  // Whether the close that comes is an item's; reset on each opening (Revision history closes
  // the menu itself, so Radix reports no close for it).
  const chosen = useRef(false);
  useEffect(() => {
    if (open) chosen.current = false;
  }, [open, target]);
  const act = (kind: RowActionKind) => () => {
    chosen.current = true;
    if (target) onAction(kind, target.row);
  };
  // Mounted already open (its code arrived with the request to open it), Radix has not seen
  // the key that opened it and focuses the menu itself: move focus to the first item, as a
  // menu opened from the keyboard does.
  const openedOnMount = useRef(open);
  useEffect(() => {
    if (!openedOnMount.current || !open) return;
    openedOnMount.current = false;
    const id = requestAnimationFrame(() => {
      const menu = document.activeElement;
      if (menu?.getAttribute('role') === 'menu')
        menu.querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')?.focus();
    });
    return () => cancelAnimationFrame(id);
  }, [open]);
  return (
    <Menu.Root
      open={open}
      onOpenChange={(o) => {
        if (o) return;
        onClose(chosen.current ? 'chosen' : 'dismissed');
        chosen.current = false;
      }}
      modal={false}
    >
      <Menu.Trigger asChild>
        <span
          aria-hidden
          style={{
            position: 'fixed',
            left: target?.rect.left ?? 0,
            top: target?.rect.top ?? 0,
            width: target?.rect.width ?? 0,
            height: target?.rect.height ?? 0,
            pointerEvents: 'none',
          }}
        />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          className={menuStyles.content}
          align="start"
          sideOffset={4}
          // A margin from the window's edges: flush with the edge, the menu looked cut off there.
          collisionPadding={8}
          aria-label={row ? `Actions for ${row.label}` : 'Row actions'}
          aria-describedby={describedBy || undefined}
          onCloseAutoFocus={(e) => e.preventDefault()}
        >
          {valueReasons.map(
            (r, i) =>
              r && (
                <p key={i} id={valueReasonIds[i]} className={styles.reason}>
                  {r}
                </p>
              ),
          )}
          <DropdownMenuItem
            icon={<SplitSquareHorizontal />}
            {...valueItemProps}
            onSelect={act('yearly')}
          >
            Set yearly amount, split evenly…
          </DropdownMenuItem>
          <DropdownMenuItem
            icon={<ArrowDownToLine />}
            {...valueItemProps}
            onSelect={act('distribute')}
          >
            Distribute a new total…
          </DropdownMenuItem>
          <DropdownMenuItem icon={<Copy />} {...valueItemProps} onSelect={act('copyRow')}>
            Copy from another row…
          </DropdownMenuItem>
          <DropdownMenuItem icon={<Percent />} {...valueItemProps} onSelect={act('lastYear')}>
            Copy from last year ± %…
          </DropdownMenuItem>
          <DropdownMenuItem
            icon={<Eraser />}
            tone="danger"
            {...valueItemProps}
            onSelect={act('clear')}
          >
            Clear row
          </DropdownMenuItem>
          {lockable && (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem
                icon={row.locked ? <Unlock /> : <Lock />}
                disabled={!canLock}
                aria-describedby={lockReasonId || undefined}
                onSelect={act('lock')}
              >
                {row.locked ? 'Unlock row' : 'Lock row'}
              </DropdownMenuItem>
              {lockOffReason && (
                <p id={lockReasonId} className={styles.reason}>
                  {lockOffReason}
                </p>
              )}
            </>
          )}
          {row && !row.derived && (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem
                icon={<History />}
                onSelect={(e) => {
                  // Close first (that sends focus back to the grid), then open the panel: its
                  // heading takes focus after the grid's and keeps it.
                  e.preventDefault();
                  onClose('chosen');
                  act('history')();
                }}
              >
                Revision history
              </DropdownMenuItem>
            </>
          )}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
