import { memo } from 'react';
import type { PlannerGroup } from '../hooks/plannerGroup.ts';
import type { LastYearLookup } from '../hooks/useRowActions.ts';
import { LeaveGuard } from './LeaveGuard.tsx';
import { StatusBar } from './StatusBar.tsx';
import { useWorkspace } from './useWorkspace.ts';
import { WorkspaceBanners } from './WorkspaceBanners.tsx';
import { WorkspaceGridSection } from './WorkspaceGridSection.tsx';
import { WorkspaceOverlays } from './WorkspaceOverlays.tsx';
import { WorkspaceToolbar } from './WorkspaceToolbar.tsx';
import styles from './TargetsWorkspace.module.css';

export interface TargetsWorkspaceProps {
  group: PlannerGroup;
  /** The target type as the page's address names it (null: the default), kept with drafts. */
  dimensionId: number | null;
  /** Accessible name of the grid, e.g. "Targets 2027 – All sales". */
  title: string;
  locale: string;
  save: (payload: PlannerGroup) => Promise<unknown>;
  lastYear: LastYearLookup;
  /** Told when the grid gains or loses unsaved edits (group settings wait for none). */
  onDirtyChange?: (dirty: boolean) => void;
  /** Whose unsaved-edit drafts these are (draftOwner); null keeps none. */
  draftOwner: string | null;
  /**
   * The group was just created from the page: the grid takes the focus at its first cell (the
   * Create button it had is gone).
   */
  justCreated?: boolean;
}

/** A loaded target group: toolbar, grid, status bar, row menu, dialogs and side panel. */
/** Memoised: the page re-renders for things the workspace does not show (last year loading). */
export const TargetsWorkspace = memo(function TargetsWorkspace({
  title,
  locale,
  justCreated = false,
  ...inputs
}: TargetsWorkspaceProps) {
  const ws = useWorkspace({ ...inputs, locale });
  const { planner, draft, saveFlow } = ws;
  return (
    <div className={styles.workspace} ref={ws.wrapper}>
      <WorkspaceBanners ws={ws} locale={locale} />
      <WorkspaceToolbar ws={ws} locale={locale} />
      <WorkspaceGridSection ws={ws} title={title} locale={locale} justCreated={justCreated} />
      <StatusBar
        selection={ws.selection}
        rows={planner.state.rows}
        periods={ws.periods.length}
        locale={locale}
      />
      <WorkspaceOverlays ws={ws} locale={locale} />
      <LeaveGuard
        dirty={planner.dirty && !saveFlow.saving}
        unsaved={planner.dirty}
        onDiscard={draft.discardDraft}
      />
    </div>
  );
});
