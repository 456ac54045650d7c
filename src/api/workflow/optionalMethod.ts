import { isApiError } from '../http/ApiError.ts';

/**
 * Whether a call failed because the server has no such agent method. GetEmailFlowList and
 * GetRestrictableFields are the sandbox's own: a SuperOffice tenant has no list methods
 * (contract §3, §12) and answers a method it does not have as any address it does not know, 404
 * (§1.3), whatever the body. These take no ids, so their 404 cannot mean a missing record. 405
 * and 501 are how other servers in front of it say the same.
 */
export const isMethodMissing = (e: unknown): boolean =>
  isApiError(e) && e.kind === 'http' && [404, 405, 501].includes(e.status);

/**
 * The answer of a method only some servers have, or null when this server does not have it
 * (so pages can say so rather than "could not load"). Every other failure is thrown as it is.
 */
export async function whenOffered<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (e) {
    if (isMethodMissing(e)) return null;
    throw e;
  }
}
