import { AkanaError } from './akanaErrors.ts';

/** Room for the multipart boundaries and the Name/Description/ObjectType fields. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** The client went away while the upload was being read (nothing must be stored). */
export class UploadAborted extends Error {}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(new UploadAborted('aborted'));
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new UploadAborted('aborted'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Reads a request body with a size cap (413 past `limit`) and, in the sandbox, an artificial
 * delay spread over the chunks as they are read, so an upload stays open long enough to be
 * cancelled. Throws UploadAborted when the client aborts meanwhile. Reading slowly does not make
 * a browser's upload progress crawl for files within the limit: the operating system's socket
 * buffers (about 4 MB on loopback) take the whole body at once, so the page rightly shows it sent
 * and waiting for the platform; e2e plays a slow line with the browser's own throttling.
 */
export async function readUploadBody(
  req: Request,
  opts: {
    limit: number;
    delayMs: number;
    /** The file size limit the 413 names (`limit` adds room for the rest of the form). */
    statedLimit?: number;
  },
): Promise<Uint8Array> {
  const tooLarge = () =>
    new AkanaError(
      413,
      `The upload is larger than the limit of ${formatBytes(opts.statedLimit ?? opts.limit)}`,
    );
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (declared > opts.limit) throw tooLarge();
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let slept = 0;
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch {
        throw new UploadAborted('the upload stream broke off');
      }
      if (next.done) break;
      total += next.value.byteLength;
      if (total > opts.limit) throw tooLarge();
      chunks.push(next.value);
      if (opts.delayMs > 0 && declared > 0) {
        const share = Math.round((opts.delayMs * next.value.byteLength) / declared);
        await sleep(share, req.signal);
        slept += share;
      }
    }
    if (opts.delayMs > slept) await sleep(opts.delayMs - slept, req.signal);
  } finally {
    reader.releaseLock();
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

/** As the page writes it (src/features/definitions/model/fileRules.ts; pageAgreement.test.ts). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
