import { useEffect } from 'react';

/**
 * Tells the owner whether there are unsaved edits, whenever that changes, and "none" when the
 * component goes away (the Targets page's group settings wait for a clean grid).
 */
export function useReportDirty(dirty: boolean, report: ((dirty: boolean) => void) | undefined) {
  useEffect(() => report?.(dirty), [dirty, report]);
  useEffect(() => () => report?.(false), [report]);
}
