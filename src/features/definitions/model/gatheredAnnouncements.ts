/**
 * Gathers messages that come close together (files of one batch finishing their upload within
 * milliseconds of each other) into one announcement: the app's live region keeps only the last
 * of two messages a moment apart, so "Uploaded A." would be replaced by "Uploaded B." unheard.
 * A message is said `quietMs` after the last one came, together with those before it.
 *
 * A message may come with `stillNews`, asked when the gathered messages are said rather than
 * when it came: what the page learns in between (the user may not upload after all) can make it
 * old news, and it is then left out while the others are said.
 */
export function gatherAnnouncements(
  say: (message: string) => void,
  quietMs = 150,
): { add: (message: string, stillNews?: () => boolean) => void; cancel: () => void } {
  let pending: { message: string; stillNews?: () => boolean }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const message = pending
      .filter((p) => p.stillNews?.() ?? true)
      .map((p) => p.message)
      .join(' ');
    pending = [];
    if (message) say(message);
  };
  return {
    add(message, stillNews) {
      pending.push({ message, stillNews });
      clearTimeout(timer);
      timer = setTimeout(flush, quietMs);
    },
    cancel() {
      clearTimeout(timer);
      pending = [];
    },
  };
}
