import { Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  NavLink,
  Outlet,
  useLocation,
  useNavigate,
  useNavigation,
  useNavigationType,
} from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Menu, X } from 'lucide-react';
import { useConnection } from '../auth/useConnection.ts';
import { useCurrentPrincipal } from '../../api/session/useCurrentPrincipal.ts';
import { signOut } from '../auth/signIn.ts';
import { forgetKeptWork } from '../drafts/keptWork.ts';
import { editorDraftOwner } from '../drafts/editorDraft.ts';
import { localStore } from '../storage/localStore.ts';
import { navItems } from './navItems.ts';
import type { KeptWorkAtSignOut } from './keptWorkAtSignOut.ts';
import { SignOutButton } from './SignOutButton.tsx';
import { PageSkeleton } from './PageSkeleton.tsx';
import { useOnlineStatus } from './useOnlineStatus.ts';
import { useFocusAfterNavigation } from './useFocusAfterNavigation.ts';
import { useScrollToTopOnNewPage } from './useScrollToTopOnNewPage.ts';
import { Banner } from '../../ui/Banner.tsx';
import { Button } from '../../ui/Button.tsx';
import { announce } from '../../ui/announcer.ts';
import styles from './AppLayout.module.css';

const offlineAdvice = 'Changes you make stay on this page; save again when the connection is back.';

/** The signed-in frame: skip link, navigation, who is signed in, sign-out, and the page. */
export function AppLayout() {
  const connection = useConnection();
  const navigation = useNavigation();
  const online = useOnlineStatus();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Checks the credentials once per session; a 401 redirects to sign-in (see RequireAuth).
  const principal = useCurrentPrincipal();
  const pageLocation = useLocation();
  const navigationType = useNavigationType();
  const firstPage = useRef(true);
  const main = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  // In a narrow window the navigation folds away behind Menu. Kept open only on the page where it
  // was opened, so choosing a link (or anything else that changes the page) closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pageLocation.pathname;
  // Left open in a narrow window that was then widened: beside the page it is no menu any more.
  const menuFolds = () => Boolean(menuButton.current?.offsetParent);
  useScrollToTopOnNewPage(() => main.current);
  useFocusAfterNavigation(() => main.current);
  // A screen reader hears nothing when the page changes in place: say which page opened (its
  // title, set by the page's own effect, which runs before this one). Not on the first page, and
  // not on a replace (a form redirecting to what it created announces its own outcome).
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    if (navigationType === 'REPLACE') return;
    announce(`${document.title.replace(/ · Flowdesk$/, '')} page opened.`);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per page, not per type change
  }, [pageLocation.pathname]);
  // The banner below appears with its text, which screen readers do not read out: say it.
  const wasOnline = useRef(online);
  useEffect(() => {
    if (wasOnline.current === online) return;
    wasOnline.current = online;
    announce(online ? 'You are back online.' : `You are offline. ${offlineAdvice}`);
  }, [online]);
  const displayName =
    principal.data?.FullName || connection?.displayName || connection?.userName || '';

  // Whose drafts this browser keeps for the signed-in user (see editorDraftOwner).
  const owner = connection
    ? editorDraftOwner(connection.baseUrl, connection.userName || connection.displayName)
    : null;
  const keptBatchStore = () => import('../../features/definitions/hooks/keptBatchStore.ts');
  // Only read on signing out: kept out of the shell's first download.
  const readKeptWork = async (): Promise<KeptWorkAtSignOut> => {
    if (owner === null) return { pages: [], ask: false };
    const { keptWorkAtSignOut } = await import('./keptWorkAtSignOut.ts');
    return keptWorkAtSignOut(owner, pageLocation.pathname + pageLocation.search);
  };

  // Signing out discards every draft this user kept in this browser (the question said so), not
  // other users' nor those of this user's other tabs still open (each tab is signed in on its
  // own). A session that expires keeps them: signing in again brings them back. Signing out goes
  // ahead whatever the clean-up meets (a chunk that cannot be loaded, say).
  const onSignOut = async () => {
    const openTabs = await import('../drafts/otherOpenTabs.ts')
      .then((m) => m.otherOpenTabs())
      .catch(() => new Set<string>());
    await signOut();
    queryClient.clear();
    try {
      if (owner !== null) {
        const s = localStore();
        if (s) forgetKeptWork(s, owner, openTabs);
        await (await keptBatchStore()).saveKeptBatch(owner, null);
      }
    } finally {
      navigate('/sign-in', { replace: true });
    }
  };

  const onSidebarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Only keys pressed in the sidebar itself, not in a dialog portalled from it (Sign out).
    if (event.key !== 'Escape' || !menuOpen || !menuFolds()) return;
    if (!event.currentTarget.contains(event.target as Node)) return;
    setMenuOpenOn(null);
    menuButton.current?.focus();
  };

  const initials = (displayName || '?')
    .split(/\s+/)
    .map((p) => p[0]?.toUpperCase() ?? '')
    .slice(0, 2)
    .join('');

  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <aside className={styles.sidebarColumn}>
        <div className={styles.sidebar} onKeyDown={onSidebarKeyDown}>
          <div className={styles.brand}>
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={28} height={28} />
            <span>Flowdesk</span>
          </div>
          <nav aria-label="Main" className={styles.nav}>
            <Button
              ref={menuButton}
              variant="ghost"
              className={styles.menuButton}
              aria-expanded={menuOpen}
              aria-controls="main-menu-links main-menu-user"
              icon={menuOpen ? <X size={18} /> : <Menu size={18} />}
              onClick={() => setMenuOpenOn(menuOpen ? null : pageLocation.pathname)}
            >
              Menu
            </Button>
            <ul id="main-menu-links" className={styles.menu} data-open={menuOpen || undefined}>
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    end={item.to === '/'}
                    className={({ isActive }) =>
                      isActive ? `${styles.link} ${styles.active}` : styles.link
                    }
                    onClick={() => {
                      if (!menuOpen || !menuFolds()) return;
                      // The link hides with the menu; the current page's link changes no page
                      // either, so focus would be lost: it goes to the page, as after navigating.
                      setMenuOpenOn(null);
                      main.current?.focus({ preventScroll: true });
                    }}
                  >
                    <item.icon aria-hidden="true" size={18} />
                    <span>{item.label}</span>
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div
            id="main-menu-user"
            className={`${styles.user} ${styles.menu}`}
            data-open={menuOpen || undefined}
          >
            <span className={styles.avatar} aria-hidden="true">
              {initials}
            </span>
            <div className={styles.userText}>
              <span className={styles.userName}>
                {connection?.displayName || connection?.userName}
              </span>
              <span className={styles.userMeta}>
                {connection?.baseUrl ? new URL(connection.baseUrl, location.href).host : 'Sandbox'}
              </span>
            </div>
            <SignOutButton onSignOut={onSignOut} readKeptWork={readKeptWork} />
          </div>
        </div>
      </aside>
      <main
        id="main"
        ref={main}
        tabIndex={-1}
        className={styles.main}
        aria-busy={navigation.state === 'loading'}
      >
        {navigation.state === 'loading' && (
          <div className={styles.progress} role="progressbar" aria-label="Loading page" />
        )}
        {!online && (
          <Banner tone="warning" title="You are offline" compact className={styles.offline}>
            {offlineAdvice}
          </Banner>
        )}
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
