import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import os from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { DeskService, headlessPlatform } from './services/desk.js';
import { memoryStore, preferencesStore } from './services/preferences.js';
import { startWebHost, TOKEN_HEADER, type WebHost } from './web-host.js';
import { startHostProcess, type HostProcess } from '../scripts/support/host-process.js';

// The web host as a stranger meets it: plain HTTP requests, each refusal checked, and a flood of
// bad, slow and oversized requests that must not keep a check-in from going through.

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly connection: string | undefined;
}

function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Answer> {
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

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'web-host-'));
  writeFileSync(path.join(dataDir, 'index.html'), '<!doctype html><title>desk</title>');
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('web host refusals', () => {
  let host: WebHost;
  let desk: DeskService;
  let hostHeader: string;
  let good: Record<string, string>;
  const LIMIT = 4096;

  beforeAll(async () => {
    desk = new DeskService({ dataDir, preferences: preferencesStore(memoryStore()), platform: headlessPlatform('web'), appVersion: 'test', actor: 'test', backupIntervalMs: 0 });
    host = await startWebHost({ desk, rendererDir: dataDir, maxBodyBytes: LIMIT, headersTimeoutMs: 400 });
    hostHeader = `127.0.0.1:${host.port}`;
    good = { host: hostHeader, 'content-type': 'application/json', [TOKEN_HEADER]: host.token };
  });
  afterAll(async () => {
    await host.close();
    await desk.close();
  });

  it('answers a call with the token, the right Host and no Origin, or its own Origin', async () => {
    const plain = await request(host.port, { path: '/api/getDeskInfo', headers: good, body: '{}' });
    expect(plain.status).toBe(200);
    expect(JSON.parse(plain.body)).toMatchObject({ ok: true, value: { transport: 'web', session: null } });
    const same = await request(host.port, { path: '/api/getDeskInfo', headers: { ...good, origin: host.origin }, body: '{}' });
    expect(same.status).toBe(200);
  });

  it('refuses calls and the change stream without the right token, and closes the connection', async () => {
    const { [TOKEN_HEADER]: _, ...noToken } = good;
    const cases: [string, Record<string, string>, string?][] = [
      ['POST', noToken],
      ['POST', { ...good, [TOKEN_HEADER]: 'x' }],
      ['POST', { ...good, [TOKEN_HEADER]: host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A') }],
      ['GET', noToken],
    ];
    for (const [method, headers] of cases) {
      const answer = await request(host.port, { method, path: method === 'GET' ? '/api/events' : '/api/getDeskInfo', headers, body: method === 'GET' ? undefined : '{}' });
      expect(answer.status).toBe(401);
      expect(answer.connection).toBe('close');
    }
    // The token in the address is for the page only; calls need it in the header.
    const inQuery = await request(host.port, { path: `/api/getDeskInfo?token=${host.token}`, headers: noToken, body: '{}' });
    expect(inQuery.status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) before anything else', async () => {
    for (const foreign of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, `127.0.0.1.evil.example:${host.port}`]) {
      const answer = await request(host.port, { path: '/api/getDeskInfo', headers: { ...good, host: foreign }, body: '{}' });
      expect(answer.status, foreign).toBe(421);
    }
    const page = await request(host.port, { method: 'GET', path: '/', headers: { host: 'evil.example' } });
    expect(page.status).toBe(421);
  });

  it('refuses a request from a foreign Origin (another web page) even with the token', async () => {
    const foreign = ['http://evil.example', 'null', `https://127.0.0.1:${host.port}`, `http://127.0.0.1:${host.port}.evil.example`, `http://user@127.0.0.1:${host.port}`, `http://127.0.0.1:${host.port + 1}`];
    for (const origin of foreign) {
      const answer = await request(host.port, { path: '/api/getDeskInfo', headers: { ...good, origin }, body: '{}' });
      expect(answer.status, origin).toBe(403);
    }
  });

  it('refuses bodies over the size limit, declared or streamed, without reading them', async () => {
    const declared = await request(host.port, { path: '/api/addDelegate', headers: { ...good, 'content-length': String(LIMIT + 1) }, body: Buffer.alloc(LIMIT + 1, 0x20) });
    expect(declared.status).toBe(413);
    expect(declared.connection).toBe('close');
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: host.port, method: 'POST', path: '/api/addDelegate', headers: { ...good, 'transfer-encoding': 'chunked' }, agent: false, setHost: false }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 8; i++) req.write(Buffer.alloc(1024, 0x20));
      req.end();
    });
    expect(chunked).toBe(413);
    const under = await request(host.port, { path: '/api/getDeskInfo', headers: good, body: '{}' + ' '.repeat(LIMIT - 2) });
    expect(under.status).toBe(200);
  });

  it('refuses other methods, other content types and unknown calls', async () => {
    expect((await request(host.port, { method: 'PUT', path: '/api/getDeskInfo', headers: good, body: '{}' })).status).toBe(405);
    expect((await request(host.port, { path: '/api/getDeskInfo', headers: { ...good, 'content-type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await request(host.port, { path: '/api/evalSomething', headers: good, body: '{}' })).status).toBe(404);
    expect((await request(host.port, { method: 'DELETE', path: '/', headers: { host: hostHeader } })).status).toBe(405);
    const badJson = await request(host.port, { path: '/api/getDeskInfo', headers: good, body: '{"a":' });
    expect(JSON.parse(badJson.body)).toEqual({ ok: false, error: { code: 'input.invalid', params: { field: '', detail: 'JSON' } } });
  });

  it('cuts off a connection that sends its headers too slowly', async () => {
    const socket = net.connect(host.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(`GET / HTTP/1.1\r\nHost: ${hostHeader}\r\nX-Slow: `);
    const closed = await new Promise<string>((resolve) => {
      let answer = '';
      socket.on('data', (c: Buffer) => (answer += c.toString()));
      socket.once('close', () => resolve(answer));
    });
    // Node answers 408 Request Timeout, then closes.
    expect(closed).toMatch(/^HTTP\/1\.1 408/);
  });
});

describe('web host under a flood', () => {
  let host: HostProcess;
  let floodDir: string;

  beforeAll(async () => {
    floodDir = mkdtempSync(path.join(os.tmpdir(), 'flood-'));
    // With few open files allowed, as on a Mac, an unguarded host runs out of them under this flood.
    host = await startHostProcess({ dataDir: floodDir, cli: path.join(inject('compiledNode'), 'electron', 'web-host-cli.js'), rendererDir: floodDir, openFileLimit: 512 });
    await host.call('openDemo', {});
  });
  afterAll(async () => {
    await host.stop();
    rmSync(floodDir, { recursive: true, force: true });
  });

  it('still checks a delegate in, on a new connection, while thousands of slow and bad requests hold and hammer it', async () => {
    const hostHeader = `127.0.0.1:${host.port}`;
    // Slow-loris: connections that open and send half a request, then nothing.
    const slow: net.Socket[] = [];
    let slowOpen = 0;
    await Promise.all(
      Array.from({ length: 1500 }, () =>
        new Promise<void>((resolve) => {
          const socket = net.connect(host.port, '127.0.0.1');
          socket.on('error', () => undefined);
          socket.once('close', () => slowOpen--);
          socket.once('connect', () => {
            slowOpen++;
            socket.write(`POST /api/checkIn HTTP/1.1\r\nHost: ${hostHeader}\r\nX-Slow: `);
            resolve();
          });
          socket.once('error', () => resolve());
          slow.push(socket);
        }),
      ),
    );

    // Bad requests, many at a time, for as long as the check-ins run.
    let flooding = true;
    let refused = 0;
    let failed = 0;
    const badRequests: { path: string; headers: Record<string, string>; body: string }[] = [
      { path: '/api/checkIn', headers: { host: hostHeader, 'content-type': 'application/json' }, body: '{}' },
      { path: '/api/checkIn', headers: { host: 'evil.example', 'content-type': 'application/json' }, body: '{}' },
      { path: '/api/importRoster', headers: { host: hostHeader, 'content-type': 'application/json', [TOKEN_HEADER]: 'guess', 'content-length': String(64 * 1024 * 1024) }, body: 'x' },
      { path: '/api/checkIn', headers: { host: hostHeader, origin: 'http://evil.example', 'content-type': 'application/json', [TOKEN_HEADER]: host.token }, body: '{}' },
    ];
    const hammer = async (i: number) => {
      while (flooding) {
        const bad = badRequests[i++ % badRequests.length];
        if (!bad) continue;
        await request(host.port, bad).then(
          (a) => (a.status >= 400 ? refused++ : failed++),
          () => refused++,
        );
      }
    };
    const hammers = Array.from({ length: 200 }, (_, i) => hammer(i));

    const answers: { kind: string; ms: number; slowStillOpen: number }[] = [];
    for (const code of ['DB001', 'DB002', 'DB003', 'DB004', 'DB005']) {
      const started = performance.now();
      const answer = await request(host.port, {
        path: '/api/checkIn',
        headers: { host: hostHeader, 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
        body: JSON.stringify({ sittingId: 's-am', target: { kind: 'code', code }, method: 'code' }),
      });
      const result = JSON.parse(answer.body) as { ok: boolean; value?: { kind: string } };
      answers.push({ kind: result.value?.kind ?? answer.body, ms: performance.now() - started, slowStillOpen: slowOpen });
    }
    const refusedDuring = refused;
    flooding = false;
    await Promise.all(hammers);
    for (const socket of slow) socket.destroy();

    console.info(`check-ins during the flood: ${answers.map((a) => `${a.ms.toFixed(1)} ms`).join(', ')}; ${refusedDuring} bad requests refused meanwhile`);
    expect(answers.map((a) => a.kind)).toEqual(['checkedIn', 'checkedIn', 'checkedIn', 'checkedIn', 'checkedIn']);
    // The flood was real while the check-ins ran: slow connections were held open and bad requests were being refused.
    expect(Math.min(...answers.map((a) => a.slowStillOpen))).toBeGreaterThan(0);
    expect(refusedDuring).toBeGreaterThan(answers.length);
    expect(failed).toBe(0);
    // And the session holds exactly those five check-ins.
    const journal = await host.call('getJournal', {});
    expect(journal.entries.filter((e) => e.type === 'attendance.checkedIn')).toHaveLength(5);
  });
});
