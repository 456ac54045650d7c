import { useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * A page opened in the app (a link, the navigation) starts at the top of the document, as a
 * newly loaded page does; the window kept the last page's scroll, so the new page opened in its
 * middle or at its end. Back and Forward (POP), replaces (a form going to what it created) and
 * links to an anchor are left as they are, and so is a page that put focus in itself (focusing
 * scrolled that into view).
 */
export function useScrollToTopOnNewPage(getMain: () => HTMLElement | null) {
  const { pathname, hash } = useLocation();
  const navigationType = useNavigationType();
  const firstPage = useRef(true);
  useLayoutEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    if (navigationType !== 'PUSH' || hash) return;
    const focused = document.activeElement;
    if (focused && focused !== getMain() && getMain()?.contains(focused)) return;
    window.scrollTo(0, 0);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per page
  }, [pathname]);
}
