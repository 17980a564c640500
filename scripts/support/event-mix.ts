// A congress as its journal looks after days of sittings: the roster, then per sitting the arrivals
// (scanned codes, a few names typed, now and then a mistaken scan undone), absences with reasons,
// and delegates stepping out and back in. Every event comes from the real commands (decide) folded
// through the real reducer, so a file built here is one the desk itself could have written.

import { promises as fs } from 'node:fs';
import type { DelegateFields } from '../../shared/domain/roster/model.js';
import type { JournalEntry } from '../../shared/domain/events.js';
import type { SessionState } from '../../shared/domain/state.js';
import { createCongress } from '../../shared/domain/congress/commands.js';
import { importRoster } from '../../shared/domain/roster/commands.js';
import { activateSitting } from '../../shared/domain/congress/commands.js';
import { checkIn, checkOut, recordAbsence, undoCheckIn } from '../../shared/domain/attendance/commands.js';
import { presenceOf } from '../../shared/domain/attendance/select.js';
import { isOfficial } from '../../shared/domain/roster/model.js';
import { DemoRandom } from '../../shared/demo/random.js';
import { TestDesk, congressInput } from '../../tests/support/domain.js';
import { JOURNAL_FORMAT, JOURNAL_VERSION, entryLines, headerLine, type JournalHeader } from '../../electron/services/journal-format.js';

export interface BuiltSession {
  readonly header: JournalHeader;
  readonly entries: readonly JournalEntry[];
  readonly state: SessionState;
  readonly sittingIds: readonly string[];
}

/** A congress may have 30 sittings; one is left free so that a run can still add one (the benchmark does). */
const MAX_SITTINGS = 29;
/** Events one sitting of a congress of this size plausibly holds before delegates start moving about. */
const EVENTS_PER_DELEGATE_AND_SITTING = 1.3;
const ABSENCE_REASONS = ['Ốm', 'Đi công tác', 'Việc gia đình', 'Họp đột xuất'] as const;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A session of exactly `eventCount` journal entries (at least the congress and the roster), spread
 * over as many sittings (two a day, at most 29) as a congress of this size needs to reach it.
 */
export function buildSession(roster: readonly DelegateFields[], eventCount: number, seed = 7): BuiltSession {
  const random = new DemoRandom(seed);
  const desk = new TestDesk();
  const startDate = '2026-07-20';
  const sittingCount = Math.max(2, Math.min(MAX_SITTINGS, Math.ceil(eventCount / (roster.length * EVENTS_PER_DELEGATE_AND_SITTING))));
  const days = Math.ceil(sittingCount / 2);
  const sittings = Array.from({ length: sittingCount }, (_, i) => ({
    id: `s${String(i + 1).padStart(2, '0')}`,
    kind: i === 0 ? ('preparatory' as const) : ('official' as const),
    title: i === 0 ? 'Phiên trù bị' : `Phiên chính thức ${i}`,
    date: addDays(startDate, Math.floor(i / 2)),
    start: i % 2 === 0 ? '07:30' : '13:30',
    end: i % 2 === 0 ? '11:30' : '17:00',
  }));
  desk.at(`${startDate}T00:00:00.000Z`);
  desk.run(createCongress, congressInput({ startDate, endDate: addDays(startDate, days - 1), sittings }));
  desk.run(importRoster, { fileName: 'danh-sach.xlsx', delegates: [...roster] });
  const full = () => desk.entries.length >= eventCount;
  const delegates = [...desk.state.roster.delegates.values()];

  for (let k = 0; k < sittings.length && !full(); k++) {
    const sitting = sittings[k];
    if (!sitting) break;
    const quota = desk.entries.length + Math.ceil((eventCount - desk.entries.length) / (sittings.length - k));
    const quotaReached = () => desk.entries.length >= quota || full();
    // Local time is UTC+7: a 07:30 sitting opens its doors at 00:00 UTC.
    desk.at(`${sitting.date}T${k % 2 === 0 ? '00:00' : '06:00'}:00.000Z`);
    desk.run(activateSitting, { sittingId: sitting.id });
    const byCode = (d: (typeof delegates)[number]) => ({ sittingId: sitting.id, target: { kind: 'code' as const, code: d.code }, method: 'code' as const });
    const byName = (d: (typeof delegates)[number]) => ({ sittingId: sitting.id, target: { kind: 'delegate' as const, delegateId: d.id }, method: 'name' as const });

    const arriving = [...delegates];
    for (let i = arriving.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [arriving[i], arriving[j]] = [arriving[j] as (typeof delegates)[number], arriving[i] as (typeof delegates)[number]];
    }
    const arrivals = Math.round(arriving.length * (0.9 + random.next() * 0.07));
    for (const d of arriving.slice(0, arrivals)) {
      if (quotaReached()) break;
      desk.advance(random.int(1, 6) / 60);
      desk.run(checkIn, random.chance(0.9) ? byCode(d) : byName(d));
      if (random.chance(0.02) && !quotaReached()) {
        // The wrong badge was scanned: undone at once, then the right delegate.
        desk.run(undoCheckIn, { sittingId: sitting.id, delegateId: d.id });
        if (!quotaReached()) desk.run(checkIn, byCode(d));
      }
    }
    for (const d of arriving.slice(arrivals)) {
      if (quotaReached()) break;
      if (isOfficial(d) && random.chance(0.4)) desk.run(recordAbsence, { sittingId: sitting.id, delegateId: d.id, reason: random.pick(ABSENCE_REASONS) });
    }
    // During the sitting people step out and come back.
    while (!quotaReached()) {
      const d = random.pick(delegates);
      desk.advance(random.int(5, 60) / 3600);
      if (presenceOf(desk.state, sitting.id, d.id).kind === 'present') desk.run(checkOut, { sittingId: sitting.id, delegateId: d.id });
      else desk.run(checkIn, byCode(d));
    }
  }
  const header: JournalHeader = {
    format: JOURNAL_FORMAT,
    version: JOURNAL_VERSION,
    congressId: `bench-${roster.length}-${eventCount}`,
    createdAt: `${startDate}T00:00:00.000Z`,
    app: 'bench',
  };
  return { header, entries: desk.entries, state: desk.state, sittingIds: sittings.map((s) => s.id) };
}

/** Writes a built session as the journal would have, and makes it durable. */
export async function writeSessionFile(filePath: string, session: BuiltSession): Promise<void> {
  const handle = await fs.open(filePath, 'wx');
  try {
    await handle.writeFile(headerLine(session.header) + entryLines(session.entries), 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}
