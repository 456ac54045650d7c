import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import {
  findEarlierCreate,
  pendingCreateKey,
  readPendingCreate,
  serializePendingCreate,
  type PendingCreate,
} from '../logic/pendingCreate.ts';
import { localStore } from '../../../app/storage/localStore.ts';

const isObject = (v: unknown): v is FieldValues => typeof v === 'object' && v !== null;

export interface CreateGuardOptions<TIn extends FieldValues, I> {
  /** The editor's draft key (null: no storage for this editor, so no guard either). */
  draftKey: string | null;
  /** The flow's records of this kind as they are now (read past any cache). */
  listItems: () => Promise<I[]>;
  idOf: (item: I) => number;
  /** The record carries the same name as these values. */
  sameName: (item: I, values: TIn) => boolean;
}

/**
 * A new goal or option is not created twice when the answer to its create was lost (see
 * pendingCreate.ts): `mayBeStored` says such a create is pending (after a dropped connection, or
 * a reload while it was under way), and `beforeCreate` first looks for the record it may have
 * stored; when one is found it is in `found` and nothing is to be sent.
 */
export function useCreateGuard<TIn extends FieldValues, I>({
  draftKey,
  listItems,
  idOf,
  sameName,
}: CreateGuardOptions<TIn, I>) {
  const key = draftKey ? pendingCreateKey(draftKey) : null;
  const read = (): PendingCreate<TIn> | null =>
    key
      ? (readPendingCreate(localStore()?.getItem(key), isObject) as PendingCreate<TIn> | null)
      : null;
  const [pending, setPending] = useState(read);
  const [found, setFound] = useState<I | null>(null);

  /** True to go ahead with the create (now marked as pending); false when `found` was set. */
  const beforeCreate = async (sent: TIn, anyway = false): Promise<boolean> => {
    if (!key) return true;
    const items = await listItems();
    const earlier = read();
    if (earlier && !anyway) {
      const hit = findEarlierCreate(items, earlier, idOf, sameName);
      if (hit) {
        setFound(hit);
        return false;
      }
    }
    setFound(null);
    try {
      localStore()?.setItem(key, serializePendingCreate(items.map(idOf), sent));
    } catch {
      // Storage full or refused: the create goes ahead unguarded, as before.
    }
    return true;
  };

  /** The create's answer came (stored, or refused): nothing is pending. */
  const settled = () => {
    if (key) localStore()?.removeItem(key);
    setPending(null);
    setFound(null);
  };

  return {
    /** A create from this editor may have been stored without its answer arriving. */
    mayBeStored: pending !== null,
    /** The values that create sent. */
    pendingSent: pending?.sent ?? null,
    found,
    beforeCreate,
    settled,
    /** The create's answer was lost: it may have been stored. */
    unsure: () => setPending(read()),
    dismissFound: () => setFound(null),
  };
}
