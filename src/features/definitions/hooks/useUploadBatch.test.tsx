import { describe, expect, it, vi, beforeEach } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../../../api/http/ApiError.ts';
import { malformedDefinition, moderationDefinition } from '../fixtures/definitionFiles.ts';
import { definitionsKeys } from '../../../api/definitions/keys.ts';
import * as announcer from '../../../ui/announcer.ts';

type Pending = {
  input: { name: string };
  signal?: AbortSignal;
  onProgress?: (p: number) => void;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
};
const calls: Pending[] = [];
/** What the platform's list holds when it is read after a failed upload; an Error: unreachable. */
let listed: { Key: string; Name: string }[] | Error = new Error('offline');
let listReads = 0;
vi.mock('../../../api/definitions/definitionsApi.ts', () => ({
  fetchDefinitions: () => {
    listReads++;
    return listed instanceof Error
      ? Promise.reject(new ApiError({ kind: 'network', message: listed.message, request: 'x' }))
      : Promise.resolve(listed);
  },
  uploadDefinition: (
    input: Pending['input'],
    opts: { signal?: AbortSignal; onProgress?: (p: number) => void },
  ) =>
    new Promise((resolve, reject) => {
      calls.push({ input, ...opts, resolve, reject });
      opts.signal?.addEventListener('abort', () =>
        reject(new ApiError({ kind: 'aborted', message: 'Cancelled', request: 'x' })),
      );
    }),
}));

const { useUploadBatch } = await import('./useUploadBatch.ts');
const { isUploadable, unsentCount } = await import('../model/batchRow.ts');

let client = new QueryClient();
const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={client}>{children}</QueryClientProvider>
);
const xml = (name: string, text = moderationDefinition) =>
  new File([text], name, { type: 'text/xml' });

async function setup(files: File[]) {
  const hook = renderHook((props: { mayUpload: boolean }) => useUploadBatch(props), {
    wrapper,
    initialProps: { mayUpload: true },
  });
  act(() => hook.result.current.addFiles(files));
  await waitFor(() =>
    expect(hook.result.current.rows.every((r) => r.status !== 'checking')).toBe(true),
  );
  for (const row of hook.result.current.rows) {
    act(() => hook.result.current.setField(row.id, 'description', 'Test'));
    act(() => hook.result.current.setField(row.id, 'objectType', 'ticket'));
  }
  return hook;
}

describe('useUploadBatch', () => {
  beforeEach(() => {
    calls.length = 0;
    client = new QueryClient();
    listed = new Error('offline');
    listReads = 0;
  });

  it('checks files before upload: summary, line and column, duplicates, default names', async () => {
    const same = xml('same-flow.xml');
    const { result } = await setup([
      xml('ok_flow.xml'),
      xml('bad.xml', malformedDefinition),
      same,
      same,
    ]);
    const [ok, bad, first, dup] = result.current.rows;
    expect(ok).toMatchObject({ status: 'ready', name: 'Ok flow', summary: { stepCount: 2 } });
    expect(bad.status).toBe('invalid');
    expect(bad.problem).toMatch(/\(line 7, column 5\)$/);
    expect(first.status).toBe('ready');
    expect(dup).toMatchObject({
      status: 'invalid',
      problem: expect.stringMatching(/already in this batch/),
    });
  });

  it('a file that cannot be checked (too deep, unreadable) fails on its own; the rest go on', async () => {
    const deep = `<workflow><initial-actions/><steps/>${'<a>'.repeat(500)}${'</a>'.repeat(500)}</workflow>`;
    const unreadable = xml('gone.xml');
    vi.spyOn(unreadable, 'arrayBuffer').mockRejectedValue(
      new DOMException('The file could not be read', 'NotReadableError'),
    );
    const { result } = await setup([xml('ok.xml'), xml('deep.xml', deep), unreadable]);
    const [ok, tooDeep, gone] = result.current.rows;
    expect(ok.status).toBe('ready');
    expect(tooDeep).toMatchObject({
      status: 'invalid',
      problem: expect.stringMatching(/^Elements are nested more than 100 levels deep/),
    });
    expect(gone).toMatchObject({
      status: 'invalid',
      problem:
        'The file could not be read (it may have been moved, changed or deleted since it was chosen). Choose it again.',
    });
  });

  it('reads a file by its byte order mark or declared encoding, as the platform does', async () => {
    const utf16 = moderationDefinition.replace('UTF-8', 'UTF-16').replace('Approve', 'Godkjenn é');
    const bom = new Uint8Array([0xff, 0xfe, ...Buffer.from(utf16, 'utf16le')]);
    const latin1 = new Uint8Array(
      Buffer.from(moderationDefinition.replace('Approve', 'Godkjenn é'), 'latin1'),
    );
    const { result } = await setup([
      new File([bom], 'utf16.xml', { type: 'text/xml' }),
      new File([latin1], 'latin1.xml', { type: 'text/xml' }),
    ]);
    const [wide, undeclared] = result.current.rows;
    expect(wide).toMatchObject({
      status: 'ready',
      summary: { actionNames: ['@StartDiscussion', 'Godkjenn é', 'Reject'] },
    });
    expect(undeclared).toMatchObject({
      status: 'invalid',
      problem:
        'The file is not valid UTF-8; save it as UTF-8 or declare its encoding. (line 14, column 40)',
      position: { line: 14, column: 40 },
    });
  });

  it('an answer it cannot read says the file may have been stored, not that nothing changed', async () => {
    const { result } = await setup([xml('odd-answer.xml')]);
    act(() => result.current.uploadAll());
    await waitFor(() => expect(calls).toHaveLength(1));
    await act(async () =>
      calls[0].reject(
        new ApiError({ kind: 'parse', message: 'Key: expected string', request: 'x' }),
      ),
    );
    await waitFor(() => expect(result.current.rows[0].status).toBe('failed'));
    expect(result.current.rows[0].error).toBe(
      'The platform answered, but Flowdesk could not read its answer, so the file may have been stored. The list could not be read to check: Flowdesk reads it again by itself, and this row will then say whether “Odd answer” was stored. Retry waits until then, as it could add the file twice.',
    );
  });

  it('uploads at most three at a time, with progress, and sends only valid rows', async () => {
    const files = ['a', 'b', 'c', 'd'].map((n) => xml(`${n}.xml`));
    const { result } = await setup([...files, xml('bad.xml', malformedDefinition)]);
    act(() => result.current.uploadAll());
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(result.current.rows.map((r) => r.status)).toEqual([
      'uploading',
      'uploading',
      'uploading',
      'queued',
      'invalid',
    ]);
    act(() => calls[0].onProgress?.(0.5));
    expect(result.current.rows[0].progress).toBe(0.5);
    await act(async () => calls[0].resolve({ Key: 'k-1', Name: 'A' }));
    await waitFor(() => expect(calls).toHaveLength(4));
    expect(result.current.rows[0]).toMatchObject({
      status: 'done',
      progress: 1,
      result: { Key: 'k-1' },
    });
  });

  it('cancels one or all, shows server messages, and retries', async () => {
    const { result } = await setup([xml('a.xml'), xml('b.xml'), xml('c.xml')]);
    act(() => result.current.uploadAll());
    await waitFor(() => expect(calls).toHaveLength(3));
    act(() => result.current.cancel(result.current.rows[0].id));
    await waitFor(() => expect(result.current.rows[0].status).toBe('cancelled'));
    expect(calls[0].signal?.aborted).toBe(true);
    // A 500 may come after the definition was written: the list says it was not.
    listed = [];
    await act(async () =>
      calls[1].reject(
        new ApiError({ kind: 'http', status: 500, message: 'Database is down', request: 'x' }),
      ),
    );
    await waitFor(() => expect(result.current.rows[1].status).toBe('failed'));
    expect(result.current.rows[1].error).toMatch(
      /^The platform failed while storing “B” \(500\): Database is down\. The platform’s list has no new definition named “B”, so it was not stored: Retry to send it again\./,
    );
    expect(listReads).toBe(1);
    act(() => result.current.cancelAll());
    await waitFor(() => expect(result.current.rows[2].status).toBe('cancelled'));
    act(() => result.current.upload(result.current.rows[1]));
    await waitFor(() => expect(calls).toHaveLength(4));
    expect(calls[3].input.name).toBe('B');
  });

  it('a file the platform refuses as too large (413) says so and is not sent again', async () => {
    const { result } = await setup([xml('big.xml'), xml('other.xml')]);
    act(() => result.current.upload(result.current.rows[0]));
    await waitFor(() => expect(calls).toHaveLength(1));
    await act(async () =>
      calls[0].reject(
        new ApiError({
          kind: 'http',
          status: 413,
          message: 'big.xml is larger than the limit of 1 KB',
          request: 'x',
        }),
      ),
    );
    await waitFor(() => expect(result.current.rows[0].status).toBe('refused'));
    const size = result.current.rows[0].file.size;
    expect(result.current.rows[0].error).toBe(
      `The platform refused this file’s size, ${size} bytes (“big.xml is larger than the limit of 1 KB”): it accepts less than this page does, so sending it again will not help. Make the file smaller (for example, split the workflow into several definitions), or ask the platform’s administrator to raise its upload limit.`,
    );
    expect(isUploadable(result.current.rows[0])).toBe(false);
    // Upload all sends the other file only.
    act(() => result.current.uploadAll());
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1].input.name).toBe('Other');
    act(() => result.current.upload(result.current.rows[0]));
    expect(calls).toHaveLength(2);
    // Nothing to lose by leaving: it cannot be sent.
    expect(unsentCount([result.current.rows[0]])).toBe(0);
  });
  describe('the connection drops during an upload', () => {
    const dropped = () =>
      new ApiError({ kind: 'network', message: 'the connection failed', request: 'x' });
    const older = { Key: 'k-1', Name: 'Lost answer' };

    it('the platform had stored it: the list is read again and the row is uploaded', async () => {
      client.setQueryData(definitionsKeys.list(null), [older]);
      const { result } = await setup([xml('lost-answer.xml')]);
      act(() => result.current.uploadAll());
      await waitFor(() => expect(calls).toHaveLength(1));
      listed = [older, { Key: 'k-7', Name: 'Lost answer' }];
      await act(async () => calls[0].reject(dropped()));
      await waitFor(() => expect(result.current.rows[0].status).toBe('done'));
      expect(result.current.rows[0]).toMatchObject({ error: null, result: { Key: 'k-7' } });
      expect(listReads).toBe(1);
      // Nothing left to send: Retry is not offered, Upload all sends nothing.
      expect(isUploadable(result.current.rows[0])).toBe(false);
    });

    it('it was not stored (only an older one of that name): Retry is safe and says so', async () => {
      client.setQueryData(definitionsKeys.list(null), [older]);
      const { result } = await setup([xml('lost-answer.xml')]);
      act(() => result.current.uploadAll());
      await waitFor(() => expect(calls).toHaveLength(1));
      listed = [older];
      await act(async () => calls[0].reject(dropped()));
      await waitFor(() => expect(result.current.rows[0].status).toBe('failed'));
      expect(result.current.rows[0].error).toBe(
        'The connection was lost during the upload. The platform’s list has no new definition named “Lost answer”, so it was not stored: Retry to send it again.',
      );
      expect(isUploadable(result.current.rows[0])).toBe(true);
    });

    it('the list cannot be read either: says the file may have been stored, to check once the list loads', async () => {
      client.setQueryData(definitionsKeys.list(null), []);
      const { result } = await setup([xml('lost-answer.xml')]);
      act(() => result.current.uploadAll());
      await waitFor(() => expect(calls).toHaveLength(1));
      await act(async () => calls[0].reject(dropped()));
      await waitFor(() => expect(result.current.rows[0].status).toBe('failed'));
      expect(result.current.rows[0].error).toBe(
        'The connection was lost during the upload, so the file may have been stored. The list could not be read to check: Flowdesk reads it again by itself, and this row will then say whether “Lost answer” was stored. Retry waits until then, as it could add the file twice.',
      );
    });

    it('the list could not be read: once it loads again, the row is checked against it', async () => {
      client.setQueryData(definitionsKeys.list(null), [older]);
      const { result } = await setup([xml('lost-answer.xml'), xml('lost-again.xml')]);
      act(() => result.current.uploadAll());
      await waitFor(() => expect(calls).toHaveLength(2));
      listed = new Error('offline');
      await act(async () => calls[0].reject(dropped()));
      await act(async () => calls[1].reject(dropped()));
      await waitFor(() => expect(result.current.rows[1].status).toBe('failed'));
      expect(result.current.rows[0].error).toMatch(/The list could not be read to check/);
      // The list loads again: the first file is in it, the second is not.
      act(() =>
        client.setQueryData(definitionsKeys.list(null), [
          older,
          { Key: 'k-9', Name: 'Lost answer' },
        ]),
      );
      await waitFor(() => expect(result.current.rows[0].status).toBe('done'));
      expect(result.current.rows[0]).toMatchObject({ error: null, result: { Key: 'k-9' } });
      expect(result.current.rows[1]).toMatchObject({
        status: 'failed',
        error:
          'The connection was lost during the upload. The platform’s list has no new definition named “Lost again”, so it was not stored: Retry to send it again.',
      });
    });

    it('a 500 answered after the platform stored the file: the list shows it, and the row is uploaded', async () => {
      client.setQueryData(definitionsKeys.list(null), []);
      const { result } = await setup([xml('failed-late.xml')]);
      act(() => result.current.uploadAll());
      await waitFor(() => expect(calls).toHaveLength(1));
      listed = [{ Key: 'k-3', Name: 'Failed late' }];
      await act(async () =>
        calls[0].reject(
          new ApiError({ kind: 'http', status: 500, message: 'Index update failed', request: 'x' }),
        ),
      );
      await waitFor(() => expect(result.current.rows[0].status).toBe('done'));
      expect(result.current.rows[0]).toMatchObject({ error: null, result: { Key: 'k-3' } });
      expect(isUploadable(result.current.rows[0])).toBe(false);
    });

    it('a definition another file of the batch was stored as is not taken for this one', async () => {
      client.setQueryData(definitionsKeys.list(null), []);
      const { result } = await setup([xml('lost-answer.xml'), xml('lost_answer.xml')]);
      act(() => result.current.uploadAll());
      await waitFor(() => expect(calls).toHaveLength(2));
      await act(async () => calls[0].resolve({ Key: 'k-5', Name: 'Lost answer' }));
      listed = [{ Key: 'k-5', Name: 'Lost answer' }];
      await act(async () => calls[1].reject(dropped()));
      await waitFor(() => expect(result.current.rows[1].status).toBe('failed'));
      expect(result.current.rows[1].error).toMatch(/has no new definition named “Lost answer”/);
    });
  });

  it('while the user may not upload, only the refusal is left unsaid: files finished with it and removed files are announced', async () => {
    const said = vi.spyOn(announcer, 'announce');
    const { result, rerender } = await setup([xml('stored.xml'), xml('refused.xml')]);
    act(() => result.current.uploadAll());
    await waitFor(() => expect(calls).toHaveLength(2));
    // Someone who may not upload signs in to the platform: the page's notice says the files are
    // kept; the upload refused for it says nothing more, the one that went through does.
    rerender({ mayUpload: false });
    await act(async () => calls[0].resolve({ Key: 'k-1', Name: 'Stored' }));
    await act(async () =>
      calls[1].reject(
        new ApiError({ kind: 'http', status: 403, message: 'Not allowed', request: 'x' }),
      ),
    );
    await waitFor(() => expect(said).toHaveBeenCalledWith('Uploaded Stored.'));
    expect(said).not.toHaveBeenCalledWith(expect.stringMatching(/failed/));
    act(() => result.current.remove(result.current.rows[1].id));
    await waitFor(() =>
      expect(said).toHaveBeenLastCalledWith('Removed refused.xml. 1 file left, uploaded.'),
    );
  });

  it('a refusal that comes before the page learns the user may not upload is still left unsaid', async () => {
    const said = vi.spyOn(announcer, 'announce');
    const { result, rerender } = await setup([xml('stored.xml'), xml('refused.xml')]);
    act(() => result.current.uploadAll());
    await waitFor(() => expect(calls).toHaveLength(2));
    // The platform refuses the upload (403) before its account is read again: the page learns
    // only a moment later, while the outcomes are still being gathered, that the user may not
    // upload. Its notice says why the files are kept; "An upload failed." would replace that.
    await act(async () => calls[0].resolve({ Key: 'k-1', Name: 'Stored' }));
    await act(async () =>
      calls[1].reject(
        new ApiError({ kind: 'http', status: 403, message: 'Not allowed', request: 'x' }),
      ),
    );
    rerender({ mayUpload: false });
    await waitFor(() => expect(said).toHaveBeenCalledWith('Uploaded Stored.'));
    expect(said).not.toHaveBeenCalledWith(expect.stringMatching(/failed/));
  });
});
