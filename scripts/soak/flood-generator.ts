// The flood itself, in a process of its own so that the desk's check-ins (made by the parent) are
// not queued behind the flood's own callbacks: opens slow-loris connections, then sends bad requests
// from many loops at once until its standard input closes.
//
//   node flood-generator.js --port N --token T --slow 1500 --concurrent 200
// Prints `READY <slow connections open>` once the flood is under way, then on end `DONE <json FloodCounts>`.

import net from 'node:net';
import { parseArgs } from 'node:util';
import { TOKEN_HEADER } from '../../electron/web-host.js';
import { rawRequest } from './flood.js';

export interface FloodCounts {
  readonly slowOpened: number;
  /** Slow connections still open when the flood ended (the host evicts some to make room). */
  readonly slowOpenAtEnd: number;
  readonly refused: number;
  readonly acceptedBad: number;
}

const { values } = parseArgs({ options: { port: { type: 'string' }, token: { type: 'string' }, slow: { type: 'string', default: '1500' }, concurrent: { type: 'string', default: '200' } } });
const port = Number(values.port);
const hostHeader = `127.0.0.1:${port}`;
let slowOpen = 0;
let slowOpened = 0;
const slow: net.Socket[] = [];
await Promise.all(
  Array.from(
    { length: Number(values.slow) },
    () =>
      new Promise<void>((resolve) => {
        const socket = net.connect(port, '127.0.0.1');
        socket.on('error', () => resolve());
        socket.once('close', () => slowOpen--);
        socket.once('connect', () => {
          slowOpen++;
          slowOpened++;
          socket.write(`POST /api/checkIn HTTP/1.1\r\nHost: ${hostHeader}\r\nX-Slow: `);
          resolve();
        });
        slow.push(socket);
      }),
  ),
);

let flooding = true;
let refused = 0;
let acceptedBad = 0;
// The flood counts as running once every loop has had a request refused.
let established: () => void = () => undefined;
const running = new Promise<void>((resolve) => (established = resolve));
const count = (good: boolean) => {
  if (good) acceptedBad++;
  else if (++refused >= Number(values.concurrent)) established();
};
const bad: { path: string; headers: Record<string, string>; body: string }[] = [
  { path: '/api/checkIn', headers: { host: hostHeader, 'content-type': 'application/json' }, body: '{}' },
  { path: '/api/checkIn', headers: { host: 'evil.example', 'content-type': 'application/json' }, body: '{}' },
  { path: '/api/importRoster', headers: { host: hostHeader, 'content-type': 'application/json', [TOKEN_HEADER]: 'guess', 'content-length': String(64 * 1024 * 1024) }, body: 'x' },
  { path: '/api/checkIn', headers: { host: hostHeader, origin: 'http://evil.example', 'content-type': 'application/json', [TOKEN_HEADER]: values.token ?? '' }, body: '{}' },
];
const hammer = async (i: number) => {
  while (flooding) {
    const request = bad[i++ % bad.length];
    if (!request) continue;
    await rawRequest(port, request).then(
      (a) => count(a.status < 400),
      () => count(false),
    );
  }
};
const hammers = Array.from({ length: Number(values.concurrent) }, (_, i) => hammer(i));
await running;
process.stdout.write(`READY ${slowOpen}\n`);
process.stdin.resume();
await new Promise<void>((resolve) => process.stdin.once('end', () => resolve()));
const counts: FloodCounts = { slowOpened, slowOpenAtEnd: slowOpen, refused, acceptedBad };
flooding = false;
await Promise.all(hammers);
for (const socket of slow) socket.destroy();
process.stdout.write(`DONE ${JSON.stringify(counts)}\n`);
