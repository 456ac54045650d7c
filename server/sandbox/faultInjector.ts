import type { Context, Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/env.ts';
import { badRequest } from '../http/errors.ts';

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
] as const;

const faultSchema = z.object({
  /** Requests whose path contains this text (case-insensitive) are hit, e.g. "SaveWorkflowGoal". */
  PathContains: z.string().min(1),
  Kind: z.enum(faultKinds),
  /** How many matching requests fail before the sandbox behaves again (default 1). */
  Times: z.number().int().min(1).max(100).default(1),
  /** Kind "slow": how long the request waits before the sandbox answers it as usual. */
  DelayMs: z.number().int().min(0).max(30_000).default(1_000),
});
type Fault = z.infer<typeof faultSchema>;

/**
 * Sandbox-only fault injection: `POST /api/sandbox/faults {PathContains, Kind, Times}` arms a
 * fault; `DELETE /api/sandbox/faults` clears them. Matching API requests then get malformed
 * JSON, a 500, a 401, a 404 without being carried out (notFound: as the Akana platform answers
 * a wrong Accept, content type or verb, and a tenant an agent method it does not have, such as
 * the sandbox's own GetEmailFlowList), a 200 with an empty TargetGroup (emptyTargetGroup:
 * TargetGroupId 0, as a tenant may answer a year without a group), their real answer with a
 * TableRight of None (hiddenRecord: a record the user's role may not see, contract §2.4), a
 * dropped connection, (slow)
 * their real answer `DelayMs` late, so a test can act while a request is under way, or
 * (gatewayTimeout) are carried out and then answered with a proxy's 504 page instead, as a gateway in front of a tenant that gave up waiting. Never
 * active against a real tenant or platform: with --upstream or --platform these endpoints answer
 * 404 (sandboxOnlyRoutes).
 */
export function mountFaultInjector(app: Hono<AppEnv>): void {
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
    return c.json({ Armed: armed });
  });

  app.delete('/api/sandbox/faults', (c) => {
    armed = [];
    return c.json({ Armed: armed });
  });

  const inject: MiddlewareHandler<AppEnv> = async (c, next) => {
    const path = c.req.path.toLowerCase();
    const fault = armed.find((f) => path.includes(f.PathContains.toLowerCase()));
    if (!fault) return next();
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
    return respondWithFault(c, fault.Kind);
  };
  app.use('/api/v1/*', inject);
  app.use('/api/workflow/*', inject);
}

/** A role restriction's reason, as a tenant's administrator might word it. */
const HIDDEN_REASON = 'Your role may not see this record';

/** What nginx answers when the server behind it does not answer in time. */
const GATEWAY_TIMEOUT_PAGE =
  '<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center></body></html>';

function respondWithFault(
  c: Context<AppEnv>,
  kind: Exclude<Fault['Kind'], 'slow' | 'gatewayTimeout' | 'hiddenRecord'>,
) {
  switch (kind) {
    case 'malformed':
      // Valid JSON of the wrong shape is the hard case: it parses, then must fail the schema.
      return c.json({ Surprise: true, Steps: 'not-a-list', WorkflowGoalId: 'seven' });
    case 'error500':
      return c.json(
        {
          Error: true,
          ErrorType: 'SoServerException',
          ErrorMessage: 'Injected failure (sandbox fault)',
          ErrorSource: 'Flowdesk.Sandbox',
        },
        500,
      );
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
    case 'drop': {
      // Node server: cut the TCP connection so the browser sees a network error.
      const incoming = (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)
        ?.incoming;
      incoming?.socket?.destroy();
      return c.body(null, 503);
    }
  }
}
