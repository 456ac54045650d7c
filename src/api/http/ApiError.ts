import type { z } from '../schemas/zod.ts';
import { gatewayStatusText, isGatewayAnswer } from './gatewayStatus.ts';
import { forbiddenText, notFoundText } from './refusalText.ts';
import { requestIntent } from './requestIntent.ts';
import { tryAgainText } from './retryAfter.ts';

export type ApiErrorKind =
  /** The server answered with an error status and (usually) an error body. */
  | 'http'
  /** No answer: offline, DNS, connection dropped, CORS. */
  | 'network'
  /** The server answered 2xx but the body is not what the contract says. */
  | 'parse'
  /** The request was aborted by the app (navigation, cancel). */
  | 'aborted';

/** Every failure of the API layer, typed so that pages can say what happened and what to do. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  /** SuperOffice `ErrorType` (e.g. SoNotFoundException), or the Akana error code. */
  readonly type: string;
  /** The field the server named, when it named one (shown on that field). */
  readonly field?: string;
  /** What was requested, for the error panel. */
  readonly request: string;
  /** zod's issues, for a parse error. */
  readonly issues?: z.core.$ZodIssue[];
  /**
   * The wait a 429 or 503 asked for (its Retry-After, in ms from `answeredAt`): reads wait it out
   * when short (app/readRetry), and the message says when to try again.
   */
  readonly retryAfterMs?: number;
  /** When the answer came (epoch ms): the wait (`retryAfterMs`) counts from it. */
  readonly answeredAt: number;

  constructor(init: {
    kind: ApiErrorKind;
    message: string;
    request: string;
    status?: number;
    type?: string;
    field?: string;
    issues?: z.core.$ZodIssue[];
    retryAfterMs?: number;
    answeredAt?: number;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status ?? 0;
    this.type = init.type ?? init.kind;
    this.field = init.field;
    this.request = init.request;
    this.issues = init.issues;
    this.retryAfterMs = init.retryAfterMs;
    this.answeredAt = init.answeredAt ?? Date.now();
  }

  get isUnauthorized() {
    return this.kind === 'http' && this.status === 401;
  }
  get isNotFound() {
    return this.kind === 'http' && this.status === 404;
  }
  get isValidation() {
    return this.kind === 'http' && this.status === 400;
  }
  /** A proxy in front of the server answered (502, 504, a bare 503): the server's outcome is unknown. */
  get fromGateway() {
    return this.kind === 'http' && isGatewayAnswer(this.status, this.type);
  }

  /**
   * The answer says nothing of whether a write went through: the connection dropped, the answer
   * could not be read, or a proxy answered instead of the server. Only reading again can tell.
   */
  get outcomeUnknown() {
    return this.kind === 'network' || this.kind === 'parse' || this.fromGateway;
  }

  /**
   * When to try again: what is left of the wait the server asked for, counted when the message
   * is read (a page that shows it again later says less), else in a moment.
   */
  private get tryAgain(): string {
    if (this.retryAfterMs === undefined) return tryAgainText(undefined);
    return tryAgainText(this.answeredAt + this.retryAfterMs - Date.now());
  }

  /** One sentence for a banner or toast: what happened and what to do. */
  get userMessage(): string {
    switch (this.kind) {
      case 'network':
        // The browser's own words ("Failed to fetch") stay in `message`, for the details.
        return requestIntent(this.request) === 'save'
          ? 'Could not reach the server. Check your connection and try again; your edits are kept.'
          : 'Could not reach the server. Check your connection, then try again.';
      case 'parse':
        // A save or delete answered with unreadable data may still have gone through on the server.
        return requestIntent(this.request) === 'load'
          ? `The server sent data Flowdesk does not understand (${this.message}). Try again; if it keeps happening, tell your administrator.`
          : `The server answered, but with data Flowdesk does not understand (${this.message}), so the change may have gone through. Reload to check before trying again.`;
      case 'aborted':
        return 'The request was cancelled.';
      default:
        if (this.status === 401) return 'Your sign-in has expired. Sign in again to continue.';
        if (this.status === 403) return forbiddenText(this.message, requestIntent(this.request));
        if (this.status === 404) return notFoundText(this.message, requestIntent(this.request));
        // Refused for the Accept header before anything was done: the same request fails again.
        if (this.status === 406)
          return 'The server would not answer in the format Flowdesk asked for (406 Not Acceptable), so nothing was done. Trying again will not help: tell your administrator.';
        // Refused before anything was done: credentials (or cookies) too large for the server.
        if (this.status === 431)
          return 'The server refused the request because its headers were too large (431): a user name, password, ticket or token may be far too long, or this browser keeps too many cookies for the site. Check what you entered and try again; if it keeps happening, tell your administrator.';
        if (this.status === 429)
          return requestIntent(this.request) === 'save'
            ? `The server is busy (429 Too Many Requests) and saved nothing; your edits are kept. ${this.tryAgain}`
            : `The server is busy (429 Too Many Requests) and did nothing. ${this.tryAgain}`;
        if (this.fromGateway) {
          const proxy = `A proxy between Flowdesk and the server answered ${gatewayStatusText(this.status)} instead of the server`;
          if (requestIntent(this.request) === 'load') return `${proxy}. ${this.tryAgain}`;
          const check = `${proxy}, so the change may or may not have gone through. Reload to check before trying again.`;
          return this.retryAfterMs === undefined ? check : `${check} ${this.tryAgain}`;
        }
        if (this.status === 503 && this.retryAfterMs !== undefined)
          return `The server is busy (503): ${this.message}. ${this.tryAgain}`;
        if (this.status >= 500)
          return `The server failed (${this.status}): ${this.message}. Try again in a moment.`;
        return this.message;
    }
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
