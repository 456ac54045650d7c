import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** How long after a page change focus found on <body> is taken back (~1 s at 60 fps). */
const SETTLE_FRAMES = 60;

const focusIsLost = () => !document.activeElement || document.activeElement === document.body;

/**
 * After an in-app page change, focus that is nowhere (on <body>) goes to the new page's main
 * content, so Tab goes on from the page and screen readers read on from there. The link or button
 * that led here usually goes with the old page; focus can also drop a little later (a dialog that
 * closes after the navigation gives it back to a trigger that is gone), so <body> is watched for
 * about a second. A page that puts focus somewhere itself (an editor's first field, the targets
 * grid) keeps it: only <body> is corrected, and a click or key press ends the watch.
 *
 * The layout's first page is left alone when the document was loaded there (a fresh load or a
 * reload, a POP): it starts at the top, where the first Tab reaches the skip link. A first page
 * reached from outside the layout (signing in, which replaces the sign-in page) is a page change
 * like any other: the sign-in form went away with its focused button.
 */
export function useFocusAfterNavigation(getTarget: () => HTMLElement | null) {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const firstPage = useRef(true);

  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      if (navigationType === 'POP') return;
    }
    let frames = SETTLE_FRAMES;
    let frame = 0;
    const check = () => {
      if (focusIsLost()) getTarget()?.focus({ preventScroll: true });
      frame = --frames > 0 ? requestAnimationFrame(check) : 0;
    };
    const stop = () => {
      cancelAnimationFrame(frame);
      frames = 0;
    };
    check();
    window.addEventListener('pointerdown', stop, true);
    window.addEventListener('keydown', stop, true);
    return () => {
      stop();
      window.removeEventListener('pointerdown', stop, true);
      window.removeEventListener('keydown', stop, true);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per page
  }, [pathname]);
}
