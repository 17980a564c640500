// `npm run bench`: Congress Desk's speed at 250, 1,600 and 5,000 delegates, each figure measured in
// the same run as its reference (the disk's fdatasync, a blank page in the same browser). Prints one
// table and writes it as JSON to bench/results/. See docs/benchmarks.md.
//
//   npm run bench -- [--sizes 250,1600,5000] [--events 20000,100000] [--samples 300] [--quick]
//                    [--no-browser] [--dir FOLDER-ON-THE-DISK-TO-MEASURE] [--keep] [--pdf-runs 3]

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, promises as fs, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { replay } from '../../shared/domain/reducer.js';
import { EMPTY_SESSION } from '../../shared/domain/state.js';
import type { DelegateFields } from '../../shared/domain/roster/model.js';
import { projectRoot } from '../../electron/services/paths.js';
import { syntheticRoster } from '../support/synthetic-roster.js';
import { buildSession, writeSessionFile } from '../support/event-mix.js';
import { startHostProcess } from '../support/host-process.js';
import type { Figure } from './figures.js';
import type { SessionFixture } from './service-cases.js';
import { BROWSER_CASES, openDesk, probeSource } from './browser-cases.js';
import { goalVerdicts, renderTable, type SizeResult } from './table.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '250,1600,5000' },
    events: { type: 'string', default: '20000,100000' },
    samples: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    dir: { type: 'string', default: os.tmpdir() },
    keep: { type: 'boolean', default: false },
    'pdf-runs': { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const eventCounts = values.events.split(',').map(Number).sort((a, b) => a - b);
const samples = Number(values.samples ?? (values.quick ? 80 : 300));
const pdfRuns = Number(values['pdf-runs'] ?? (values.quick ? 1 : 3));
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const workDir = mkdtempSync(path.join(values.dir, 'congress-bench-'));
const say = (text: string) => process.stderr.write(`bench: ${text}\n`);

async function serviceFigures(size: number, fixtures: readonly SessionFixture[]): Promise<Figure[]> {
  const worker = fileURLToPath(new URL('./service-worker.js', import.meta.url));
  const args = [worker, '--size', String(size), '--work', path.join(workDir, `service-${size}`), '--samples', String(samples)];
  for (const f of fixtures) args.push('--session', `${f.events}=${f.path}`);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const line = out.split('\n').find((l) => l.startsWith('FIGURES '));
  if (code !== 0 || !line) throw new Error(`the service benchmarks failed (${code}):\n${out}`);
  return JSON.parse(line.slice('FIGURES '.length)) as Figure[];
}

async function browserFigures(size: number, roster: readonly DelegateFields[], fixture: SessionFixture, browser: Browser): Promise<Figure[]> {
  const dataDir = path.join(workDir, `browser-${size}`);
  const file = path.join(dataDir, 'sessions', 'bench.congress');
  mkdirSync(path.dirname(file), { recursive: true });
  await fs.copyFile(fixture.path, file);
  const host = await startHostProcess({ dataDir });
  try {
    await host.call('openSession', { path: file });
    // A new sitting, so that every delegate is there to be scanned in.
    const state = replay((await host.call('getJournal', {})).entries, EMPTY_SESSION);
    const congress = state.congress;
    const last = congress?.sittings.at(-1);
    if (!congress || !last) throw new Error('the fixture has no congress');
    const { id: _id, ...settings } = congress;
    const updated = await host.call('updateCongress', { ...settings, sittings: [...congress.sittings, { kind: 'official', title: 'Phiên bế mạc', date: last.date, start: '19:00', end: '21:00' }] });
    const closing = updated.sittings.at(-1);
    if (!closing) throw new Error('the new sitting is missing');
    await host.call('activateSitting', { sittingId: closing.id });

    const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    await context.addInitScript({ content: probeSource() });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await openDesk(page, host.url);
    const figures: Figure[] = [];
    const benchContext = { size, browser, page, cdp, host, roster, absentCodes: roster.map((d) => d.code), samples: Math.min(samples, 120), session: fixture.path, pdfRuns };
    for (const benchCase of BROWSER_CASES) {
      say(`${size.toLocaleString('en')} delegates: ${benchCase.id} in Chromium`);
      figures.push(...(await benchCase.run(benchContext)));
    }
    await context.close();
    return figures;
  } finally {
    await host.stop();
  }
}

const machine = {
  date: new Date().toISOString(),
  cpu: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GB`,
  system: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  chromium: '',
  disk: workDir,
  loadBefore: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  loadAfter: '',
};

const results: SizeResult[] = [];
let browser: Browser | null = null;
try {
  if (!values['no-browser']) {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    machine.chromium = browser.version();
  }
  for (const size of sizes) {
    const roster = syntheticRoster(size);
    const fixtures: SessionFixture[] = [];
    for (const events of eventCounts) {
      say(`${size.toLocaleString('en')} delegates: building a session of ${events.toLocaleString('en')} events`);
      const file = path.join(workDir, 'fixtures', `${size}-${events}.congress`);
      mkdirSync(path.dirname(file), { recursive: true });
      await writeSessionFile(file, buildSession(roster, events));
      fixtures.push({ events, path: file });
    }
    say(`${size.toLocaleString('en')} delegates: service benchmarks`);
    const figures = await serviceFigures(size, fixtures);
    const first = fixtures[0];
    if (browser && first) figures.push(...(await browserFigures(size, roster, first, browser)));
    results.push({ size, figures });
  }
} finally {
  await browser?.close();
  if (!values.keep) rmSync(workDir, { recursive: true, force: true });
}
machine.loadAfter = os.loadavg().map((l) => l.toFixed(2)).join(' ');

const lines = [
  `Congress Desk benchmarks, ${machine.date}`,
  `${machine.cpu}, ${machine.memory}, ${machine.system}, Node ${machine.node}${machine.chromium ? `, Chromium ${machine.chromium}` : ''}`,
  `Disk measured: ${values.dir}; load average ${machine.loadBefore} before, ${machine.loadAfter} after (figures on a busy machine are noisy)`,
  `Sessions opened: the roster plus ${eventCounts.map((e) => e.toLocaleString('en')).join(' or ')} events; the browser and check-ins use the ${eventCounts[0]?.toLocaleString('en')}-event one`,
  '',
  renderTable(results),
];
console.log(lines.join('\n'));

const resultsDir = path.join(projectRoot(), 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const stamp = machine.date.replace(/[-:]/g, '').replace(/\..*$/, '');
const out = path.join(resultsDir, `bench-${stamp}.json`);
writeFileSync(out, JSON.stringify({ machine, options: { sizes, eventCounts, samples, pdfRuns }, results, goals: goalVerdicts(results) }, null, 2) + '\n');
console.log(`\nWritten to ${path.relative(process.cwd(), out)}`);
