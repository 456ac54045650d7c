import { keptWorkKeys } from '../drafts/keptWork.ts';
import { pendingSuffixes } from '../drafts/keptWorkKey.ts';
import { definitionsKeptPage, keptPages, type KeptPage } from '../drafts/keptPages.ts';
import { otherOpenTabs } from '../drafts/otherOpenTabs.ts';
import { loadKeptBatch } from '../../features/definitions/hooks/keptBatchStore.ts';
import { localStore } from '../storage/localStore.ts';

/** What signing out would discard of a user's kept work, read before asking. */
export interface KeptWorkAtSignOut {
  /** The other pages whose unsaved changes are kept, to name and link in the question. */
  readonly pages: readonly KeptPage[];
  /** Whether to ask before signing out: pages are listed, or a save or send under way is kept. */
  readonly ask: boolean;
}

/**
 * What `owner` keeps in this browser that signing out here would discard, with `here` the page
 * the user is on (its address with the query). Not this page's own draft (the page's guard says
 * whether it holds unsaved work: the event console keeps a sent event's form, say), nor other
 * open tabs' drafts (each tab is signed in on its own), nor a targets draft of cells set back
 * only; but a save or send under way from any page is asked about, as it may not have arrived,
 * and so are definition files not uploaded yet.
 */
export async function keptWorkAtSignOut(owner: string, here: string): Promise<KeptWorkAtSignOut> {
  const storage = localStore(); // null: storage turned off, so no drafts were kept
  const keys = storage === null ? [] : keptWorkKeys(storage, owner, await otherOpenTabs());
  const read = (key: string) => storage?.getItem(key) ?? null;
  const pages = keptPages(keys, owner, { except: here, read });
  // Definition files not uploaded, kept in IndexedDB: named unless the user is on their page.
  const filesKept = (await loadKeptBatch(owner)) !== null;
  const [path] = here.split('?', 1);
  const listed = filesKept && path !== definitionsKeptPage.address;
  const all = listed ? [...pages, definitionsKeptPage] : pages;
  const pending = keys.some((key) => pendingSuffixes.some((suffix) => key.endsWith(suffix)));
  return { pages: all, ask: all.length > 0 || pending || filesKept };
}
