import { lazy, Suspense, useState } from 'react';
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
}

/** "Group settings" next to the group's summary: Year, PeriodType and EntityType in a dialog. */
export function GroupSettingsButton({ group, unsavedChanges, locale }: GroupSettingsButtonProps) {
  const [open, setOpen] = useState(false);
  const preload = () => void loadDialog();
  return (
    <>
      <Button
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
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
