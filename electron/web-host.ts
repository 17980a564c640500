import http from 'node:http';
import { promises as fs, createReadStream } from 'node:fs';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { isApiName, type WireResult } from '../shared/api.js';
import type { DeskNotice } from '../shared/domain/session.js';
import type { DeskService } from './services/desk.js';
import { dispatch } from './services/dispatch.js';
import { CONTENT_SECURITY_POLICY } from './services/csp.js';
import { contentTypeOf, resolveInside } from './services/static-files.js';
import { connectionGuard } from './services/connection-guard.js';

/**
 * The same services over HTTP, for a browser: the renderer's calls as `POST /api/<call>` and the
 * change stream as server-sent events. Bound to 127.0.0.1 with a per-launch token; the Host and
 * Origin headers are checked so that no other web page can reach it (DNS rebinding, CSRF).
 *
 * Whatever else connects must not stop the desk: refusals are answered at once and the connection
 * closed without reading a body; requests that send their headers too slowly are cut off; and the
 * number of open connections is capped, evicting strangers first (see connection-guard.ts).
 */
export interface WebHostOptions {
  readonly desk: DeskService;
  readonly rendererDir: string;
  readonly host?: string;
  readonly port?: number;
  readonly token?: string;
  readonly maxBodyBytes?: number;
  readonly maxConnections?: number;
  /** How long a connection may take to send a request's headers. */
  readonly headersTimeoutMs?: number;
}

export interface WebHost {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly port: number;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-congress-token';
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
/** The desk's pages need a handful of connections; a flood gets the rest and no more. */
export const DEFAULT_MAX_CONNECTIONS = 256;
/** A browser sends its headers at once; a slow-loris client does not get to hold a connection for long. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
const MAX_HEADER_BYTES = 16 * 1024;

function sameToken(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

/** A refusal: answered at once, and the connection closed so that an unread body is never waited for. */
function refuse(res: http.ServerResponse, status: number, body: string): void {
  res.shouldKeepAlive = false;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', connection: 'close' });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: WireResult<unknown>): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

/**
 * The body, or 'tooLarge' as soon as it is known to exceed the limit. Only a caller with the token
 * gets this far (the desk's own page); the rest of an oversized body is read and dropped, not kept,
 * so that the page still receives the answer once its upload ends.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'tooLarge'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      resolve('tooLarge');
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (chunks.length > 0) {
        chunks.length = 0;
        resolve('tooLarge');
      }
    });
    req.on('end', () => resolve(size > limit ? 'tooLarge' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** An Origin header names this host exactly (parsed, never compared as a string prefix). */
function originAllowed(origin: string, allowedHosts: ReadonlySet<string>): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && url.origin === origin.toLowerCase() && allowedHosts.has(url.host);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const guard = connectionGuard(options.maxConnections ?? DEFAULT_MAX_CONNECTIONS);
  const rendererRoot = path.resolve(options.rendererDir);
  const streams = new Set<http.ServerResponse>();
  let allowedHosts = new Set<string>();

  const forward = (notice: DeskNotice): void => {
    const data = `data: ${JSON.stringify(notice)}\n\n`;
    for (const res of streams) res.write(data);
  };
  const unsubscribe = options.desk.subscribe(forward);

  const serveStatic = async (pathname: string, res: http.ServerResponse): Promise<void> => {
    const candidate = resolveInside(rendererRoot, pathname);
    if (candidate === null) {
      send(res, 404, 'Not found');
      return;
    }
    let file = candidate;
    const stat = await fs.stat(file).catch(() => null);
    if (!stat?.isFile()) {
      // Client-side routes (/display, /print/...) are the app's index page; missing assets are 404.
      if (path.extname(candidate) !== '') {
        send(res, 404, 'Not found');
        return;
      }
      file = path.join(rendererRoot, 'index.html');
    }
    const type = contentTypeOf(file);
    const headers: http.OutgoingHttpHeaders = {
      'content-type': type,
      'x-content-type-options': 'nosniff',
      'cache-control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=3600',
    };
    if (type.startsWith('text/html')) {
      headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
      headers['x-frame-options'] = 'DENY';
      headers['referrer-policy'] = 'no-referrer';
    }
    const stream = createReadStream(file);
    stream.once('open', () => {
      res.writeHead(200, headers);
      stream.pipe(res);
    });
    stream.once('error', () => {
      if (!res.headersSent) send(res, 404, 'Not found');
      else res.destroy();
    });
  };

  const handleApi = async (req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> => {
    const given = req.headers[TOKEN_HEADER];
    if (!sameToken(Array.isArray(given) ? given[0] : given, token)) {
      refuse(res, 401, 'Missing or wrong access token: open the address printed at start, with its token.');
      return;
    }
    guard.trust(req.socket);
    if (name === 'events' && req.method === 'GET') {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(': connected\n\n');
      streams.add(res);
      const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
      req.on('close', () => {
        clearInterval(heartbeat);
        streams.delete(res);
      });
      return;
    }
    if (name === 'sessionFile' && req.method === 'GET') {
      const file = await options.desk.readSessionFile();
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'cache-control': 'no-store',
      });
      res.end(file.bytes);
      return;
    }
    if (req.method !== 'POST') {
      refuse(res, 405, 'Method not allowed');
      return;
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      refuse(res, 415, 'JSON only');
      return;
    }
    if (!isApiName(name)) {
      refuse(res, 404, 'No such call');
      return;
    }
    const body = await readBody(req, maxBody);
    if (body === 'tooLarge') {
      send(res, 413, `Request larger than ${maxBody} bytes`);
      return;
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(res, 400, { ok: false, error: { code: 'input.invalid', params: { field: '', detail: 'JSON' } } });
      return;
    }
    sendJson(res, 200, await dispatch(options.desk, name, input));
  };

  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES, connectionsCheckingInterval: Math.min(1_000, headersTimeout) }, (req, res) => {
    const hostHeader = req.headers.host ?? '';
    if (!allowedHosts.has(hostHeader.toLowerCase())) {
      refuse(res, 421, 'Unknown host');
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !originAllowed(origin, allowedHosts)) {
      refuse(res, 403, 'Foreign origin');
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${hostHeader}`);
    } catch {
      refuse(res, 400, 'Bad request');
      return;
    }
    const api = /^\/api\/([A-Za-z]+)$/.exec(url.pathname);
    const work = api?.[1] !== undefined ? handleApi(req, res, api[1]) : req.method === 'GET' || req.method === 'HEAD' ? serveStatic(url.pathname, res) : Promise.resolve(refuse(res, 405, 'Method not allowed'));
    work.catch((error: unknown) => {
      console.error('[congress-desk] web host:', error);
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    });
  });
  server.on('connection', (socket) => guard.admit(socket));
  server.headersTimeout = headersTimeout;
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  allowedHosts = new Set([`${hostForUrl}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`].map((h) => h.toLowerCase()));
  const origin = `http://${hostForUrl}:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    close: async () => {
      unsubscribe();
      for (const res of streams) res.end();
      streams.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
