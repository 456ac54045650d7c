import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectionStore } from '../session/connectionStore.ts';
import { defaultConnection } from '../session/connection.ts';
import { deleteDefinition, fetchDefinitions, uploadDefinition } from './definitionsApi.ts';
import { writePlatformSessionRecord } from './platformSessionRecord.ts';
import { flowdeskUserKey } from './flowdeskUserKey.ts';

/** The requests sent, each with its headers; every one is answered `answer`. */
function fakeXhr(answer: { status: number; text: string }) {
  const sent: { method: string; headers: Record<string, string> }[] = [];
  class FakeXhr {
    status = 0;
    statusText = '';
    responseText = '';
    withCredentials = false;
    upload: { onprogress?: unknown } = {};
    onload?: () => void;
    private request = { method: '', headers: {} as Record<string, string> };
    open(method: string) {
      this.request.method = method;
    }
    setRequestHeader(name: string, value: string) {
      this.request.headers[name] = value;
    }
    abort() {}
    send() {
      sent.push(this.request);
      this.status = answer.status;
      this.responseText = answer.text;
      queueMicrotask(() => this.onload?.());
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

describe('the Accept header of Akana calls', () => {
  beforeEach(() => {
    connectionStore.set(defaultConnection());
    // The browser's platform session is this user's: no logout of someone else's first.
    writePlatformSessionRecord({
      owner: flowdeskUserKey(defaultConnection()) ?? '',
      fedMemberId: null,
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  // AK-DEL answers the text `true` and wants an Accept that allows text/plain; the platform
  // answers any other with 404 (AK-HTTP) or 406 (seed page), never deleting anything.
  it('DELETE allows text/plain, the answer the platform gives', async () => {
    const sent = fakeXhr({ status: 200, text: 'true' });
    await expect(deleteDefinition('ce5a0e7e-f86f-4a17-bd02-0a386035d81f')).resolves.toBe(true);
    expect(sent[0].method).toBe('DELETE');
    expect(sent[0].headers.Accept).toBe('text/plain, application/json');
  });

  it('the list and the upload ask for JSON, as AK-LIST and AK-ADD document', async () => {
    const sent = fakeXhr({ status: 200, text: '{"WorkflowDefinition":[]}' });
    await fetchDefinitions(null);
    await uploadDefinition({
      file: new File(['<workflow/>'], 'a.xml'),
      name: 'A',
      description: 'A',
      objectType: 'ticket',
    }).catch(() => {}); // the list answer is no definition; only the header matters here
    expect(sent.map((r) => [r.method, r.headers.Accept])).toEqual([
      ['GET', 'application/json'],
      ['POST', 'application/json'],
    ]);
  });
});
