import { isApiError, type ApiError } from '../../../api/http/ApiError.ts';
import { gatewayStatusText as statusText } from '../../../api/http/gatewayStatus.ts';

/** A proxy or gateway answered instead of the server (ApiError.fromGateway). */
export function gatewayAnswered(error: unknown): error is ApiError {
  return isApiError(error) && error.fromGateway;
}

/** "504 Gateway Timeout", for the sentence that says a proxy answered. */
export function gatewayStatusText(error: ApiError): string {
  return statusText(error.status);
}

/**
 * The answer to a save that was sent says nothing about whether it was stored: there was none
 * (connection lost, the page being left), it could not be read, or a proxy gave it.
 */
export function answerLost(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.kind !== 'http' || gatewayAnswered(error);
}
