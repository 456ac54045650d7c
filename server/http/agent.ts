import type { Hono } from 'hono';
import type { AppEnv, Services } from './env.ts';
import type { DemoUser } from '../auth/users.ts';
import { readArgs, type AgentArgs } from './args.ts';
import { applySelect } from './select.ts';
import { SoError } from './errors.ts';
import { RightsBuilder } from '../rights/carrierRights.ts';

/** Everything an agent method gets. */
export interface AgentCall extends Services {
  args: AgentArgs;
  user: DemoUser;
  language: string | null;
  rights: RightsBuilder;
}

/** Returned by Delete* methods: the response is 204 with no body. */
export const NO_CONTENT = Symbol('no content');

export type AgentMethod = (call: AgentCall) => unknown;

/**
 * A carrier already serialised (a large group cached as text, so a 10,000-row response is not
 * stringified on every request). `$select` still applies: the text is parsed only then.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

/**
 * Mounts `POST /api/v1/Agents/{agent}/{method}` for each method (names matched
 * case-insensitively) and a `GET` that describes the call, as SuperOffice does.
 */
export function mountAgent(app: Hono<AppEnv>, agent: string, methods: Record<string, AgentMethod>) {
  const byLower = new Map(
    Object.entries(methods).map(([k, v]) => [k.toLowerCase(), [k, v] as const]),
  );
  const find = (name: string) => byLower.get(name.toLowerCase());

  app.get(`/api/v1/Agents/${agent}/:method`, (c) => {
    const m = find(c.req.param('method'));
    if (!m)
      throw new SoError(404, 'SoNotFoundException', `No method ${agent}/${c.req.param('method')}`);
    return c.json({ Agent: agent, Method: m[0], HttpMethod: 'POST' });
  });

  app.post(`/api/v1/Agents/${agent}/:method`, async (c) => {
    const m = find(c.req.param('method'));
    if (!m)
      throw new SoError(404, 'SoNotFoundException', `No method ${agent}/${c.req.param('method')}`);
    const args = await readArgs(c);
    const language = c.get('language');
    const result = m[1]({
      ...c.get('services'),
      args,
      user: c.get('user'),
      language,
      rights: new RightsBuilder(language),
    });
    if (result === NO_CONTENT) return c.body(null, 204);
    if (result instanceof RawJson) {
      const select = c.req.query('$select');
      if (select) return c.json(applySelect(JSON.parse(result.text) as unknown, select) ?? null);
      return c.body(result.text, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
    }
    return c.json(applySelect(result, c.req.query('$select')) ?? null);
  });
}
