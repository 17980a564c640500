import type { SessionEvent, JournalEntry } from '../../shared/domain/events.js';
import type { SessionState } from '../../shared/domain/state.js';
import { EMPTY_SESSION } from '../../shared/domain/state.js';
import { reduceSession } from '../../shared/domain/reducer.js';
import type { CommandContext, Decide } from '../../shared/domain/decision.js';
import type { DelegateFields } from '../../shared/domain/roster/model.js';
import { EMPTY_DELEGATE_FIELDS } from '../../shared/domain/roster/model.js';
import type { ParsedCongressInput } from '../../shared/domain/congress/commands.js';
import { DEFAULT_QUORUM_RULE } from '../../shared/domain/congress/model.js';
import { DeskError, type ErrorCode } from '../../shared/domain/errors.js';

/**
 * A tiny in-memory desk for domain tests: runs commands through decide and the reducer exactly as
 * the services do, with a controllable clock and predictable ids.
 */
export class TestDesk {
  state: SessionState = EMPTY_SESSION;
  readonly entries: JournalEntry[] = [];
  private clock = Date.parse('2026-07-23T00:30:00.000Z');
  private ids = 0;

  at(iso: string): this {
    this.clock = Date.parse(iso);
    return this;
  }

  advance(minutes: number): this {
    this.clock += minutes * 60_000;
    return this;
  }

  get now(): string {
    return new Date(this.clock).toISOString();
  }

  run<I, R>(decide: Decide<I, R>, input: I): R {
    const context: CommandContext = { now: this.now, newId: () => `id${++this.ids}` };
    const decision = decide(this.state, input, context);
    this.append(decision.events);
    return decision.result;
  }

  append(events: readonly SessionEvent[]): void {
    for (const event of events) {
      const entry: JournalEntry = { seq: this.state.seq + 1, at: this.now, actor: 'test', ...event };
      this.entries.push(entry);
      this.state = reduceSession(this.state, entry);
    }
  }
}

export function congressInput(overrides: Partial<ParsedCongressInput> = {}): ParsedCongressInput {
  return {
    name: 'Đại hội đại biểu lần thứ XX',
    issuingBody: 'Đảng bộ Khối các cơ quan tỉnh',
    term: '2020–2025',
    theme: '',
    venue: 'Hội trường',
    startDate: '2026-07-23',
    endDate: '2026-07-23',
    language: 'vi',
    sittings: [
      { id: 'am', kind: 'official', title: 'Phiên sáng', date: '2026-07-23', start: '08:00', end: '11:30' },
      { id: 'pm', kind: 'official', title: 'Phiên chiều', date: '2026-07-23', start: '13:30', end: '17:00' },
    ],
    quorum: DEFAULT_QUORUM_RULE,
    header: { issuer: [], motto: [], place: '' },
    membersRepresented: null,
    ...overrides,
  };
}

export function delegateFields(code: string, overrides: Partial<DelegateFields> = {}): DelegateFields {
  return { ...EMPTY_DELEGATE_FIELDS, code, fullName: `Nguyễn Văn ${code}`, organisation: 'Đảng bộ Sở Tài chính', ...overrides };
}

/** What a command refused with, its code and parameters; a command that is accepted fails the test. */
export function refusal(run: () => unknown): { code: ErrorCode; params: Readonly<Record<string, string | number>> } {
  try {
    run();
  } catch (error) {
    if (error instanceof DeskError) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error('expected a refusal');
}

/** The error code a command refused with. */
export function refusedWith(run: () => unknown): ErrorCode {
  return refusal(run).code;
}
