import { readKeptObject } from '../storage/keptJson.ts';
import { keptWorkKinds, keptWorkOwnerSuffix, pendingSuffixes } from './keptWorkKey.ts';

/** A page where a user's unsaved changes are kept in this browser, to be named and linked. */
export interface KeptPage {
  /** The page's address in the app ("/workflows/1/goals/2"), for a link. */
  readonly address: string;
  /** What the page is, in words ("Goal 2 of flow 1"). */
  readonly label: string;
}

/** Where a targets draft is opened: the page picks the group itself. */
const targetsAddress = '/targets';

/** Where files not uploaded yet are kept (IndexedDB, not localStorage). */
export const definitionsKeptPage: KeptPage = {
  address: '/definitions',
  label: 'Workflow definitions (files not uploaded yet)',
};

/** A page's address in words, from the routes that keep drafts; the address itself otherwise. */
export function keptPageLabel(address: string): string {
  const [path = ''] = address.split('?', 1);
  const option = /^\/workflows\/(\d+)\/options\/([^/]+)$/.exec(path);
  if (option)
    return option[2] === 'new'
      ? `New option of flow ${option[1]}`
      : `Option ${option[2]} of flow ${option[1]}`;
  const goal = /^\/workflows\/(\d+)\/goals\/([^/]+)$/.exec(path);
  if (goal)
    return goal[2] === 'new' ? `New goal of flow ${goal[1]}` : `Goal ${goal[2]} of flow ${goal[1]}`;
  if (path === '/events') return 'Events';
  if (path === '/settings') return 'Settings';
  if (path === targetsAddress) return 'Targets';
  return address;
}

/**
 * Whether the entry under `key` (its text, null when not read) holds changes to save: a targets
 * draft may hold none, only the cells its tab set back (its word over older tabs' drafts), which
 * is nothing to ask about or open on signing out. Anything else kept does.
 */
export function holdsKeptChanges(key: string, text: string | null): boolean {
  if (!key.startsWith(keptWorkKinds.targetsDraft) || text === null) return true;
  const edits = readKeptObject(text)?.edits;
  return !Array.isArray(edits) || edits.length > 0;
}

/** The tab a draft was kept in (`<subject>~<tab>`), which is not part of the page's address. */
const tabPart = /~([A-Za-z0-9-]+)$/;

/**
 * The pages whose drafts `owner` keeps among storage `keys` (see keptWork.ts for the key shapes),
 * each once, in the order found, leaving out `except` (the page the user is on), the drafts of
 * `openTabs` (other tabs still open, which signing out here leaves alone) and those holding no
 * changes (holdsKeptChanges, their text by `read`).
 */
export function keptPages(
  keys: Iterable<string>,
  owner: string,
  except = '',
  openTabs: ReadonlySet<string> = new Set(),
  read: (key: string) => string | null = () => null,
): KeptPage[] {
  const end = `.${keptWorkOwnerSuffix(owner)}`;
  const addresses: string[] = [];
  for (const key of keys) {
    const suffix = pendingSuffixes.find((s) => key.endsWith(end + s)) ?? '';
    const draftKey = key.slice(0, key.length - suffix.length);
    if (!draftKey.endsWith(end)) continue;
    const tab = tabPart.exec(draftKey.slice(0, draftKey.length - end.length))?.[1];
    if (tab !== undefined && openTabs.has(tab)) continue;
    if (!holdsKeptChanges(key, read(key))) continue;
    let address: string | null = null;
    if (draftKey.startsWith(keptWorkKinds.workflowDraft))
      address = draftKey
        .slice(keptWorkKinds.workflowDraft.length, draftKey.length - end.length)
        .replace(tabPart, '');
    else if (draftKey.startsWith(keptWorkKinds.targetsDraft)) address = targetsAddress;
    if (address && address !== except && !addresses.includes(address)) addresses.push(address);
  }
  return addresses.map((address) => ({ address, label: keptPageLabel(address) }));
}
