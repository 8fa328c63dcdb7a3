/**
 * Local mode's HTTP server: turns requests into the API Gateway (HTTP API, payload 2.0) events
 * the Lambda handlers expect, checks staff tokens as the JWT authorizer would, and serves the
 * staff UI and the dashboard from web/.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';
import * as z from 'zod/mini';
import { DIMENSION_VALUES, METRIC_DIMENSIONS, METRICS } from '../handlers/metric-names.ts';
import { STAFF_ROUTE_KEYS } from '../handlers/staff-api/routes.ts';
import type { MemoryMetrics } from './memory-metrics.ts';
import type { LocalTokens } from './tokens.ts';

type Result = APIGatewayProxyStructuredResultV2;

export interface LocalServerDeps {
  webhook: (e: APIGatewayProxyEventV2) => Promise<Result>;
  staff: (e: APIGatewayProxyEventV2WithJWTAuthorizer) => Promise<Result>;
  tokens: LocalTokens;
  metrics: MemoryMetrics;
  health: () => Record<string, unknown>;
  feedback: () => Promise<unknown[]>;
  /** Items by kind in the table: what a load run checks at the end. */
  counts: () => Promise<Record<string, number>>;
  webDir: string;
}

/** API Gateway's own limit is 10 MB; the webhook refuses far less, this only bounds memory. */
const MAX_REQUEST_BYTES = 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};
const METRIC_NAMES_JS = [
  `export const METRICS = ${JSON.stringify(METRICS)};`,
  `export const DIMENSION_VALUES = ${JSON.stringify(DIMENSION_VALUES)};`,
  `export const METRIC_DIMENSIONS = ${JSON.stringify(METRIC_DIMENSIONS)};`,
].join('\n');
const TokenRequest = z.strictObject({
  user: z.string().check(z.regex(/^[A-Za-z0-9_.@-]{1,64}$/, 'letters, digits and . _ @ -')),
  groups: z.array(z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,64}$/))).check(z.minLength(1), z.maxLength(10)),
});

const STAFF = STAFF_ROUTE_KEYS.map((key) => {
  const [method, template] = key.split(' ') as [string, string];
  const names: string[] = [];
  const pattern = template.replace(/\{(\w+)\}/g, (_, n: string) => {
    names.push(n);
    return '([^/]+)';
  });
  return { key, method, regex: new RegExp(`^${pattern}$`), names };
});

export function createLocalServer(deps: LocalServerDeps): Server {
  return createServer((req, res) => {
    handle(req, res, deps).catch(() => send(res, { statusCode: 500, body: '{"error":"internal error"}' }));
  });
}

/**
 * 1. Read the body (bounded). 2. `/webhook`: the webhook handler as is (it checks signatures).
 * 3. `/staff/…`: match a route, verify the bearer token (401 as API Gateway answers), hand the
 *    claims over as the JWT authorizer does. 4. `/local/…`: tokens, metrics, health.
 * 5. Anything else: a file from web/.
 */
async function handle(req: IncomingMessage, res: ServerResponse, deps: LocalServerDeps): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const body = await readBody(req);
  if (body === null) return send(res, json(413, { message: 'Request Entity Too Large' }));

  if (url.pathname === '/webhook' && method === 'POST') {
    return send(res, await deps.webhook(event(req, url, 'POST /webhook', body, {})));
  }
  if (url.pathname.startsWith('/staff/')) {
    const route = STAFF.find((r) => r.method === method && r.regex.test(url.pathname));
    if (!route) return send(res, json(404, { message: 'Not Found' }));
    const values = route.regex.exec(url.pathname)?.slice(1) ?? [];
    const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(values[i] as string)]));
    const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const claims = token ? await deps.tokens.verify(token) : null;
    if (!claims) return send(res, json(401, { message: 'Unauthorized' }));
    const e = event(req, url, route.key, body, params) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
    e.requestContext.authorizer = {
      jwt: { claims: claims as Record<string, string>, scopes: [] },
      principalId: '',
      integrationLatency: 0,
    };
    return send(res, await deps.staff(e));
  }
  if (url.pathname === '/local/token' && method === 'POST') {
    let raw: unknown;
    try {
      raw = JSON.parse(body.toString('utf8'));
    } catch {
      raw = undefined;
    }
    const r = TokenRequest.safeParse(raw);
    if (!r.success) return send(res, json(400, { error: 'expected {"user":"name","groups":["nurse"]}' }));
    return send(res, json(200, { token: await deps.tokens.issue(r.data.user, r.data.groups) }));
  }
  if (url.pathname === '/local/metrics' && method === 'GET') {
    const since = Number(url.searchParams.get('since') ?? 0);
    return send(res, json(200, { points: deps.metrics.points.filter((p) => p.t > since) }));
  }
  if (url.pathname === '/local/health' && method === 'GET') return send(res, json(200, deps.health()));
  if (url.pathname === '/local/counts' && method === 'GET') return send(res, json(200, await deps.counts()));
  if (url.pathname === '/local/feedback' && method === 'GET') {
    // Message text: a supervisor's token only, as for any staff read across queues.
    const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const claims = token ? await deps.tokens.verify(token) : null;
    const groups = claims?.['cognito:groups'];
    if (!claims) return send(res, json(401, { message: 'Unauthorized' }));
    if (!Array.isArray(groups) || !groups.includes('supervisor')) {
      return send(res, json(403, { error: 'the supervisor group exports feedback' }));
    }
    return send(res, json(200, { lines: await deps.feedback() }));
  }
  if (url.pathname === '/metrics.js' && method === 'GET') {
    // The dashboard's metric names, from the handlers' own list (the browser cannot import .ts).
    res.writeHead(200, { 'content-type': TYPES['.js'] as string, 'cache-control': 'no-store' });
    return void res.end(METRIC_NAMES_JS);
  }
  if (method === 'GET') return serveFile(res, deps.webDir, url.pathname);
  return send(res, json(404, { message: 'Not Found' }));
}

function event(
  req: IncomingMessage,
  url: URL,
  routeKey: string,
  body: Buffer,
  pathParameters: Record<string, string>,
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(',') : v;
  const query = Object.fromEntries(url.searchParams);
  const now = Date.now();
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(pathParameters).length ? { pathParameters } : {}),
    body: body.toString('utf8'),
    isBase64Encoded: false,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: url.host,
      domainPrefix: 'local',
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: req.headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: new Date(now).toUTCString(),
      timeEpoch: now,
    },
  };
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_REQUEST_BYTES) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function serveFile(res: ServerResponse, webDir: string, path: string): Promise<void> {
  const name = path === '/' ? 'index.html' : path === '/dashboard' ? 'dashboard.html' : path.slice(1);
  const file = normalize(join(webDir, name));
  if (!file.startsWith(normalize(webDir))) return send(res, json(404, { message: 'Not Found' }));
  try {
    const content = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      // The pages load nothing from elsewhere.
      'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
    });
    res.end(content);
  } catch {
    send(res, json(404, { message: 'Not Found' }));
  }
}

const json = (statusCode: number, body: unknown): Result => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

function send(res: ServerResponse, r: Result): void {
  if (res.headersSent) return;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.headers ?? {})) headers[k] = String(v);
  res.writeHead(r.statusCode ?? 200, headers);
  res.end(r.body ?? '');
}
