// A flood against the web host: slow-loris connections that send half a request and wait, and
// hundreds of concurrent bad requests (no token, a foreign Host or Origin, an enormous body), made by
// flood-generator.js in its own process, while this process checks delegates in, each on a new
// connection as a reconnecting page would.

import http from 'node:http';
import { spawn } from 'node:child_process';
import { TOKEN_HEADER } from '../../electron/web-host.js';
import type { HostProcess } from '../support/host-process.js';
import type { FloodCounts } from './flood-generator.js';

export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
  readonly connection: string | undefined;
}

/** One request on a connection of its own, with exactly the headers given (Host included). */
export function rawRequest(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path, headers: options.headers, agent: false, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), connection: res.headers.connection }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

export interface FloodOptions {
  /** The compiled flood-generator.js. */
  readonly generator: string;
  readonly slowConnections: number;
  readonly concurrentBadRequests: number;
  /** Delegate codes to check in during the flood, one request each. */
  readonly codes: readonly string[];
  readonly sittingId: string;
}

export interface FloodResult {
  /** The answer to each check-in ('checkedIn' or what came back instead) and how long it took. */
  readonly checkIns: readonly { readonly outcome: string; readonly ms: number }[];
  readonly counts: FloodCounts;
}

export async function flood(host: HostProcess, options: FloodOptions): Promise<FloodResult> {
  const generator = spawn(process.execPath, [options.generator, '--port', String(host.port), '--token', host.token, '--slow', String(options.slowConnections), '--concurrent', String(options.concurrentBadRequests)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  const line = (prefix: string) =>
    new Promise<string>((resolve, reject) => {
      const look = () => {
        const found = output.split('\n').find((l) => l.startsWith(prefix));
        if (found !== undefined) resolve(found.slice(prefix.length));
        return found !== undefined;
      };
      if (look()) return;
      const onData = () => look() && generator.stdout.off('data', onData);
      generator.stdout.on('data', onData);
      generator.once('exit', (code) => reject(new Error(`the flood generator exited (${code}): ${output}`)));
    });
  generator.stdout.on('data', (c: Buffer) => (output += c.toString()));
  await line('READY ');

  const hostHeader = `127.0.0.1:${host.port}`;
  const checkIns: { outcome: string; ms: number }[] = [];
  for (const code of options.codes) {
    const started = performance.now();
    const answer = await rawRequest(host.port, {
      path: '/api/checkIn',
      headers: { host: hostHeader, 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: JSON.stringify({ sittingId: options.sittingId, target: { kind: 'code', code }, method: 'code' }),
    }).catch((error: unknown) => ({ status: 0, body: String(error), connection: undefined }));
    let outcome = answer.body;
    try {
      const result = JSON.parse(answer.body) as { value?: { kind?: string } };
      outcome = result.value?.kind ?? answer.body;
    } catch {
      // Not JSON: the connection failed; the text says how.
    }
    checkIns.push({ outcome, ms: performance.now() - started });
  }
  generator.stdin.end();
  const counts = JSON.parse(await line('DONE ')) as FloodCounts;
  return { checkIns, counts };
}
