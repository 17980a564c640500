// Benchmark cases measured in the services' own process (service-worker.ts runs them, one roster
// size per process, so that its peak memory belongs to that size). A feature with a speed goal on
// the service side adds one entry to SERVICE_CASES.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Delegate } from '../../shared/domain/roster/model.js';
import { presenceOf } from '../../shared/domain/attendance/select.js';
import { searchEntries, searchEntry } from '../../shared/text/search.js';
import { compareNameKeys, nameSortKey } from '../../shared/text/collate.js';
import { foldKey } from '../../shared/text/fold.js';
import { DemoRandom } from '../../shared/demo/random.js';
import { deskFor } from '../soak/crash.js';
import { megabytes, single, timed, type Figure } from './figures.js';

export interface SessionFixture {
  readonly events: number;
  readonly path: string;
}

export interface ServiceContext {
  readonly size: number;
  /** A folder of this run's own: cases copy fixtures here before writing to them. */
  readonly workDir: string;
  /** Session files with the roster and this many events, smallest first; never written to. */
  readonly sessions: readonly SessionFixture[];
  /** How many samples a timed case takes (fewer with --quick). */
  readonly samples: number;
}

export interface ServiceCase {
  readonly id: string;
  run(context: ServiceContext): Promise<readonly Figure[]>;
}

const now = () => performance.now();

async function copyFixture(context: ServiceContext, fixture: SessionFixture, name: string): Promise<{ dataDir: string; file: string }> {
  const dataDir = path.join(context.workDir, name);
  const sessions = path.join(dataDir, 'sessions');
  await fs.mkdir(sessions, { recursive: true });
  const file = path.join(sessions, `${name}.congress`);
  await fs.copyFile(fixture.path, file);
  return { dataDir, file };
}

function smallest(context: ServiceContext): SessionFixture {
  const fixture = context.sessions[0];
  if (!fixture) throw new Error('no session fixture');
  return fixture;
}

/** 120 bytes, about one check-in line. */
const RAW_LINE = Buffer.from('x'.repeat(119) + '\n');

const checkInAcknowledgement: ServiceCase = {
  id: 'checkInAck',
  async run(context) {
    const { dataDir, file } = await copyFixture(context, smallest(context), 'ack');
    const desk = deskFor(dataDir, 'bench');
    await desk.openSession({ path: file });
    const sittingId = desk.state.attendance.activeSittingId;
    if (!sittingId) throw new Error('the fixture has no active sitting');
    const delegates = [...desk.state.roster.delegates.values()];
    // The physical floor, on the same disk, interleaved with the check-ins so both see the same load.
    const raw = await fs.open(path.join(dataDir, 'sessions', 'fdatasync-probe.bin'), 'a');
    const ack: number[] = [];
    const sync: number[] = [];
    const warmup = 20;
    for (let i = 0; i < context.samples + warmup; i++) {
      let t = now();
      await raw.write(RAW_LINE);
      await raw.datasync();
      const rawMs = now() - t;
      const delegate = delegates[i % delegates.length];
      if (!delegate) continue;
      if (presenceOf(desk.state, sittingId, delegate.id).kind === 'present') await desk.checkOut({ sittingId, delegateId: delegate.id });
      t = now();
      const outcome = await desk.checkIn({ sittingId, target: { kind: 'code', code: delegate.code }, method: 'code' });
      const ackMs = now() - t;
      if (outcome.kind !== 'checkedIn') throw new Error(`expected a check-in, got ${outcome.kind}`);
      if (i >= warmup) {
        ack.push(ackMs);
        sync.push(rawMs);
      }
    }
    await raw.close();
    await desk.close();
    const ackFigure = timed('checkInAck', 'Check-in acknowledged (DeskService: append, fdatasync, reduce)', ack);
    const syncFigure = timed('fdatasync', 'Raw 120-byte append + fdatasync, same disk', sync);
    return [ackFigure, syncFigure, single('ackToSyncP95', 'Check-in p95 ÷ fdatasync p95', 'ratio', (ackFigure.p95 ?? 0) / (syncFigure.p95 ?? 1))];
  },
};

/** What people type into the search box: parts of names, with or without diacritics, or a code. */
function queryFor(delegate: Delegate, random: DemoRandom): string {
  const words = delegate.fullName.split(' ');
  const given = words.at(-1) ?? '';
  const family = words[0] ?? '';
  switch (random.int(0, 4)) {
    case 0:
      return foldKey(given).slice(0, random.int(2, Math.max(2, given.length)));
    case 1:
      return `${foldKey(family)} ${foldKey(given).slice(0, 2)}`;
    case 2:
      return given.toLowerCase();
    case 3:
      return words.slice(-2).join(' ').toLowerCase();
    default:
      return delegate.code.slice(0, random.int(3, delegate.code.length));
  }
}

const nameSearch: ServiceCase = {
  id: 'nameSearch',
  async run(context) {
    const { dataDir, file } = await copyFixture(context, smallest(context), 'search');
    const desk = deskFor(dataDir, 'bench');
    await desk.openSession({ path: file });
    // The index exactly as the desk's screens build it (renderer/src/features/roster/delegate-index.ts).
    const keyed = [...desk.state.roster.delegates.values()].map((d) => ({ d, key: nameSortKey(d.fullName) }));
    keyed.sort((a, b) => compareNameKeys(a.key, b.key) || a.d.listOrder - b.d.listOrder);
    const entries = keyed.map(({ d }) => searchEntry(d, d.fullName, d.code));
    await desk.close();
    const random = new DemoRandom(context.size);
    const samples: number[] = [];
    let hits = 0;
    for (let i = 0; i < context.samples * 3 + 50; i++) {
      const query = queryFor(random.pick(keyed).d, random);
      const t = now();
      hits += searchEntries(entries, query, 50).length;
      const ms = now() - t;
      if (i >= 50) samples.push(ms);
    }
    if (hits === 0) throw new Error('no search found anything');
    return [timed('nameSearch', 'Name search over the roster (shared/text/search.ts)', samples)];
  },
};

const openSession: ServiceCase = {
  id: 'openSession',
  async run(context) {
    const figures: Figure[] = [];
    for (const fixture of context.sessions) {
      const { dataDir, file } = await copyFixture(context, fixture, `open-${fixture.events}`);
      const samples: number[] = [];
      const repeats = Math.max(3, Math.round(context.samples / 60));
      for (let i = 0; i < repeats; i++) {
        const desk = deskFor(dataDir, 'bench');
        const t = now();
        await desk.openSession({ path: file });
        samples.push(now() - t);
        if (desk.state.seq !== fixture.events) throw new Error(`opened ${desk.state.seq} events, expected ${fixture.events}`);
        await desk.close();
      }
      const size = (await fs.stat(file)).size;
      const events = fixture.events.toLocaleString('en');
      figures.push(timed(`open${fixture.events}`, `Open a session of ${events} events (read, check, replay, back up)`, samples));
      figures.push(single(`file${fixture.events}`, `Size of that session file (${events} events)`, 'MB', megabytes(size)));
    }
    return figures;
  },
};

export const SERVICE_CASES: readonly ServiceCase[] = [checkInAcknowledgement, nameSearch, openSession];
