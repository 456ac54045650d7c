import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { sameStored } from '../../../app/forms/sameStored.ts';
import {
  pendingSaveKey,
  readPendingSave,
  serializePendingSave,
  type PendingSave,
} from '../logic/pendingSave.ts';
import { localStore } from '../../../app/storage/localStore.ts';

const isObject = (v: unknown): v is FieldValues => typeof v === 'object' && v !== null;

/**
 * The save under way from an existing goal's or option's editor (see pendingSave.ts): `begin`
 * keeps what is sent, `settled` forgets it once the answer says stored or refused. On load, a save
 * left pending whose values are what the editor loaded has landed and is forgotten; one whose
 * values are not may still land (`mayBeStored`: the page went while it was under way, or its
 * answer was lost). `draftKey` null: no storage for this editor (a new record), so none is kept.
 */
export function usePendingSave<T extends FieldValues>(draftKey: string | null, loaded: T) {
  const key = draftKey ? pendingSaveKey(draftKey) : null;
  const read = (): PendingSave<T> | null =>
    key ? (readPendingSave(localStore()?.getItem(key), isObject) as PendingSave<T> | null) : null;
  // Read once, as the editor loads. A pending save the loaded record already shows is over (its
  // removal is idempotent, so running this twice does no harm).
  const [atLoad] = useState(() => {
    const pending = read();
    if (!pending || !sameStored(pending.sent, loaded)) return pending;
    if (key) localStore()?.removeItem(key);
    return null;
  });
  const [mayBeStored, setMayBeStored] = useState(atLoad !== null);

  return {
    /** A save from this editor may have been stored though the page never heard so. */
    mayBeStored,
    /** The values the save that may have been stored sent, or null. */
    sent: (): T | null => read()?.sent ?? null,
    begin: (sent: T) => {
      if (!key) return;
      try {
        localStore()?.setItem(key, serializePendingSave(sent));
      } catch {
        // Storage full or refused: a lost answer is then judged as before, by the record alone.
      }
    },
    /** The save's answer came (stored, refused, or found stored): nothing is pending. */
    settled: () => {
      if (key) localStore()?.removeItem(key);
      setMayBeStored(false);
    },
  };
}
