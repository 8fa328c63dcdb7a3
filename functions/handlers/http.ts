/**
 * HTTP for the API Gateway (HTTP API, payload 2.0) handlers: one place builds responses and
 * maps typed errors to status codes. A 500 says nothing about its cause.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { TriageError, ValidationError } from '#core/errors.ts';

export type HttpResponse = APIGatewayProxyStructuredResultV2 & { statusCode: number; body: string };

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return {
    statusCode,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}

/** An error with its HTTP status; its message is safe to show (it names a problem, never a value). */
export class HttpError extends TriageError {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Status codes for the errors other layers throw, by class name (adapters stay free of HTTP). */
const STATUS_BY_ERROR: Record<string, number> = {
  ValidationError: 400,
  InvalidActionError: 409,
  ConflictError: 409,
  MessageNotFoundError: 404,
};

/**
 * 1. An HttpError: its status and message. 2. A ValidationError: 400 with its issues (paths and
 * what was expected, never values). 3. A known domain error: its status and message.
 * 4. Anything else: 500, a generic body, and the caller logs the error's class.
 */
export function errorResponse(e: unknown): HttpResponse {
  if (e instanceof HttpError) return json(e.status, { error: e.message });
  if (e instanceof ValidationError && e.name === 'ValidationError') {
    return json(400, { error: e.message, issues: e.issues });
  }
  if (e instanceof TriageError) {
    const status = STATUS_BY_ERROR[e.name];
    if (status) {
      const extra = 'currentVersion' in e ? { currentVersion: e.currentVersion } : {};
      return json(status, { error: e.message, ...extra });
    }
  }
  return json(500, { error: 'internal error' });
}

/** The raw body as the sender signed it (API Gateway base64-encodes some bodies). */
export function rawBody(event: Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded'>): Buffer {
  if (event.body === undefined || event.body === null) return Buffer.alloc(0);
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
}

/** Header lookup regardless of case (API Gateway lower-cases them; local mode may not). */
export function header(headers: Record<string, string | undefined> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === wanted) return v;
  return undefined;
}
