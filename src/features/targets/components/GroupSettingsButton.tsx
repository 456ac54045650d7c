import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Settings2 } from 'lucide-react';
import type { TargetGroup } from '../../../api/targets/schemas.ts';
import { Button } from '../../../ui/Button.tsx';

/** The dialog (with react-hook-form, zod and the rights controls) loads on first use. */
const loadDialog = () => import('./GroupSettingsDialog.tsx');
const GroupSettingsDialog = lazy(() =>
  loadDialog().then((m) => ({ default: m.GroupSettingsDialog })),
);

export interface GroupSettingsButtonProps {
  group: TargetGroup;
  /** The grid has unsaved edits (the dialog then explains why nothing can change yet). */
  unsavedChanges: boolean;
  locale: string;
  /**
   * Take the focus once shown: the group just moved to another year, and the page showed the new
   * year's loading first, so this button (the dialog's way back) was a new one.
   */
  takeFocus?: boolean;
  /**
   * The group moved to another year; `left` is the group as it was (the page keeps that across
   * the new year's loading, and empties the year it left).
   */
  onYearMoved?(left: TargetGroup): void;
  /** The focus was taken (see takeFocus). */
  onFocusTaken?(): void;
}

/** "Group settings" next to the group's summary: Year, PeriodType and EntityType in a dialog. */
export function GroupSettingsButton({
  group,
  unsavedChanges,
  locale,
  takeFocus = false,
  onYearMoved,
  onFocusTaken,
}: GroupSettingsButtonProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // The dialog hands the focus back to the button that opened it; after a move to another year
  // that button was gone (the new year loaded first) and the focus fell to the page's body.
  useEffect(() => {
    if (!takeFocus || open) return;
    button.current?.focus();
    onFocusTaken?.();
  }, [takeFocus, open, onFocusTaken]);
  const preload = () => void loadDialog();
  return (
    <>
      <Button
        ref={button}
        size="sm"
        variant="ghost"
        icon={<Settings2 />}
        aria-haspopup="dialog"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
      >
        Group settings
      </Button>
      {open && (
        <Suspense fallback={null}>
          <GroupSettingsDialog
            group={group}
            unsavedChanges={unsavedChanges}
            locale={locale}
            onYearMoved={onYearMoved}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
