type Listener = (message: string) => void;

const listeners = new Set<Listener>();

/**
 * Says `message` through the polite live region rendered by <LiveAnnouncer/> (drag/drop moves,
 * paste results, "3 rows locked"…). A no-op when no announcer is mounted.
 */
export function announce(message: string): void {
  for (const l of listeners) l(message);
}

export function subscribeAnnouncements(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
