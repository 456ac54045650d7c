import { useEffect, type RefObject } from 'react';

const CONTROLS = 'button, input';

/** The control a key moves to from `index` of `count` (wrapping), or null for other keys. */
export function toolbarKeyTarget(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * The WAI-ARIA toolbar pattern on `ref` (a role="toolbar" element): one Tab stop, Left/Right
 * arrows (and Home/End) move between its enabled controls, and Tab comes back to the one last
 * used. Disabled controls are skipped, as in the APG example. Done on the DOM (tabindex), not
 * through props: the controls come and go and turn on and off (Undo, Save) with the edits, and a
 * MutationObserver sees every such change without each button having to know about the others.
 */
export function useRovingToolbar(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    // The control last focused: the Tab stop while it is enabled.
    let chosen: HTMLElement | null = null;
    // What the arrow keys move between: the enabled controls, in document order.
    const enabled = () =>
      [...bar.querySelectorAll<HTMLButtonElement | HTMLInputElement>(CONTROLS)].filter(
        (el) => !el.disabled,
      );

    const sync = () => {
      const items = enabled();
      const was = chosen;
      // Turned off: the next control after it; none chosen yet, or gone: the first.
      const stop =
        items.find((el) => el === was) ??
        (was?.isConnected
          ? items.find((el) => was.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
          : undefined) ??
        items[0];
      for (const el of bar.querySelectorAll<HTMLElement>(CONTROLS)) {
        const tabIndex = el === stop ? 0 : -1;
        if (el.tabIndex !== tabIndex) el.tabIndex = tabIndex;
      }
    };

    const onFocusIn = (e: FocusEvent) => {
      const target = e.target as HTMLElement;
      if (target !== chosen && enabled().some((el) => el === target)) {
        chosen = target;
        sync();
      }
    };

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const items = enabled();
      const index = items.findIndex((el) => el === e.target);
      if (index < 0) return;
      const next = toolbarKeyTarget(e.key, index, items.length);
      if (next === null) return;
      e.preventDefault();
      items[next].focus();
    };

    sync();
    const observer = new MutationObserver(sync);
    observer.observe(bar, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['disabled'],
    });
    bar.addEventListener('focusin', onFocusIn);
    bar.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      bar.removeEventListener('focusin', onFocusIn);
      bar.removeEventListener('keydown', onKeyDown);
    };
  }, [ref]);
}
