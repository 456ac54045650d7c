import { expect, type APIRequestContext } from '@playwright/test';

/**
 * How a matching request goes wrong (README, sandbox-only endpoints: `POST /api/sandbox/faults`):
 * - malformed: answered with JSON of the wrong shape (it parses, then fails the schema);
 * - error500: a 500 with the server's error body, not carried out;
 * - unauthorized: a 401, as when the session has ended;
 * - notFound: a 404 without being carried out, as the platform answers a wrong Accept, content
 *   type or verb, and a tenant an agent method it does not have;
 * - drop: the connection is cut, so the browser sees a network error;
 * - gatewayTimeout: carried out (a save is stored), then answered with a proxy's 504 page;
 * - emptyTargetGroup: a 200 with an empty TargetGroup (TargetGroupId 0), as a tenant may answer
 *   a year without a group;
 * - hiddenRecord: carried out, then answered with its TableRight set to None (a record the role
 *   may not see);
 * - error500After: carried out (a save is stored), then answered 500 all the same;
 * - dropAfter: carried out, then the connection is cut before any answer (the sandbox sees to it
 *   that Chromium does not silently send it again);
 * - hold: waits, not carried out yet, until releaseHeld (or clearFaults; 30 s at most);
 * - notFoundPage: a web server's own 404 page (text/html), not carried out, as a tenant answers a
 *   path it does not have (the sandbox's sign-in, /api/sandbox/login, is hit too).
 */
export type FaultKind =
  | 'malformed'
  | 'error500'
  | 'unauthorized'
  | 'notFound'
  | 'drop'
  | 'gatewayTimeout'
  | 'emptyTargetGroup'
  | 'hiddenRecord'
  | 'error500After'
  | 'dropAfter'
  | 'hold'
  | 'notFoundPage';

/** A fault the sandbox applies to the next requests whose path contains `on`. */
export type Fault = {
  /**
   * An agent method ("SaveWorkflowGoal") or part of a route ("/api/workflow/definitions"):
   * matched case-insensitively against the path and query of requests to /api/v1 and
   * /api/workflow ("GetEmailFlow?": a flow's read, not GetEmailFlowList), and of the platform's
   * sign-in ("/api/login").
   */
  on: string;
  /** How many matching requests are hit before the sandbox behaves again (default 1). */
  times?: number;
} & (
  | { kind: FaultKind }
  /** Answered as usual, only `delayMs` late: the test acts while the request is under way. */
  | { kind: 'slow'; delayMs: number }
  /** Carried out at once, answered only `delayMs` later: the test acts once it is stored. */
  | { kind: 'slowAfter'; delayMs: number }
  /** Answered 429 or 503 with Retry-After `retryAfter` seconds, not carried out. */
  | { kind: 'busy'; status: 429 | 503; retryAfter: number }
);

/**
 * Arms a fault in the real sandbox (not a mock: the server itself misbehaves); fails the test when
 * the sandbox refuses it.
 */
export async function armFault(request: APIRequestContext, fault: Fault): Promise<void> {
  const res = await request.post('/api/sandbox/faults', {
    data: {
      PathContains: fault.on,
      Kind: fault.kind,
      Times: fault.times ?? 1,
      ...(fault.kind === 'slow' || fault.kind === 'slowAfter' ? { DelayMs: fault.delayMs } : {}),
      ...(fault.kind === 'busy' ? { Status: fault.status, RetryAfter: fault.retryAfter } : {}),
    },
  });
  expect(res.ok(), `arming ${fault.kind} on ${fault.on}: ${await res.text()}`).toBe(true);
}

/** A FieldRight or TableRight as a tenant sends it: flags ("None", "Read", "Select") and why. */
export type Right = { mask: string; reason?: string };

/**
 * What the sandbox changes in its real answers to requests whose path contains `on` (README,
 * sandbox-only endpoints: `POST /api/sandbox/rewrites`), as a tenant's rights and data may be
 * but the demo roles and seed are not. Requests are carried out as usual.
 */
export type AnswerRewrite = {
  /** Matched case-insensitively against the path and query of requests to /api/v1. */
  on: string;
  /**
   * Field name → its FieldRight, in every carrier of the answer that has that field: `{ mask:
   * 'None' }` hides it (a flow's goals are carriers too), `{ mask: 'Read' }` makes it read-only.
   */
  fieldRights?: Record<string, Right>;
  /** fieldRights only in the carriers whose JSON holds this text, e.g. one row's person's name. */
  carrierContains?: string;
  /** The TableRight of the answer's own carrier (each one's, when the answer is a list). */
  tableRight?: Right;
  /** Text → what it becomes in every string of the answer, e.g. a person's name. */
  replace?: Record<string, string>;
};

const rightJson = (r: Right) => ({ Mask: r.mask, Reason: r.reason ?? '' });

/**
 * Has the sandbox rewrite its answers until clearFaults (or clearRewrites): not used up like a
 * fault, since a page reads a record several times. Not a mock: the real answer, rewritten by the
 * server itself. Fails the test when the sandbox refuses it.
 */
export async function rewriteAnswers(
  request: APIRequestContext,
  rewrite: AnswerRewrite,
): Promise<void> {
  const res = await request.post('/api/sandbox/rewrites', {
    data: {
      PathContains: rewrite.on,
      ...(rewrite.fieldRights
        ? {
            FieldRights: Object.fromEntries(
              Object.entries(rewrite.fieldRights).map(([field, r]) => [field, rightJson(r)]),
            ),
          }
        : {}),
      ...(rewrite.carrierContains ? { CarrierContains: rewrite.carrierContains } : {}),
      ...(rewrite.tableRight ? { TableRight: rightJson(rewrite.tableRight) } : {}),
      ...(rewrite.replace ? { Replace: rewrite.replace } : {}),
    },
  });
  expect(res.ok(), `rewriting answers to ${rewrite.on}: ${await res.text()}`).toBe(true);
}

/** Ends every answer rewrite (clearFaults does too). */
export async function clearRewrites(request: APIRequestContext): Promise<void> {
  const res = await request.delete('/api/sandbox/rewrites');
  expect(res.ok(), `clearing answer rewrites: ${await res.text()}`).toBe(true);
}

/**
 * Clears every armed fault and answer rewrite: the sandbox behaves again. Specs call it after
 * each test too, since a fault armed and not used up would hit the next test (the sandbox is
 * shared).
 */
export async function clearFaults(request: APIRequestContext): Promise<void> {
  const res = await request.delete('/api/sandbox/faults');
  expect(res.ok(), `clearing faults: ${await res.text()}`).toBe(true);
}

/**
 * Lets the requests a hold fault keeps go on: carried out as usual, or answered 500 without being
 * carried out ('error500'). Waits until one is held (the browser's request may still be on its
 * way to the sandbox).
 */
export async function releaseHeld(
  request: APIRequestContext,
  then: 'asUsual' | 'error500' = 'asUsual',
): Promise<void> {
  await expect
    .poll(async () => {
      const res = await request.post('/api/sandbox/faults/release', { data: { Then: then } });
      expect(res.ok(), `releasing held requests: ${await res.text()}`).toBe(true);
      return ((await res.json()) as { Released: number }).Released;
    })
    .toBeGreaterThan(0);
}
