import type { Context } from 'hono';
import { badRequest } from './errors.ts';

/**
 * The arguments of an agent call: query string and JSON body merged, names matched
 * case-insensitively (the SuperOffice docs themselves mix `workflowGoalId` and `WorkflowGoalId`).
 */
export class AgentArgs {
  private readonly byLowerName = new Map<string, unknown>();

  constructor(
    query: Record<string, string>,
    /** The parsed JSON body, or undefined when there was none. */
    readonly body: unknown,
  ) {
    for (const [k, v] of Object.entries(query)) this.byLowerName.set(k.toLowerCase(), v);
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      for (const [k, v] of Object.entries(body)) this.byLowerName.set(k.toLowerCase(), v);
    }
  }

  has(name: string): boolean {
    return this.byLowerName.has(name.toLowerCase());
  }

  raw(name: string): unknown {
    return this.byLowerName.get(name.toLowerCase());
  }

  /** An integer argument; 400 naming it when it is missing or not a whole number. */
  int(name: string): number {
    const v = this.raw(name);
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isInteger(n)) {
      throw badRequest(
        v === undefined ? `Missing argument ${name}` : `Argument ${name} must be a whole number`,
        name,
      );
    }
    return n;
  }

  optionalInt(name: string): number | undefined {
    return this.has(name) && this.raw(name) !== null ? this.int(name) : undefined;
  }

  string(name: string): string {
    const v = this.raw(name);
    if (typeof v !== 'string') throw badRequest(`Argument ${name} must be a string`, name);
    return v;
  }

  /** The body as the carrier a Save* method takes; 400 when there is none. */
  entity(): Record<string, unknown> {
    const b = this.body;
    if (!b || typeof b !== 'object' || Array.isArray(b)) {
      throw badRequest('Entity to save is not in request body');
    }
    return b as Record<string, unknown>;
  }
}

export async function readArgs(c: Context): Promise<AgentArgs> {
  const text = await c.req.text();
  let body: unknown;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      throw badRequest('Request body is not valid JSON');
    }
  }
  return new AgentArgs(c.req.query(), body);
}
