import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useConnection } from '../auth/useConnection.ts';
import { editorDraftOwner } from '../drafts/editorDraft.ts';
import { definitionsKeptPage, keptPages, type KeptPage } from '../drafts/keptPages.ts';
import { localStore } from '../storage/localStore.ts';

/** Every key in `storage`, in its order. */
function storageKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/**
 * The other pages where the signed-in user's unsaved changes are kept in this browser (editor
 * and targets drafts, definition files not uploaded yet), read as the sign-out question opens, so
 * it can name them and the user can open them before signing out.
 */
export function useKeptPages(): KeptPage[] {
  const connection = useConnection();
  const { pathname, search } = useLocation();
  const owner = connection
    ? editorDraftOwner(connection.baseUrl, connection.userName || connection.displayName)
    : null;
  // Read once the other open tabs are known: their drafts are theirs, signing out here leaves them.
  const [drafts, setDrafts] = useState<KeptPage[]>([]);
  const except = pathname + search;
  useEffect(() => {
    const storage = localStore();
    if (!owner || !storage) return;
    let live = true;
    void import('../drafts/otherOpenTabs.ts')
      .then(({ otherOpenTabs }) => otherOpenTabs())
      .then((openTabs) => {
        if (!live) return;
        const read = (key: string) => storage.getItem(key);
        setDrafts(keptPages(storageKeys(storage), owner, except, openTabs, read));
      });
    return () => {
      live = false;
    };
  }, [owner, except]);
  // Files not uploaded are kept in IndexedDB, read asynchronously.
  const [filesKept, setFilesKept] = useState(false);
  useEffect(() => {
    if (!owner || pathname === definitionsKeptPage.address) return;
    let live = true;
    void import('../../features/definitions/hooks/keptBatchStore.ts')
      .then((store) => store.loadKeptBatch(owner))
      .then((kept) => {
        if (live) setFilesKept(kept !== null);
      });
    return () => {
      live = false;
    };
  }, [owner, pathname]);
  return filesKept ? [...drafts, definitionsKeptPage] : drafts;
}
