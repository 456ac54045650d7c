import type { Context, Hono } from 'hono';
import type { HonoRequest } from 'hono/request';
import type { AppEnv } from '../http/env.ts';
import { can } from '../auth/users.ts';
import { AkanaError } from './akanaErrors.ts';
import { requireAkanaUser, requireCsrf, requireReadCsrf } from './akanaAuth.ts';
import {
  businessIdFor,
  deleteDefinition,
  insertDefinition,
  listDefinitions,
} from './definitionStore.ts';
import { checkDefinitionXml, positionOf } from './definitionXml.ts';
import { decodeXmlUpload } from './decodeXmlUpload.ts';
import { binaryKind } from './binaryKind.ts';
import {
  MULTIPART_OVERHEAD_BYTES,
  UploadAborted,
  formatBytes,
  readUploadBody,
} from './readUpload.ts';
import { normalizeObjectType, objectTypes } from './objectTypes.ts';
import { acceptsMediaType } from './acceptsMediaType.ts';
import { requireJsonAccepted } from './acceptsJson.ts';

const REQUIRED_KEYS = ['File', 'Name', 'Description', 'ObjectType'] as const;

/**
 * The client went away: nothing is stored and nobody reads the answer. 499 ("client closed
 * request", nginx's convention) is not in Hono's status type, hence the cast.
 */
const clientClosed = (c: Context<AppEnv>) => c.body(null, 499 as 200);

function requireEditor(c: Context<AppEnv>) {
  const { user, session } = requireAkanaUser(c);
  requireCsrf(c, session);
  if (!can(user, 'definitions.edit'))
    throw new AkanaError(
      403,
      `${user.fullName} may not change workflow definitions (Site Admin only)`,
    );
  return user;
}

/** Reads the multipart form from bytes already read (and size-checked). */
async function parseForm(c: Context<AppEnv>, body: Uint8Array): Promise<FormData> {
  const type = c.req.header('Content-Type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data'))
    throw new AkanaError(400, 'Send the definition as multipart/form-data');
  try {
    return await new Request('http://sandbox.local/', {
      method: 'POST',
      headers: { 'Content-Type': type },
      body: body as Uint8Array<ArrayBuffer>,
    }).formData();
  } catch {
    throw new AkanaError(400, 'The multipart body could not be read');
  }
}

/** GET, POST and DELETE of `/api/workflow/definitions` (contract §10.1). */
/**
 * The request with its body still to read. The sandbox fault "hold" reads a held request's body
 * in whole first (a page gone meanwhile must not lose it); Hono keeps those bytes, and the upload
 * is then read from them, as it would have been from the connection.
 */
async function unreadRequest(req: HonoRequest): Promise<Request> {
  if (!req.raw.bodyUsed) return req.raw;
  return new Request(req.raw.url, {
    method: req.raw.method,
    headers: req.raw.headers,
    body: await req.arrayBuffer(),
    signal: req.raw.signal,
  });
}

export function mountDefinitionsRoutes(app: Hono<AppEnv>): void {
  app.get('/api/workflow/definitions', (c) => {
    requireJsonAccepted(c);
    requireReadCsrf(c, requireAkanaUser(c).session);
    const definitions = listDefinitions(c.get('services').db, {
      objectType: c.req.query('ObjectType') || undefined,
      businessId: c.req.query('BusinessID') || undefined,
    });
    return c.json({ WorkflowDefinition: definitions });
  });

  /** Sandbox addition: the resource types a definition can apply to. */
  app.get('/api/workflow/objecttypes', (c) => {
    requireReadCsrf(c, requireAkanaUser(c).session);
    return c.json({ ObjectType: objectTypes });
  });

  app.post('/api/workflow/definitions', async (c) => {
    requireJsonAccepted(c);
    requireEditor(c);
    const { options, db } = c.get('services');
    let form: FormData;
    try {
      const body = await readUploadBody(await unreadRequest(c.req), {
        limit: options.maxUploadBytes + MULTIPART_OVERHEAD_BYTES,
        statedLimit: options.maxUploadBytes,
        delayMs: options.uploadDelayMs,
      });
      form = await parseForm(c, body);
    } catch (e) {
      if (e instanceof UploadAborted) return clientClosed(c);
      throw e;
    }
    for (const key of REQUIRED_KEYS) {
      const v = form.get(key);
      if (v === null || (typeof v === 'string' && v.trim() === ''))
        throw new AkanaError(400, `The ${key} key is required`, { field: key });
    }
    const file = form.get('File');
    if (typeof file === 'string' || file === null)
      throw new AkanaError(400, 'The File key must be a file', { field: 'File' });
    if (file.size > options.maxUploadBytes)
      throw new AkanaError(
        413,
        `${file.name} is larger than the limit of ${formatBytes(options.maxUploadBytes)}`,
        {
          field: 'File',
        },
      );
    const objectType = normalizeObjectType(String(form.get('ObjectType')));
    if (!objectType)
      throw new AkanaError(
        400,
        `Unknown ObjectType "${form.get('ObjectType')}"; use one of ${objectTypes.join(', ')}`,
        {
          field: 'ObjectType',
        },
      );
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Binary data has no line or column to point at, and its bytes read as garbage in any encoding.
    const binary = binaryKind(bytes);
    if (binary)
      throw new AkanaError(
        400,
        `This is ${binary}, not an XML text file (it may have been renamed to .xml); choose the definition’s XML file`,
        { field: 'File' },
      );
    // By byte order mark or declared encoding, as the page reads it (File.text() is UTF-8 only).
    const decoded = decodeXmlUpload(bytes);
    const xml = decoded.text;
    const problem = decoded.ok
      ? checkDefinitionXml(xml)
      : { message: decoded.message, ...positionOf(xml, decoded.index) };
    if (problem)
      throw new AkanaError(
        400,
        `${problem.message} (line ${problem.line}, column ${problem.column})`,
        {
          field: 'File',
          line: problem.line,
          column: problem.column,
        },
      );
    if (c.req.raw.signal.aborted) return clientClosed(c);
    const created = insertDefinition(db, {
      name: String(form.get('Name')).trim(),
      description: String(form.get('Description')).trim(),
      objectType,
      businessId: businessIdFor(options.fedMemberId),
      xml,
    });
    return c.json(created);
  });

  app.delete('/api/workflow/definitions/:key', (c) => {
    requireEditor(c);
    // AK-DEL answers the text `true`: an Accept that rules text/plain out cannot be served.
    const accept = c.req.header('Accept');
    if (!acceptsMediaType(accept, 'text/plain'))
      throw new AkanaError(
        406,
        `Not Acceptable: the delete answers text/plain, which the Accept header (${accept}) does not allow`,
      );
    const key = c.req.param('key');
    if (!deleteDefinition(c.get('services').db, key))
      throw new AkanaError(404, `No workflow definition with key ${key}`);
    return c.text('true');
  });
}
