import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import os from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { DeskService } from './services/desk.js';
import { startWebHost, TOKEN_HEADER, type WebHost } from './web-host.js';
import { startHostProcess, type HostProcess } from '../scripts/support/host-process.js';
import { flood, rawRequest } from '../scripts/soak/flood.js';
import { headlessDesk } from '../tests/support/services.js';

// The web host as a stranger meets it: plain HTTP requests, each refusal checked, and a flood of
// bad, slow and oversized requests that must not keep a check-in from going through.

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
    desk = headlessDesk({ dataDir });
    host = await startWebHost({ desk, rendererDir: dataDir, maxBodyBytes: LIMIT, headersTimeoutMs: 400 });
    hostHeader = `127.0.0.1:${host.port}`;
    good = { host: hostHeader, 'content-type': 'application/json', [TOKEN_HEADER]: host.token };
  });
  afterAll(async () => {
    await host.close();
    await desk.close();
  });

  it('answers a call with the token, the right Host and no Origin, or its own Origin', async () => {
    const plain = await rawRequest(host.port, { path: '/api/getDeskInfo', headers: good, body: '{}' });
    expect(plain.status).toBe(200);
    expect(JSON.parse(plain.body)).toMatchObject({ ok: true, value: { transport: 'web', session: null } });
    const same = await rawRequest(host.port, { path: '/api/getDeskInfo', headers: { ...good, origin: host.origin }, body: '{}' });
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
      const answer = await rawRequest(host.port, { method, path: method === 'GET' ? '/api/events' : '/api/getDeskInfo', headers, body: method === 'GET' ? undefined : '{}' });
      expect(answer.status).toBe(401);
      expect(answer.connection).toBe('close');
    }
    // The token in the address is for the page only; calls need it in the header.
    const inQuery = await rawRequest(host.port, { path: `/api/getDeskInfo?token=${host.token}`, headers: noToken, body: '{}' });
    expect(inQuery.status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) before anything else', async () => {
    for (const foreign of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, `127.0.0.1.evil.example:${host.port}`]) {
      const answer = await rawRequest(host.port, { path: '/api/getDeskInfo', headers: { ...good, host: foreign }, body: '{}' });
      expect(answer.status, foreign).toBe(421);
    }
    const page = await rawRequest(host.port, { method: 'GET', path: '/', headers: { host: 'evil.example' } });
    expect(page.status).toBe(421);
  });

  it('refuses a request from a foreign Origin (another web page) even with the token', async () => {
    const foreign = ['http://evil.example', 'null', `https://127.0.0.1:${host.port}`, `http://127.0.0.1:${host.port}.evil.example`, `http://user@127.0.0.1:${host.port}`, `http://127.0.0.1:${host.port + 1}`];
    for (const origin of foreign) {
      const answer = await rawRequest(host.port, { path: '/api/getDeskInfo', headers: { ...good, origin }, body: '{}' });
      expect(answer.status, origin).toBe(403);
    }
  });

  it('refuses bodies over the size limit, declared or streamed, without keeping them', async () => {
    const declared = await rawRequest(host.port, { path: '/api/addDelegate', headers: { ...good, 'content-length': String(LIMIT + 1) }, body: Buffer.alloc(LIMIT + 1, 0x20) });
    expect(declared.status).toBe(413);
    // Without the token the body is not even looked at.
    const { [TOKEN_HEADER]: _, ...stranger } = good;
    const big = await rawRequest(host.port, { path: '/api/addDelegate', headers: { ...stranger, 'content-length': String(LIMIT * 100) }, body: Buffer.alloc(LIMIT * 100, 0x20) });
    expect(big.status).toBe(401);
    expect(big.connection).toBe('close');
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
    const under = await rawRequest(host.port, { path: '/api/getDeskInfo', headers: good, body: '{}' + ' '.repeat(LIMIT - 2) });
    expect(under.status).toBe(200);
  });

  it('refuses other methods, other content types and unknown calls', async () => {
    expect((await rawRequest(host.port, { method: 'PUT', path: '/api/getDeskInfo', headers: good, body: '{}' })).status).toBe(405);
    expect((await rawRequest(host.port, { path: '/api/getDeskInfo', headers: { ...good, 'content-type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await rawRequest(host.port, { path: '/api/evalSomething', headers: good, body: '{}' })).status).toBe(404);
    expect((await rawRequest(host.port, { method: 'DELETE', path: '/', headers: { host: hostHeader } })).status).toBe(405);
    const badJson = await rawRequest(host.port, { path: '/api/getDeskInfo', headers: good, body: '{"a":' });
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
    const codes = ['DB001', 'DB002', 'DB003', 'DB004', 'DB005'];
    const generator = path.join(inject('compiledNode'), 'scripts', 'soak', 'flood-generator.js');
    const checkInsBefore = (await host.call('getJournal', {})).entries.filter((e) => e.type === 'attendance.checkedIn').length;
    const result = await flood(host, { generator, slowConnections: 1500, concurrentBadRequests: 200, codes, sittingId: 's-am' });
    console.info(`check-ins during the flood: ${result.checkIns.map((c) => `${c.ms.toFixed(1)} ms`).join(', ')}; ${result.counts.refused} bad requests refused`);
    expect(result.checkIns.map((c) => c.outcome)).toEqual(codes.map(() => 'checkedIn'));
    // The flood was real while the check-ins ran: slow connections were held open to the end and bad requests refused.
    expect(result.counts.slowOpened).toBe(1500);
    expect(result.counts.slowOpenAtEnd).toBeGreaterThan(0);
    expect(result.counts.refused).toBeGreaterThan(codes.length);
    expect(result.counts.acceptedBad).toBe(0);
    // And the session holds exactly those five check-ins more than before (the demo comes with its own).
    const journal = await host.call('getJournal', {});
    expect(journal.entries.filter((e) => e.type === 'attendance.checkedIn')).toHaveLength(checkInsBefore + 5);
  });
});
