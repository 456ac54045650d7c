import type { Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/env.ts';
import { badRequest } from '../http/errors.ts';

const rightSchema = z.object({
  /** The flags as a tenant sends them, e.g. "None", "Read", "Read, UIHintReadOnly", "Select". */
  Mask: z.string(),
  /** Why, as the tenant's Reason (shown by the app); '' by default. */
  Reason: z.string().default(''),
});

const rewriteSchema = z
  .object({
    /** Answers to requests whose path and query contain this text (case-insensitive). */
    PathContains: z.string().min(1),
    /**
     * Field name → its FieldRight, in every carrier of the answer whose FieldProperties list that
     * field (a flow's goals too, each its own carrier), as a role's field rights would make it.
     */
    FieldRights: z.record(z.string().min(1), rightSchema).optional(),
    /**
     * FieldRights only in the carriers whose JSON holds this text (e.g. a person's name: one row
     * of a target group), as a tenant's rights may differ from row to row.
     */
    CarrierContains: z.string().min(1).optional(),
    /** The TableRight of the answer's own carrier (of each one, when the answer is a list). */
    TableRight: rightSchema.optional(),
    /**
     * Text → what it becomes in every string of the answer, e.g. a person's name, as though the
     * tenant had them so (the sandbox seeds no one with a very long name).
     */
    Replace: z.record(z.string().min(1), z.string()).optional(),
  })
  .refine((r) => r.FieldRights || r.TableRight || r.Replace, {
    message: 'Send at least one of FieldRights, TableRight, Replace',
  });
export type AnswerRewrite = z.infer<typeof rewriteSchema>;

/**
 * Sandbox-only rewrites of real answers, for tests of what a tenant's rights and data may be
 * like but the sandbox's demo roles and seed are not: a single field hidden or read-only, a
 * narrower TableRight, a very long name. `POST /api/sandbox/rewrites {PathContains, FieldRights,
 * TableRight, Replace}` adds one; it lasts until `DELETE /api/sandbox/rewrites` or `DELETE
 * /api/sandbox/faults` (which every spec's clean-up already calls). Unlike a fault it is not used
 * up: a page reads the same record several times (on load, after a save, on focus). Requests are
 * carried out as usual: only their JSON answers (to /api/v1) are rewritten, every matching
 * rewrite applied in the order added. Never active against a real tenant: with --upstream these
 * endpoints answer 404 (sandboxOnlyRoutes).
 */
export function mountAnswerRewrites(app: Hono<AppEnv>): { clear(): void } {
  let rewrites: AnswerRewrite[] = [];

  app.post('/api/sandbox/rewrites', async (c) => {
    const parsed = rewriteSchema.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw badRequest(
        `Send {"PathContains", "FieldRights": {"<field>": {"Mask", "Reason"}}, "CarrierContains", "TableRight": {"Mask", "Reason"}, "Replace": {"<text>": "<new text>"}}: ${issue?.message ?? ''}`,
        issue?.path.join('.'),
      );
    }
    rewrites.push(parsed.data);
    return c.json({ Rewrites: rewrites });
  });

  app.delete('/api/sandbox/rewrites', (c) => {
    rewrites = [];
    return c.json({ Rewrites: rewrites });
  });

  const rewrite: MiddlewareHandler<AppEnv> = async (c, next) => {
    await next();
    const path = (c.req.path + new URL(c.req.url).search).toLowerCase();
    const matching = rewrites.filter((r) => path.includes(r.PathContains.toLowerCase()));
    if (matching.length === 0) return;
    if (!c.res.headers.get('Content-Type')?.includes('json')) return;
    const body: unknown = await c.res
      .clone()
      .json()
      .catch(() => undefined);
    if (body === undefined) return;
    const rewritten = matching.reduce(applyRewrite, body);
    const headers = new Headers(c.res.headers);
    headers.delete('Content-Length');
    c.res = new Response(JSON.stringify(rewritten), { status: c.res.status, headers });
  };
  app.use('/api/v1/*', rewrite);

  return {
    clear() {
      rewrites = [];
    },
  };
}

/** The answer `body` as the rewrite makes it (a new value; `body` is left as it was). */
export function applyRewrite(body: unknown, rewrite: AnswerRewrite): unknown {
  let out = body;
  if (rewrite.Replace) out = replaceInStrings(out, Object.entries(rewrite.Replace));
  if (rewrite.FieldRights) out = withFieldRights(out, rewrite.FieldRights, rewrite.CarrierContains);
  if (rewrite.TableRight) {
    const table = rewrite.TableRight;
    const carrier = (v: unknown) => (isObject(v) ? { ...v, TableRight: { ...table } } : v);
    out = Array.isArray(out) ? out.map(carrier) : carrier(out);
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function replaceInStrings(value: unknown, pairs: [string, string][]): unknown {
  if (typeof value === 'string')
    return pairs.reduce((text, [from, to]) => text.replaceAll(from, to), value);
  if (Array.isArray(value)) return value.map((v) => replaceInStrings(v, pairs));
  if (isObject(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, replaceInStrings(v, pairs)]),
    );
  return value;
}

function withFieldRights(
  value: unknown,
  rights: Record<string, { Mask: string; Reason: string }>,
  carrierContains?: string,
): unknown {
  if (Array.isArray(value)) return value.map((v) => withFieldRights(v, rights, carrierContains));
  if (!isObject(value)) return value;
  const out = Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, withFieldRights(v, rights, carrierContains)]),
  );
  const props = value.FieldProperties;
  const chosen = carrierContains === undefined || JSON.stringify(value).includes(carrierContains);
  if (isObject(props) && chosen) {
    const changed: Record<string, unknown> = { ...props };
    for (const [field, right] of Object.entries(rights)) {
      const prop = props[field];
      if (isObject(prop)) changed[field] = { ...prop, FieldRight: { ...right } };
    }
    out.FieldProperties = changed;
  }
  return out;
}
