import { readKeptBatch, type KeptBatch } from '../model/keptBatch.ts';

/**
 * The kept upload batch in IndexedDB (see model/keptBatch.ts), one entry per user: `<owner>|batch`
 * holds the fields, `<owner>|file|<fingerprint>` each file (a File is stored as it is, and
 * written once, not again with every letter typed). Where IndexedDB is missing or refuses (a
 * private window, storage full), every call quietly does nothing: the page works as without it.
 */
const DB_NAME = 'flowdesk-definitions';
const STORE = 'keptBatch';

let opened: Promise<IDBDatabase | null> | null = null;

/**
 * The database, opened once. `create` false (reading, forgetting): where there is none yet, there
 * is nothing kept, so none is made (signing out must not leave an empty database behind).
 */
function database(create: boolean): Promise<IDBDatabase | null> {
  if (opened) return opened;
  const attempt = new Promise<IDBDatabase | null>((resolve) => {
    try {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = (event) => {
        // Aborting the upgrade of a database that did not exist leaves none behind.
        if (!create && event.oldVersion === 0) request.transaction?.abort();
        else request.result.createObjectStore(STORE);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  // A refusal to create (a private window, storage full) is remembered; "none yet" is not.
  if (create) opened = attempt;
  else
    void attempt.then((db) => {
      if (db) opened ??= Promise.resolve(db);
    });
  return attempt;
}

const batchKey = (owner: string) => `${owner}|batch`;
const filePrefix = (owner: string) => `${owner}|file|`;
const ownerRange = (owner: string) => IDBKeyRange.bound(`${owner}|`, `${owner}|\uffff`);

/**
 * Runs `work` in one transaction; resolves what it set once the transaction is done, else null.
 * Only `create` makes the database where there is none.
 */
async function transact<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore, done: (value: T) => void) => void,
  create = false,
): Promise<T | null> {
  const db = await database(create);
  if (!db) return null;
  return new Promise((resolve) => {
    try {
      const tx = db.transaction(STORE, mode);
      let value: T | null = null;
      tx.oncomplete = () => resolve(value);
      tx.onerror = () => resolve(null);
      tx.onabort = () => resolve(null);
      work(tx.objectStore(STORE), (v) => (value = v));
    } catch {
      resolve(null);
    }
  });
}

/** The batch `owner` kept, with its files; null when none (or IndexedDB is not there). */
export function loadKeptBatch(
  owner: string,
): Promise<{ batch: KeptBatch; files: Map<string, File> } | null> {
  return transact('readonly', (store, done) => {
    const prefix = filePrefix(owner);
    const batchRequest = store.get(batchKey(owner));
    const files = new Map<string, File>();
    const cursor = store.openCursor(ownerRange(owner));
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) {
        const batch = readKeptBatch(batchRequest.result);
        if (batch) done({ batch, files });
        return;
      }
      const key = String(at.key);
      if (key.startsWith(prefix) && at.value instanceof File)
        files.set(key.slice(prefix.length), at.value);
      at.continue();
    };
  });
}

/**
 * Keeps `batch` with its `files` for `owner` (null: keeps nothing, all of the owner's entries go):
 * files not stored yet are added, files no longer in the batch removed.
 */
export async function saveKeptBatch(
  owner: string,
  kept: { batch: KeptBatch; files: ReadonlyMap<string, File> } | null,
): Promise<void> {
  await transact(
    'readwrite',
    (store) => {
      if (!kept) {
        store.delete(ownerRange(owner));
        return;
      }
      const prefix = filePrefix(owner);
      const keys = store.getAllKeys(ownerRange(owner));
      keys.onsuccess = () => {
        const stored = new Set(keys.result.map(String).filter((k) => k.startsWith(prefix)));
        for (const [fingerprint, file] of kept.files) {
          const key = prefix + fingerprint;
          if (!stored.delete(key)) store.put(file, key);
        }
        for (const gone of stored) store.delete(gone);
        store.put(kept.batch, batchKey(owner));
      };
    },
    kept !== null,
  );
}
