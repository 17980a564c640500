import { describe, expect, it } from 'vitest';
import { congressInputSchema, createCongress, type CongressInput } from '../domain/congress/commands.js';
import { importRoster, importRosterInput } from '../domain/roster/commands.js';
import { EMPTY_SESSION, type SessionState } from '../domain/state.js';
import type { CommandContext } from '../domain/decision.js';
import type { SessionEvent } from '../domain/events.js';
import { reduceSession } from '../domain/reducer.js';
import { attendanceSummary, sittingQuorum } from '../domain/attendance/select.js';
import { demoCongress, DEMO_MOTTO } from './congress.js';
import { DemoRandom } from './random.js';

const DATE = '2020-07-23';

function context(): CommandContext {
  let n = 0;
  return { now: `${DATE}T00:00:00.000Z`, newId: () => `id-${++n}` };
}

function apply(state: SessionState, events: readonly SessionEvent[]): SessionState {
  return events.reduce(
    (s, event, i) => reduceSession(s, { ...event, seq: s.seq + i + 1, at: `${DATE}T00:00:00.000Z`, actor: 'test' }),
    state,
  );
}

describe('demo congress', () => {
  const { congress } = demoCongress({ date: DATE });

  it('is the 20th congress of the provincial agencies bloc, in Vietnamese by default', () => {
    expect(congress.language).toBe('vi');
    expect(congress.name).toBe('Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh lần thứ XX, nhiệm kỳ 2020–2025');
    expect(congress.term).toBe('2020–2025');
    expect(congress.theme).toContain('nêu gương');
    expect(congress.issuingBody.length).toBeGreaterThan(0);
    expect(congress.venue.length).toBeGreaterThan(0);
    expect(congress.membersRepresented).toBe(5112);
    expect(DEMO_MOTTO.vi).toBe('Đoàn kết - Nêu gương - Kỷ cương - Đổi mới - Hiệu quả');
  });

  it('prints the party header with the place', () => {
    expect(congress.header).toEqual({
      issuer: ['ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH', 'ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XX'],
      motto: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
      place: 'Nghệ An',
    });
  });

  it('holds three sittings on the day, with a two-thirds "at least" quorum', () => {
    expect(congress.startDate).toBe(DATE);
    expect(congress.endDate).toBe(DATE);
    expect(congress.sittings.map((s) => [s.id, s.kind, s.date, s.start, s.end])).toEqual([
      ['s-prep', 'preparatory', DATE, '07:30', '08:00'],
      ['s-am', 'official', DATE, '08:00', '11:30'],
      ['s-pm', 'official', DATE, '13:30', '17:00'],
    ]);
    expect(congress.quorum).toEqual({ numerator: 2, denominator: 3, comparison: 'atLeast' });
  });

  it('passes the congress schema unchanged', () => {
    expect(congressInputSchema.parse(congress)).toEqual(congress);
  });

  it('follows the date it is given, term included', () => {
    const later = demoCongress({ date: '2025-09-30' }).congress;
    expect(later.term).toBe('2025–2030');
    expect(later.name).toContain('nhiệm kỳ 2025–2030');
    expect(later.sittings.every((s) => s.date === '2025-09-30')).toBe(true);
  });

  it('loads into a session: congress created, roster imported, 250 summoned, quorum 167', () => {
    const ctx = context();
    const demo = demoCongress({ date: DATE });
    const created = createCongress(EMPTY_SESSION, congressInputSchema.parse(demo.congress), ctx);
    let state = apply(EMPTY_SESSION, created.events);
    const imported = importRoster(state, importRosterInput.parse({ fileName: 'demo', delegates: demo.delegates }), ctx);
    state = apply(state, imported.events);
    expect(imported.result.added).toBe(268);
    expect(state.attendance.activeSittingId).toBe('s-prep');
    expect(attendanceSummary(state, 's-am').summoned).toBe(250);
    expect(sittingQuorum(state, 's-am').required).toBe(167);
  });
});

describe('demo congress in English', () => {
  const vi = demoCongress({ date: DATE });
  const en = demoCongress({ date: DATE, language: 'en' });
  const english = /^[\x20-\x7e–]+$/;

  it('writes the congress texts in English', () => {
    expect(en.congress.language).toBe('en');
    expect(en.congress.name).toBe(
      '20th Congress of Delegates of the Party Committee of the Provincial Agencies Bloc, term 2020–2025',
    );
    const { name, theme, issuingBody, venue, sittings } = en.congress;
    for (const text of [name, theme, issuingBody, venue, ...sittings.map((s) => s.title)]) {
      expect(text).toMatch(english);
    }
    expect(en.congress.sittings.map((s) => s.title)).not.toEqual(vi.congress.sittings.map((s) => s.title));
    expect(en.congress.header.motto).toEqual(['COMMUNIST PARTY OF VIETNAM']);
    expect(congressInputSchema.parse(en.congress)).toEqual(en.congress);
  });

  it('keeps everything else, and the delegates, as in Vietnamese', () => {
    expect(en.delegates).toEqual(vi.delegates);
    const languageFree = (c: CongressInput): CongressInput => ({
      ...c,
      name: '',
      theme: '',
      issuingBody: '',
      venue: '',
      language: 'vi',
      sittings: c.sittings.map((s) => ({ ...s, title: '' })),
      header: { ...c.header, issuer: [], motto: [] },
    });
    expect(languageFree(en.congress)).toEqual(languageFree(vi.congress));
    expect(en.congress.header.place).toBe('Nghệ An');
  });
});

describe('demo random source', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = new DemoRandom(42);
    const b = new DemoRandom(42);
    const first = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    const ints = Array.from({ length: 1000 }, () => a.int(3, 7));
    expect(Math.min(...ints)).toBe(3);
    expect(Math.max(...ints)).toBe(7);
  });

  it('takes each item once', () => {
    const random = new DemoRandom(7);
    const items = ['a', 'b', 'c'];
    const taken = [random.take(items), random.take(items), random.take(items)];
    expect(taken.slice().sort()).toEqual(['a', 'b', 'c']);
    expect(random.take(items)).toBeUndefined();
  });
});
