import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { delegateFieldsSchema } from '../../shared/domain/roster/model.js';
import { sittingQuorum } from '../../shared/domain/attendance/select.js';
import { Journal } from '../../electron/services/journal.js';
import { buildSession, writeSessionFile } from './event-mix.js';
import { syntheticOrganisations, syntheticRoster } from './synthetic-roster.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mix-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('synthetic roster', () => {
  it('gives valid delegates with distinct codes, the same for the same seed', () => {
    const roster = syntheticRoster(1600);
    expect(roster).toHaveLength(1600);
    expect(new Set(roster.map((d) => d.code)).size).toBe(1600);
    for (const d of roster) expect(delegateFieldsSchema.parse(d)).toEqual(d);
    expect(syntheticRoster(1600).map((d) => d.fullName)).toEqual(roster.map((d) => d.fullName));
    // Vietnamese names, with their diacritics, in three or more words.
    expect(roster.filter((d) => /[ăâđêôơư]/i.test(d.fullName)).length).toBeGreaterThan(800);
    expect(roster.every((d) => d.fullName.split(' ').length >= 3)).toBe(true);
    expect(new Set(roster.map((d) => d.organisation)).size).toBe(syntheticOrganisations(1600).length);
  });
});

describe('event mix', () => {
  it('builds exactly the asked number of events, of every attendance kind, across sittings', () => {
    const session = buildSession(syntheticRoster(250), 5_000);
    expect(session.entries).toHaveLength(5_000);
    expect(session.entries.map((e) => e.seq)).toEqual(Array.from({ length: 5_000 }, (_, i) => i + 1));
    const kinds = new Map<string, number>();
    for (const e of session.entries) kinds.set(e.type, (kinds.get(e.type) ?? 0) + 1);
    expect([...kinds.keys()].sort()).toEqual([
      'attendance.absenceRecorded',
      'attendance.checkInUndone',
      'attendance.checkedIn',
      'attendance.checkedOut',
      'congress.created',
      'roster.imported',
      'sitting.activated',
    ]);
    expect(kinds.get('sitting.activated')).toBeGreaterThanOrEqual(session.sittingIds.length);
    // Most official delegates are in the hall at the end of a sitting, never all of them.
    const quorum = sittingQuorum(session.state, 's01');
    expect(quorum.present).toBeGreaterThan(quorum.summoned / 2);
    expect(quorum.present).toBeLessThan(quorum.summoned);
  });

  it('writes a file the journal opens to the same state, with nothing to recover', async () => {
    const session = buildSession(syntheticRoster(40), 600);
    const file = path.join(dir, 'mix.congress');
    await writeSessionFile(file, session);
    const opened = await Journal.open(file);
    expect(opened.recovery).toBeNull();
    expect(opened.entries).toEqual(session.entries);
    await opened.journal.close();
  });
});
