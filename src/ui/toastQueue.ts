import type { ToastOptions } from './toastContext.ts';

export interface QueuedToast extends ToastOptions {
  id: number;
  open: boolean;
}

/** Toasts on screen at once; more push the oldest ones out (errors last). */
export const MAX_VISIBLE_TOASTS = 3;

/**
 * The list with `next` added: an open toast with the same title and tone is replaced (closed), and
 * while more than `max` are open the oldest non-error ones close. An error closes only to make
 * room for a newer error, so a run of successes never hides a failure. Closed toasts stay in the
 * list with `open: false` for their exit animation; `closed` names them.
 */
export function addToast(
  list: readonly QueuedToast[],
  next: QueuedToast,
  max = MAX_VISIBLE_TOASTS,
): { list: QueuedToast[]; closed: number[] } {
  const closed = new Set<number>();
  const isError = (t: ToastOptions) => t.tone === 'error';
  for (const t of list)
    if (t.open && t.title === next.title && (t.tone ?? 'info') === (next.tone ?? 'info'))
      closed.add(t.id);

  const open = () => list.filter((t) => t.open && !closed.has(t.id));
  // Oldest first: non-errors, then (only for a new error) errors.
  while (open().length + 1 > max) {
    const victim = open().find((t) => !isError(t)) ?? (isError(next) ? open()[0] : undefined);
    if (!victim) break;
    closed.add(victim.id);
  }
  return {
    list: [...list.map((t) => (closed.has(t.id) ? { ...t, open: false } : t)), next],
    closed: [...closed],
  };
}
