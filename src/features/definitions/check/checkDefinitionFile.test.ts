import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkDefinitionBytes } from '../model/fileCheck.ts';
import { malformedDefinition, moderationDefinition } from '../fixtures/definitionFiles.ts';
import type { CheckReply, CheckRequest } from './checkMessages.ts';

/** A worker that runs the same check, as the real one does, after a turn of the event loop. */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  static failToLoad = false;
  transfers: Transferable[][] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeWorker.started.push(this);
    if (FakeWorker.failToLoad) setTimeout(() => this.dispatchEvent(new Event('error')));
  }
  postMessage(request: CheckRequest, transfer: Transferable[]) {
    this.transfers.push(transfer);
    // Transferring detaches the page's copy, as a real transfer does.
    const bytes = structuredClone(request.bytes, { transfer: [request.bytes] });
    if (FakeWorker.failToLoad) return;
    setTimeout(() => {
      const reply: CheckReply = {
        id: request.id,
        result: checkDefinitionBytes(new Uint8Array(bytes)),
      };
      this.dispatchEvent(new MessageEvent('message', { data: reply }));
    });
  }
  terminate() {
    this.terminated = true;
  }
}

/** A valid definition larger than what is checked on the page. */
const large = moderationDefinition.replace(
  '<steps>',
  `<steps>\n${'    <!-- padding padding padding padding padding padding padding -->\n'.repeat(2000)}`,
);
const file = (text: string) => new File([text], 'd.xml', { type: 'text/xml' });
const expected = (text: string) => checkDefinitionBytes(new TextEncoder().encode(text));

async function load() {
  vi.resetModules();
  return import('./checkDefinitionFile.ts');
}

describe('checkDefinitionFile', () => {
  beforeEach(() => {
    FakeWorker.started = [];
    FakeWorker.failToLoad = false;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('checks a large file in a module worker, its bytes transferred, with the same result', async () => {
    const { checkDefinitionFile, CHECK_ON_PAGE_MAX_BYTES } = await load();
    expect(large.length).toBeGreaterThan(CHECK_ON_PAGE_MAX_BYTES);
    const bad = large.replace('</workflow>', '');
    const [good, broken] = await Promise.all([
      checkDefinitionFile(file(large)),
      checkDefinitionFile(file(bad)),
    ]);
    expect(good).toEqual(expected(large));
    expect(good).toMatchObject({ ok: true, summary: { stepCount: 2 } });
    expect(broken).toEqual(expected(bad));
    expect(broken).toMatchObject({ ok: false });
    // One worker for both, each file's buffer handed over, and stopped once idle.
    expect(FakeWorker.started).toHaveLength(1);
    const [worker] = FakeWorker.started;
    expect(worker.options).toMatchObject({ type: 'module' });
    expect(worker.transfers.map((t) => t[0])).toEqual([
      expect.any(ArrayBuffer),
      expect.any(ArrayBuffer),
    ]);
    expect(worker.terminated).toBe(true);
  });

  it('checks a small file on the page, without starting a worker', async () => {
    const { checkDefinitionFile } = await load();
    expect(await checkDefinitionFile(file(malformedDefinition))).toEqual(
      expected(malformedDefinition),
    );
    expect(FakeWorker.started).toHaveLength(0);
  });

  it('checks on the page when the worker does not start, then no longer tries it', async () => {
    FakeWorker.failToLoad = true;
    const { checkDefinitionFile } = await load();
    expect(await checkDefinitionFile(file(large))).toEqual(expected(large));
    expect(await checkDefinitionFile(file(large))).toEqual(expected(large));
    expect(FakeWorker.started).toHaveLength(1);
  });

  it('checks on the page where there are no workers (and says when a file cannot be read)', async () => {
    vi.stubGlobal('Worker', undefined);
    const { checkDefinitionFile } = await load();
    expect(await checkDefinitionFile(file(large))).toEqual(expected(large));
    const gone = file(large);
    vi.spyOn(gone, 'arrayBuffer').mockRejectedValue(new DOMException('gone', 'NotReadableError'));
    expect(await checkDefinitionFile(gone)).toBe('unreadable');
  });
});
