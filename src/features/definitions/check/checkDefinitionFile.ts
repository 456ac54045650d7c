import { checkDefinitionBytes, type FileCheck } from '../model/fileCheck.ts';
import type { CheckReply, CheckRequest } from './checkMessages.ts';

/**
 * Files up to this size are checked on the page itself (at most a few tens of milliseconds):
 * starting the worker would take longer than that. Definitions are usually a few kilobytes.
 */
export const CHECK_ON_PAGE_MAX_BYTES = 64 * 1024;

type Pending = { resolve: (result: FileCheck | 'unreadable') => void; file: Blob };

let worker: Worker | null = null;
/** The worker would not start or broke: every later file is checked on the page. */
let workerUnavailable = false;
const pending = new Map<number, Pending>();
let lastId = 0;

async function readBytes(file: Blob): Promise<ArrayBuffer | null> {
  try {
    return await file.arrayBuffer();
  } catch {
    return null;
  }
}

/** The fallback: reads the file again (its bytes went to the worker) and checks it here. */
async function checkOnPage(file: Blob): Promise<FileCheck | 'unreadable'> {
  const bytes = await readBytes(file);
  return bytes ? checkDefinitionBytes(new Uint8Array(bytes)) : 'unreadable';
}

function stopWorker() {
  worker?.terminate();
  worker = null;
}

function giveUpOnWorker() {
  workerUnavailable = true;
  stopWorker();
  const waiting = [...pending.values()];
  pending.clear();
  for (const p of waiting) void checkOnPage(p.file).then(p.resolve);
}

function settle({ id, result }: CheckReply) {
  const p = pending.get(id);
  if (!p) return;
  pending.delete(id);
  if (result) p.resolve(result);
  else void checkOnPage(p.file).then(p.resolve);
  // Started again for the next large file: an idle worker would keep the parser's memory.
  if (pending.size === 0) stopWorker();
}

function startWorker(): Worker | null {
  if (workerUnavailable || typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./definitionCheck.worker.ts', import.meta.url), {
      type: 'module',
      name: 'definition-check',
    });
  } catch {
    workerUnavailable = true;
    return null;
  }
  worker.addEventListener('message', (e: MessageEvent<CheckReply>) => settle(e.data));
  // Its script did not load, or it failed: the page checks the files it held.
  worker.addEventListener('error', giveUpOnWorker);
  worker.addEventListener('messageerror', giveUpOnWorker);
  return worker;
}

/**
 * Reads and checks one definition file. A large one is checked in a Web Worker, its bytes
 * transferred, so the page keeps responding; a small one, or any where workers are not available
 * or fail, on the page. Resolves 'unreadable' when the file cannot be read. Never rejects.
 */
export async function checkDefinitionFile(file: Blob): Promise<FileCheck | 'unreadable'> {
  const bytes = await readBytes(file);
  if (!bytes) return 'unreadable';
  const off = bytes.byteLength > CHECK_ON_PAGE_MAX_BYTES ? startWorker() : null;
  if (!off) return checkDefinitionBytes(new Uint8Array(bytes));
  const id = ++lastId;
  return new Promise((resolve) => {
    pending.set(id, { resolve, file });
    const request: CheckRequest = { id, bytes };
    off.postMessage(request, [bytes]);
  });
}
