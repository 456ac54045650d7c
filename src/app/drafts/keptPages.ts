import {
  draftPageAddress,
  draftPageLabel,
  draftPageOf,
  isDraftPage,
} from '../../features/targets/model/draftPage.ts';
import { readKeptObject } from '../storage/keptJson.ts';
import { keptWorkKinds, keptWorkOwnerSuffix, pendingSuffixes } from './keptWorkKey.ts';

/** A page where a user's unsaved changes are kept in this browser, to be named and linked. */
export interface KeptPage {
  /** The page's address in the app ("/workflows/1/goals/2"), for a link. */
  readonly address: string;
  /** What the page is, in words ("Goal 2 of flow 1"). */
  readonly label: string;
}

/** Where a targets draft that does not say its page is opened: the page picks the year itself. */
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
 * The targets page a draft (`text`) of group `subject` (`<group>[~<tab>]`) was written on, by its
 * year and target type; a draft from before drafts said so names its group and opens the page.
 * Null when it is the page the user is on (`here`, a targets address's query, or null for another
 * page), however that address names it: the type as the page shows it, not as the address did.
 */
function targetsPage(
  subject: string,
  text: string | null,
  here: string | null,
  now: Date,
): KeptPage | null {
  const kept = readKeptObject(text);
  const page = kept && draftPageOf(kept);
  if (page && here !== null && isDraftPage(page, here, now)) return null;
  if (page) return { address: draftPageAddress(page), label: draftPageLabel(page) };
  return { address: targetsAddress, label: `Targets (group ${subject.replace(tabPart, '')})` };
}

/** The query of `address` when it is a targets page's ("" for none); null for another page. */
function targetsQuery(address: string): string | null {
  const query = address.indexOf('?');
  const path = query < 0 ? address : address.slice(0, query);
  if (path !== targetsAddress) return null;
  return query < 0 ? '' : address.slice(query);
}

/** What keptPages leaves out, and how it reads a draft's text. */
export interface KeptPagesOptions {
  /** The page the user is on (its address with the query). */
  readonly except?: string;
  /** Other tabs still open: their drafts are theirs. */
  readonly openTabs?: ReadonlySet<string>;
  /** A key's text (null when not read). */
  readonly read?: (key: string) => string | null;
  /** When a targets address without a year means this year. */
  readonly now?: Date;
}

/**
 * The pages whose drafts `owner` keeps among storage `keys` (see keptWork.ts for the key shapes),
 * each once, in the order found, leaving out `except` (the page the user is on), the drafts of
 * `openTabs` (other tabs still open, which signing out here leaves alone) and those holding no
 * changes (holdsKeptChanges, their text by `read`; a targets draft's also says its page). `now`
 * is when the user's targets address without a year means this year.
 */
export function keptPages(
  keys: Iterable<string>,
  owner: string,
  { except = '', openTabs = new Set(), read = () => null, now = new Date() }: KeptPagesOptions = {},
): KeptPage[] {
  const end = `.${keptWorkOwnerSuffix(owner)}`;
  const hereOnTargets = targetsQuery(except);
  // On a targets page, a draft is known for it by its year and type (targetsPage), not address.
  const hereElsewhere = hereOnTargets === null ? except : null;
  const pages: KeptPage[] = [];
  for (const key of keys) {
    const suffix = pendingSuffixes.find((s) => key.endsWith(end + s)) ?? '';
    const draftKey = key.slice(0, key.length - suffix.length);
    if (!draftKey.endsWith(end)) continue;
    const tab = tabPart.exec(draftKey.slice(0, draftKey.length - end.length))?.[1];
    if (tab !== undefined && openTabs.has(tab)) continue;
    const text = read(key);
    if (!holdsKeptChanges(key, text)) continue;
    let page: KeptPage | null = null;
    if (draftKey.startsWith(keptWorkKinds.workflowDraft)) {
      const address = draftKey
        .slice(keptWorkKinds.workflowDraft.length, draftKey.length - end.length)
        .replace(tabPart, '');
      page = { address, label: keptPageLabel(address) };
    } else if (draftKey.startsWith(keptWorkKinds.targetsDraft)) {
      const subject = draftKey.slice(
        keptWorkKinds.targetsDraft.length,
        draftKey.length - end.length,
      );
      page = targetsPage(subject, text, hereOnTargets, now);
    }
    const known = (p: KeptPage) => p.address === page?.address && p.label === page.label;
    if (page && page.address !== hereElsewhere && !pages.some(known)) pages.push(page);
  }
  return pages;
}
