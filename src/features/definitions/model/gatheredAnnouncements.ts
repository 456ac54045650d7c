/**
 * Gathers messages that come close together (files of one batch finishing their upload within
 * milliseconds of each other) into one announcement: the app's live region keeps only the last
 * of two messages a moment apart, so "Uploaded A." would be replaced by "Uploaded B." unheard.
 * A message is said `quietMs` after the last one came, together with those before it.
 */
export function gatherAnnouncements(
  say: (message: string) => void,
  quietMs = 150,
): { add: (message: string) => void; cancel: () => void } {
  let pending: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const message = pending.join(' ');
    pending = [];
    if (message) say(message);
  };
  return {
    add(message) {
      pending.push(message);
      clearTimeout(timer);
      timer = setTimeout(flush, quietMs);
    },
    cancel() {
      clearTimeout(timer);
      pending = [];
    },
  };
}
