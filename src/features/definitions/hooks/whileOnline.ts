import { UploadOffline } from '../model/offlineUpload.ts';

/** What `whileOnline` needs of the browser (a test passes its own). */
export interface OnlineSource {
  readonly onLine: boolean;
  addEventListener(type: 'offline', listener: () => void): void;
  removeEventListener(type: 'offline', listener: () => void): void;
}

const browser = (): OnlineSource => ({
  get onLine() {
    return navigator.onLine;
  },
  addEventListener: (type, listener) => window.addEventListener(type, listener),
  removeEventListener: (type, listener) => window.removeEventListener(type, listener),
});

/**
 * Runs a request only while the browser is online: offline at the start, it rejects at once with
 * `UploadOffline('before')` and sends nothing; when the browser goes offline while it runs (a
 * request the connection dropped under may hang until it is back), the request is aborted and it
 * rejects at once with `UploadOffline('during')`. `sentAll` says whether all bytes had gone out.
 */
export function whileOnline<T>(
  signal: AbortSignal,
  run: (signal: AbortSignal) => Promise<T>,
  sentAll: () => boolean,
  source: OnlineSource = browser(),
): Promise<T> {
  if (!source.onLine) return Promise.reject(new UploadOffline('before'));
  const inner = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => inner.abort();
    const onOffline = () => {
      const all = sentAll();
      cleanup();
      reject(new UploadOffline('during', all));
      inner.abort();
    };
    const cleanup = () => {
      signal.removeEventListener('abort', onAbort);
      source.removeEventListener('offline', onOffline);
    };
    if (signal.aborted) inner.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    source.addEventListener('offline', onOffline);
    run(inner.signal).then(
      (value) => {
        cleanup();
        resolve(value);
      },
      (error: unknown) => {
        cleanup();
        reject(error);
      },
    );
  });
}
