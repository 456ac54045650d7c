import { expect, type APIRequestContext } from '@playwright/test';
import { definitionXml, xmlFile } from './definitionFiles.ts';

/**
 * Signs this request context in to the platform as the admin (its login and CSRF cookies), for
 * a spec's own setup and clean-up; the header a write needs, as the page sends it.
 */
async function signInToPlatform(request: APIRequestContext): Promise<Record<string, string>> {
  const res = await request.post('/api/login', { data: { email: 'admin', password: 'admin' } });
  expect(res.ok(), `platform sign-in: ${await res.text()}`).toBe(true);
  // The cookie of the fedmember signed in to, not a stale one of another a test may have left.
  const { fedMemberId } = (await res.json()) as { fedMemberId: string };
  const { cookies } = await request.storageState();
  const csrf = cookies.find((c) => c.name === `X-Csrf-Token_${fedMemberId}`);
  if (!csrf) throw new Error(`The platform sign-in set no X-Csrf-Token_${fedMemberId} cookie.`);
  return { [csrf.name]: csrf.value };
}

interface StoredDefinition {
  Key: string;
  Name: string;
}

/**
 * The platform's list, read with the CSRF header (`csrf`, from signInToPlatform) as the page sends
 * it: a platform set to check it on reads too (readRequestCsrf) still answers.
 */
async function listDefinitions(
  request: APIRequestContext,
  csrf: Record<string, string>,
): Promise<StoredDefinition[]> {
  const res = await request.get('/api/workflow/definitions', {
    headers: { ...csrf, Accept: 'application/json' },
  });
  expect(res.ok(), `definitions list: ${await res.text()}`).toBe(true);
  return ((await res.json()) as { WorkflowDefinition: StoredDefinition[] }).WorkflowDefinition;
}

/** The names of the definitions the platform holds, sorted (a name held twice is listed twice). */
export async function definitionNames(request: APIRequestContext): Promise<string[]> {
  const csrf = await signInToPlatform(request);
  return (await listDefinitions(request, csrf)).map((d) => d.Name).sort();
}

/** Deletes every definition of these names: what a test uploaded, whether it passed or not. */
export async function deleteDefinitionsNamed(
  request: APIRequestContext,
  names: readonly string[],
): Promise<void> {
  const csrf = await signInToPlatform(request);
  for (const d of await listDefinitions(request, csrf)) {
    if (!names.includes(d.Name)) continue;
    const res = await request.delete(`/api/workflow/definitions/${encodeURIComponent(d.Key)}`, {
      headers: csrf,
    });
    expect(res.ok(), `deleting ${d.Name}: ${await res.text()}`).toBe(true);
  }
}

/** Uploads a small definition of this name, as another client would: a test's own record. */
export async function uploadDefinition(request: APIRequestContext, name: string): Promise<void> {
  const csrf = await signInToPlatform(request);
  const res = await request.post('/api/workflow/definitions', {
    headers: { ...csrf, Accept: 'application/json' },
    multipart: {
      File: xmlFile(`${name}.xml`, definitionXml('@Start')),
      Name: name,
      Description: 'Uploaded by a test as its own record.',
      ObjectType: 'ticket',
    },
  });
  expect(res.ok(), `uploading ${name}: ${await res.text()}`).toBe(true);
}

/** The keys of the definitions the platform holds now: taken before a test, see deleteAddedSince. */
export async function definitionKeys(request: APIRequestContext): Promise<Set<string>> {
  const csrf = await signInToPlatform(request);
  return new Set((await listDefinitions(request, csrf)).map((d) => d.Key));
}

/**
 * Deletes every definition whose key is not in `before`: what a test uploaded, by whatever name
 * (one named as a seeded definition too), so the next run on the same platform finds the list as
 * this one did. Only for a spec run alone on the platform (workers: 1), as the suite is.
 */
export async function deleteDefinitionsAddedSince(
  request: APIRequestContext,
  before: ReadonlySet<string>,
): Promise<void> {
  const csrf = await signInToPlatform(request);
  for (const d of await listDefinitions(request, csrf)) {
    if (before.has(d.Key)) continue;
    const res = await request.delete(`/api/workflow/definitions/${encodeURIComponent(d.Key)}`, {
      headers: csrf,
    });
    expect(res.ok(), `deleting ${d.Name}: ${await res.text()}`).toBe(true);
  }
}
