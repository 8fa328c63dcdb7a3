/**
 * Who may see and act on which queue. The JWT's groups (Cognito groups in AWS, the local
 * token's groups offline) map to queues through the configuration; `*` means every queue.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { HttpError } from '../http.ts';

export interface Caller {
  actor: string;
  groups: string[];
}

/**
 * API Gateway's JWT authorizer has already checked the token; its claims are read here.
 * HTTP APIs flatten an array claim into a string such as "[nurse pharmacy]", so both forms are read.
 */
export function callerOf(event: Pick<APIGatewayProxyEventV2WithJWTAuthorizer, 'requestContext'>): Caller {
  const claims = event.requestContext?.authorizer?.jwt?.claims;
  if (!claims) throw new HttpError(401, 'missing or invalid token');
  const actor = claims['cognito:username'] ?? claims.username ?? claims.sub;
  if (typeof actor !== 'string' || actor.trim() === '') throw new HttpError(401, 'token has no user');
  return { actor, groups: groupsOf(claims['cognito:groups'] ?? claims.groups) };
}

function groupsOf(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.filter((g): g is string => typeof g === 'string');
  if (typeof raw !== 'string') return [];
  return raw
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
}

export class QueueAccess {
  readonly #groups: Readonly<Record<string, readonly string[]>>;
  readonly #queues: readonly string[];

  constructor(groups: Readonly<Record<string, readonly string[]>>, queues: readonly string[]) {
    this.#groups = groups;
    this.#queues = [...new Set(queues)].sort();
  }

  get queues(): readonly string[] {
    return this.#queues;
  }

  visibleQueues(caller: Caller): string[] {
    const allowed = new Set<string>();
    for (const g of caller.groups) {
      for (const q of this.#groups[g] ?? []) {
        if (q === '*') return [...this.#queues];
        allowed.add(q);
      }
    }
    return this.#queues.filter((q) => allowed.has(q));
  }

  assert(caller: Caller, queue: string): void {
    if (!this.visibleQueues(caller).includes(queue)) throw new HttpError(403, 'not allowed on this queue');
  }
}
