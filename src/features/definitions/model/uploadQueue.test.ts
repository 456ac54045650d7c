import { describe, expect, it, vi } from 'vitest';
import { UploadQueue } from './uploadQueue.ts';

/** A job that finishes when told to and records whether it was aborted. */
function controllable() {
  const jobs = new Map<
    string,
    { resolve: (v: string) => void; reject: (e: unknown) => void; signal: AbortSignal }
  >();
  const run = (id: string) => (signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => jobs.set(id, { resolve, reject, signal }));
  return { jobs, run };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('UploadQueue', () => {
  it('runs at most three at a time, in order, starting the next as one finishes', async () => {
    const { jobs, run } = controllable();
    const started: string[] = [];
    const q = new UploadQueue<string>({ onStart: (id) => started.push(id) });
    for (const id of ['a', 'b', 'c', 'd', 'e']) q.add(id, run(id));
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
    expect(q.runningCount).toBe(3);
    expect(q.waitingCount).toBe(2);
    jobs.get('b')!.resolve('B');
    await tick();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    jobs.get('a')!.reject(new Error('boom'));
    await tick();
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(q.runningCount).toBe(3);
  });

  it('reports success and failure', async () => {
    const { jobs, run } = controllable();
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const q = new UploadQueue<string>({ onSuccess, onError });
    q.add('a', run('a'));
    q.add('b', run('b'));
    await tick();
    jobs.get('a')!.resolve('A');
    const err = new Error('x');
    jobs.get('b')!.reject(err);
    await tick();
    expect(onSuccess).toHaveBeenCalledWith('a', 'A');
    expect(onError).toHaveBeenCalledWith('b', err);
  });

  it('cancel aborts a running job, drops a waiting one, and ignores a late result', async () => {
    const { jobs, run } = controllable();
    const onCancel = vi.fn();
    const onSuccess = vi.fn();
    const q = new UploadQueue<string>({ onCancel, onSuccess }, 1);
    q.add('a', run('a'));
    q.add('b', run('b'));
    q.add('c', run('c'));
    await tick();
    q.cancel('b');
    expect(onCancel).toHaveBeenCalledWith('b');
    q.cancel('a');
    expect(jobs.get('a')!.signal.aborted).toBe(true);
    await tick();
    expect(jobs.has('c')).toBe(true);
    expect(jobs.has('b')).toBe(false);
    jobs.get('a')!.resolve('late');
    await tick();
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('cancelAll stops everything', async () => {
    const { jobs, run } = controllable();
    const onCancel = vi.fn();
    const q = new UploadQueue<string>({ onCancel });
    for (const id of ['a', 'b', 'c', 'd']) q.add(id, run(id));
    await tick();
    q.cancelAll();
    expect(onCancel).toHaveBeenCalledTimes(4);
    expect([...jobs.values()].every((j) => j.signal.aborted)).toBe(true);
    expect(q.runningCount + q.waitingCount).toBe(0);
  });

  it('does not add the same id twice while it is queued or running', async () => {
    const { run } = controllable();
    const onStart = vi.fn();
    const q = new UploadQueue<string>({ onStart });
    q.add('a', run('a'));
    q.add('a', run('a'));
    await tick();
    expect(onStart).toHaveBeenCalledTimes(1);
  });
});
