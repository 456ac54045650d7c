import { expect, type Page } from '@playwright/test';

/**
 * Waits until the targets draft in this browser's storage holds `value` in one of its rows, with
 * no save under way: the page writes the draft shortly after a change (and again once a save
 * answers), so a reload or a closed page before then would test nothing.
 */
export async function expectDraftHolds(page: Page, value: number) {
  await expect
    .poll(() =>
      page.evaluate(
        (v) =>
          Object.entries(localStorage).some(([key, text]) => {
            if (!key.startsWith('flowdesk.targets.draft.')) return false;
            const draft = JSON.parse(text) as { edits?: [number, number[]][]; saving?: string };
            if (draft.saving) return false;
            return (draft.edits ?? []).some(([, values]) => values.includes(v));
          }),
        value,
      ),
    )
    .toBe(true);
}

/** Whether some targets draft in this browser's storage has `text` in it (for expect.poll). */
export function someDraftHasText(page: Page, text: string): Promise<boolean> {
  return page.evaluate(
    (t) =>
      Object.entries(localStorage).some(
        ([key, value]) => key.startsWith('flowdesk.targets.draft.') && value.includes(t),
      ),
    text,
  );
}

/**
 * Waits until a targets draft in this browser's storage, with no save under way, holds `value` in
 * a row and records that row's cell `setBackPeriod` (0 = January) as set back to the value loaded
 * (its `reverted` cells). A draft without the set-back cell says nothing of it, so an older draft
 * of another tab could bring the cell's old value back: waiting for "no draft holds the undone
 * value" passes at once when the undo came before the draft was ever written.
 */
export async function expectDraftRecordsSetBack(page: Page, value: number, setBackPeriod: number) {
  await expect
    .poll(() =>
      page.evaluate(
        ([v, period]) =>
          Object.entries(localStorage).some(([key, text]) => {
            if (!key.startsWith('flowdesk.targets.draft.')) return false;
            const draft = JSON.parse(text) as {
              edits?: [number, number[]][];
              reverted?: [number, number][];
              saving?: string;
            };
            if (draft.saving) return false;
            return (draft.edits ?? []).some(
              ([id, values]) =>
                values.includes(v) &&
                (draft.reverted ?? []).some(([rid, p]) => rid === id && p === period),
            );
          }),
        [value, setBackPeriod] as const,
      ),
    )
    .toBe(true);
}
