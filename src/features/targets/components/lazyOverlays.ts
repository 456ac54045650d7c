import { lazyWithPreload } from '../../../ui/lazyWithPreload.ts';

/**
 * The workspace's menus, dialogs and side panel. They (and the Radix primitives under them) are
 * not needed to show the grid, so they stay out of the page's first download and are fetched
 * at the first idle moment after it (see TargetsWorkspace), before anyone opens them.
 */
export const RowActionsMenu = lazyWithPreload(() =>
  import('./RowActionsMenu.tsx').then((m) => ({ default: m.RowActionsMenu })),
);
export const RowActionDialog = lazyWithPreload(() =>
  import('./RowActionDialog.tsx').then((m) => ({ default: m.RowActionDialog })),
);
export const CsvImportDialog = lazyWithPreload(() =>
  import('./CsvImportDialog.tsx').then((m) => ({ default: m.CsvImportDialog })),
);
export const HistoryPanel = lazyWithPreload(() =>
  import('./HistoryPanel.tsx').then((m) => ({ default: m.HistoryPanel })),
);
export const ConfirmDialog = lazyWithPreload(() =>
  import('../../../ui/ConfirmDialog.tsx').then((m) => ({ default: m.ConfirmDialog })),
);
export const UnsavedChangesDialog = lazyWithPreload(() =>
  import('../../../app/forms/UnsavedChangesDialog.tsx').then((m) => ({
    default: m.UnsavedChangesDialog,
  })),
);

export const preloadOverlays = [
  RowActionsMenu,
  RowActionDialog,
  CsvImportDialog,
  HistoryPanel,
  ConfirmDialog,
  UnsavedChangesDialog,
].map((c) => c.preload);
