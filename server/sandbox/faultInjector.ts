import type { Context, Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/env.ts';
import { badRequest } from '../http/errors.ts';
import { mountAnswerRewrites } from './answerRewrites.ts';

/** What the sandbox can do wrong on purpose, so tests exercise real failure paths end to end. */
export const faultKinds = [
  'malformed',
  'error500',
  'drop',
  'unauthorized',
  'slow',
  'gatewayTimeout',
  'notFound',
  'emptyTargetGroup',
  'hiddenRecord',
  'busy',
  'error500After',
  'dropAfter',
  'slowAfter',
  'hold',
  'notFoundPage',
] as const;

const faultSchema = z.object({
  /**
   * Requests whose path and query contain this text (case-insensitive) are hit, e.g.
   * "SaveWorkflowGoal", or "GetEmailFlow?" for a flow's read and not GetEmailFlowList.
   */
  PathContains: z.string().min(1),
  Kind: z.enum(faultKinds),
  /** How many matching requests fail before the sandbox behaves again (default 1). */
  Times: z.number().int().min(1).max(100).default(1),
  /**
   * Kind "slow": how long the request waits before the sandbox answers it as usual; "slowAfter":
   * how long its answer waits once it was carried out.
   */
  DelayMs: z.number().int().min(0).max(30_000).default(1_000),
  /** Kind "busy": the status a busy server answers with. */
  Status: z.union([z.literal(429), z.literal(503)]).default(429),
  /** Kind "busy": the wait it asks for, in seconds (its Retry-After header). */
  RetryAfter: z.number().int().min(0).max(3_600).default(30),
});
type Fault = z.infer<typeof faultSchema>;

/**
 * Sandbox-only fault injection: `POST /api/sandbox/faults {PathContains, Kind, Times}` arms a
 * fault; `DELETE /api/sandbox/faults` clears them. Matching requests (to /api/v1, /api/workflow,
 * the platform's sign-in /api/login and the sandbox's sign-in) then go wrong by kind:
 * - malformed: JSON of the wrong shape; error500: a 500; unauthorized: a 401;
 * - notFound: a 404 without being carried out, as the Akana platform answers a wrong Accept,
 *   content type or verb, and a tenant an agent method it does not have (the sandbox's own
 *   GetEmailFlowList); notFoundPage: a web server's own 404 page (text/html), as a tenant answers
 *   a path it does not have, such as the sandbox's sign-in;
 * - emptyTargetGroup: a 200 with an empty TargetGroup (TargetGroupId 0), as a tenant may answer a
 *   year without a group; hiddenRecord: the real answer with a TableRight of None (a record the
 *   user's role may not see, contract §2.4);
 * - drop: the connection is cut, not carried out;
 * - slow: the real answer `DelayMs` late, so a test can act while a request is under way; hold:
 *   waits, not carried out yet, until the test releases it (`POST /api/sandbox/faults/release
 *   {"Then": "asUsual"|"error500"}`, or the DELETE; 30 s at most), for sure;
 * - busy: a 429 or 503 (`Status`) with a `Retry-After` of `RetryAfter` seconds, not carried out,
 *   as a server that is rate limiting or down for maintenance;
 * - carried out, then answered wrong: gatewayTimeout with a proxy's 504 page, as a gateway in
 *   front of a tenant that gave up waiting; error500After with a 500 (a write stored although its
 *   answer says it failed); dropAfter with the connection cut before any answer; slowAfter only
 *   `DelayMs` later (a page left meanwhile never gets the answer of a write that was stored).
 * Never active against a real tenant or platform: with --upstream or --platform these endpoints
 * answer 404 (sandboxOnlyRoutes). The DELETE also clears the answer rewrites (answerRewrites.ts:
 * a field's rights, a TableRight or a name changed in real answers), so one clean-up undoes both.
 *
 * dropAfter and the browser's resend: Chromium silently sends a request again when a connection
 * it had used before is cut before any answer (the server may have closed it as idle). The first
 * copy would be stored and the resend answered, and the page would never see the lost answer. So
 * while a dropAfter is armed, idle connections are closed and answers close their connection, so
 * the request comes on a new one; a copy that still arrives on a used connection is cut without
 * being carried out, and the fault waits for the browser's resend. The copy carried out is cut
 * after a byte that is no answer (cutAfterAnswerBegan), which the browser does not send again.
 */
export function mountFaultInjector(app: Hono<AppEnv>): void {
  // Mounted first, so it rewrites what a fault made of an answer too.
  const rewrites = mountAnswerRewrites(app);
  let armed: Fault[] = [];

  app.post('/api/sandbox/faults', async (c) => {
    const parsed = faultSchema.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) {
      throw badRequest(
        `Send {"PathContains", "Kind": ${faultKinds.join('|')}, "Times"}`,
        parsed.error.issues[0]?.path.join('.'),
      );
    }
    armed.push(parsed.data);
    if (parsed.data.Kind === 'dropAfter') nodeSocket(c)?.server?.closeIdleConnections?.();
    return c.json({ Armed: armed });
  });

  /** Held requests (kind "hold"), each waiting for how it is to go on. */
  let held: ((then: HoldThen) => void)[] = [];
  const release = (then: HoldThen) => {
    const waiting = held;
    held = [];
    for (const go of waiting) go(then);
    return waiting.length;
  };

  app.post('/api/sandbox/faults/release', async (c) => {
    const parsed = releaseSchema.safeParse(await c.req.json().catch(() => ({})));
    if (!parsed.success) throw badRequest('Send {"Then": "asUsual"|"error500"}', 'Then');
    return c.json({ Released: release(parsed.data.Then) });
  });

  app.delete('/api/sandbox/faults', (c) => {
    armed = [];
    rewrites.clear();
    release('asUsual');
    return c.json({ Armed: armed });
  });

  /** Sockets that have carried a request: Chromium resends a request cut on one of these. */
  const used = new WeakSet<object>();

  const inject: MiddlewareHandler<AppEnv> = async (c, next) => {
    // The query too, so "GetEmailFlow?" hits a flow's read and not GetEmailFlowList.
    const path = (c.req.path + new URL(c.req.url).search).toLowerCase();
    const socket = nodeSocket(c);
    const reused = socket ? used.has(socket) : false;
    if (socket) used.add(socket);
    const fault = armed.find((f) => path.includes(f.PathContains.toLowerCase()));
    if (!fault) {
      await next();
      if (armed.some((f) => f.Kind === 'dropAfter')) c.res.headers.set('Connection', 'close');
      return;
    }
    if (fault.Kind === 'dropAfter' && reused) {
      // The browser will send it again on a new connection: that copy is the one carried out.
      socket?.destroy();
      return c.body(null, 503);
    }
    fault.Times -= 1;
    if (fault.Times <= 0) armed = armed.filter((f) => f !== fault);
    if (fault.Kind === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, fault.DelayMs));
      return next();
    }
    if (fault.Kind === 'hiddenRecord') {
      await next();
      const body: unknown = await c.res
        .clone()
        .json()
        .catch(() => null);
      if (body && typeof body === 'object' && !Array.isArray(body))
        c.res = Response.json(
          { ...body, TableRight: { Mask: 'None', Reason: HIDDEN_REASON } },
          { status: c.res.status },
        );
      return;
    }
    if (fault.Kind === 'gatewayTimeout') {
      // The request is carried out (a save is stored); only its answer is lost.
      await next();
      c.res = new Response(GATEWAY_TIMEOUT_PAGE, {
        status: 504,
        headers: { 'Content-Type': 'text/html' },
      });
      return;
    }
    if (fault.Kind === 'error500After') {
      // Carried out (a save is stored); the answer says it failed all the same.
      await next();
      c.res = serverError(c);
      return;
    }
    if (fault.Kind === 'hold') {
      // Read in whole first: a page reloaded meanwhile closes the connection, and the request,
      // once released, is still carried out, as by a server slow to get to it.
      await c.req.arrayBuffer().catch(() => null);
      const then = await new Promise<HoldThen>((resolve) => {
        held.push(resolve);
        setTimeout(() => resolve('asUsual'), HOLD_AT_MOST_MS);
      });
      if (then === 'error500') return serverError(c);
      return next();
    }
    if (fault.Kind === 'slowAfter') {
      await next();
      await new Promise((resolve) => setTimeout(resolve, fault.DelayMs));
      return;
    }
    if (fault.Kind === 'dropAfter') {
      await next();
      cutAfterAnswerBegan(socket);
      return;
    }
    if (fault.Kind === 'busy') {
      const res = c.json(
        fault.Status === 429
          ? {
              Error: true,
              ErrorType: 'TooManyRequests',
              ErrorMessage: 'Rate limit exceeded (sandbox fault)',
            }
          : {
              Error: true,
              ErrorType: 'ServiceUnavailable',
              ErrorMessage: 'Down for maintenance (sandbox fault)',
            },
        fault.Status,
      );
      res.headers.set('Retry-After', String(fault.RetryAfter));
      return res;
    }
    return respondWithFault(c, fault.Kind);
  };
  app.use('/api/v1/*', inject);
  app.use('/api/workflow/*', inject);
  // The platform's sign-in too, so a test can make the platform unreachable from the start.
  app.use('/api/login', inject);
  // Mounted before the sandbox's sign-in (createApp), so a test can make it answer as a tenant.
  app.use('/api/sandbox/login', inject);
}

/** How held requests go on once released: carried out, or answered 500 without being so. */
const releaseSchema = z.object({ Then: z.enum(['asUsual', 'error500']).default('asUsual') });
type HoldThen = z.infer<typeof releaseSchema>['Then'];

/** A held request goes on by itself after this long, so a test that forgot it does not hang. */
const HOLD_AT_MOST_MS = 30_000;

/** A role restriction's reason, as a tenant's administrator might word it. */
const HIDDEN_REASON = 'Your role may not see this record';

/** What a web server answers for a path it does not have. */
const NOT_FOUND_PAGE =
  '<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>';

/** What nginx answers when the server behind it does not answer in time. */
const GATEWAY_TIMEOUT_PAGE =
  '<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center></body></html>';

/**
 * Cuts a connection once the request was carried out, so that the browser does not send it again:
 * Chromium resends a request cut before any byte of its answer on a connection it counts as used,
 * and that includes one it opened earlier and kept idle in its pool, which the server cannot tell
 * from a new one (a clean-clone CI run saw the resend stored and answered 200). One byte that is
 * no HTTP answer first makes it give up instead, as a connection lost mid-answer: fetch rejects.
 * (Chromium reads no HTTP/0.9 on other than the default ports, where the sandbox does not run.)
 */
function cutAfterAnswerBegan(socket: NodeSocket | undefined) {
  socket?.write?.('X');
  socket?.destroy();
}

/** The Node connection under a request (the Node server passes it along), if there is one. */
type NodeSocket = {
  destroy(): void;
  write?(chunk: string): boolean;
  server?: { closeIdleConnections?(): void };
};
function nodeSocket(c: Context<AppEnv>): NodeSocket | undefined {
  return (c.env as { incoming?: { socket?: NodeSocket } } | undefined)?.incoming?.socket;
}

/** The server's own error body, as SuperOffice answers an exception. */
function serverError(c: Context<AppEnv>) {
  return c.json(
    {
      Error: true,
      ErrorType: 'SoServerException',
      ErrorMessage: 'Injected failure (sandbox fault)',
      ErrorSource: 'Flowdesk.Sandbox',
    },
    500,
  );
}

function respondWithFault(
  c: Context<AppEnv>,
  kind: Exclude<
    Fault['Kind'],
    | 'slow'
    | 'slowAfter'
    | 'hold'
    | 'gatewayTimeout'
    | 'hiddenRecord'
    | 'busy'
    | 'error500After'
    | 'dropAfter'
  >,
) {
  switch (kind) {
    case 'malformed':
      // Valid JSON of the wrong shape is the hard case: it parses, then must fail the schema.
      return c.json({ Surprise: true, Steps: 'not-a-list', WorkflowGoalId: 'seven' });
    case 'error500':
      return serverError(c);
    case 'notFoundPage':
      return new Response(NOT_FOUND_PAGE, {
        status: 404,
        headers: { 'Content-Type': 'text/html' },
      });
    case 'notFound':
      return c.json(
        {
          Error: true,
          ErrorType: 'SoNotFoundException',
          ErrorMessage: 'Not found (sandbox fault)',
          ErrorSource: 'Flowdesk.Sandbox',
        },
        404,
      );
    case 'emptyTargetGroup':
      // A .NET agent's carrier with nothing loaded into it: every field at its default.
      return c.json({
        TargetGroupId: 0,
        Year: 0,
        EntityType: 'None',
        PeriodType: 'None',
        TargetAssignments: [],
        TargetDimension: null,
        TableRight: null,
        FieldProperties: {},
      });
    case 'unauthorized':
      return c.json(
        {
          Error: true,
          ErrorType: 'SoAuthenticationException',
          ErrorMessage: 'Session ended (sandbox fault)',
        },
        401,
      );
    case 'drop':
      // Node server: cut the TCP connection so the browser sees a network error.
      nodeSocket(c)?.destroy();
      return c.body(null, 503);
  }
}
