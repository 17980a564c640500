import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DeskService } from './desk.js';
import { dispatch } from './dispatch.js';
import type { DeskNotice } from '../../shared/domain/session.js';
import { congressInput, delegateFields } from '../../tests/support/domain.js';
import { DeskError } from '../../shared/domain/errors.js';
import { nodeFileOps, type FileOps } from './file-ops.js';
import { sittingQuorum } from '../../shared/domain/attendance/select.js';
import { verificationCounts } from '../../shared/domain/credentials/select.js';
import { credentialsFigures } from '../../shared/domain/credentials/report.js';
import { serviceDesks } from '../../tests/support/services.js';

const desks = serviceDesks('desk-');
const newDesk = (options: { fileOps?: FileOps; clock?: () => Date } = {}): DeskService => desks.open(options);

const codeOf = (e: unknown) => (e instanceof DeskError ? e.code : String(e));

describe('desk service', () => {
  it('creates a congress in its own session file and answers only after the entry is on disk', async () => {
    const desk = newDesk();
    const notices: DeskNotice[] = [];
    desk.subscribe((n) => notices.push(n));
    const info = await desk.createCongress(congressInput());
    expect(path.dirname(info.path)).toBe(path.join(desks.dataDir, 'sessions'));
    expect(info.fileName).toMatch(/^dai-hoi-dai-bieu-lan-thu-xx-2026-07-23\.congress$/);
    await desk.importRoster({ fileName: 'r.csv', delegates: [delegateFields('A1'), delegateFields('A2')] });
    const outcome = await desk.checkIn({ sittingId: 'am', target: { kind: 'code', code: 'A1' }, method: 'code' });
    expect(outcome.kind).toBe('checkedIn');
    // When checkIn resolved, its line was already in the file.
    const lines = readFileSync(info.path, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[lines.length - 1] ?? '')).toMatchObject({ type: 'attendance.checkedIn', actor: 'test-desk' });
    const entryNotices = notices.filter((n) => n.kind === 'entries');
    // The congress, its active sitting and the usual agenda of its two sittings; the import; the check-in.
    expect(entryNotices.flatMap((n) => (n.kind === 'entries' ? n.entries.map((e) => e.seq) : []))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('rebuilds the same state when the file is reopened by another process after a restart', async () => {
    const first = newDesk();
    const info = await first.createCongress(congressInput());
    await first.importRoster({ fileName: 'r.csv', delegates: [delegateFields('A1'), delegateFields('A2'), delegateFields('A3')] });
    await first.checkIn({ sittingId: 'am', target: { kind: 'code', code: 'A1' }, method: 'code' });
    await first.checkIn({ sittingId: 'am', target: { kind: 'code', code: 'A2' }, method: 'code' });
    const before = sittingQuorum(first.state, 'am');
    const seqBefore = first.state.seq;
    await first.close();

    const second = newDesk();
    await second.openSession({ path: info.path });
    expect(sittingQuorum(second.state, 'am')).toEqual(before);
    expect(second.state.seq).toBe(seqBefore);
    expect(second.state.roster.delegates.size).toBe(3);
  });

  it('refuses to open a file another desk is writing', async () => {
    const first = newDesk();
    const info = await first.createCongress(congressInput());
    const second = newDesk();
    await expect(second.openSession({ path: info.path }).catch(codeOf)).resolves.toBe('session.locked');
    await first.close();
    await second.openSession({ path: info.path });
  });

  it('backs the file up on open and lists it among the session files', async () => {
    const desk = newDesk();
    const info = await desk.createCongress(congressInput());
    const folder = path.join(desks.dataDir, 'backups', path.basename(info.path, '.congress'));
    expect(readdirSync(folder)).toHaveLength(1);
    const files = await desk.listSessionFiles({});
    expect(files.map((f) => [f.fileName, f.congressName])).toEqual([[info.fileName, 'Đại hội đại biểu lần thứ XX']]);
  });

  it('tells the caller and every listener when the disk refuses a write, and keeps the state as saved', async () => {
    let full = false;
    const ops: FileOps = {
      async openForAppend(p) {
        const real = await nodeFileOps.openForAppend(p);
        return {
          ...real,
          write: (data, position) => (full ? Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' })) : real.write(data, position)),
        };
      },
    };
    const desk = newDesk({ fileOps: ops });
    await desk.createCongress(congressInput());
    await desk.importRoster({ fileName: 'r.csv', delegates: [delegateFields('A1')] });
    const notices: DeskNotice[] = [];
    desk.subscribe((n) => notices.push(n));
    const before = desk.state;
    full = true;
    await expect(desk.checkIn({ sittingId: 'am', target: { kind: 'code', code: 'A1' }, method: 'code' }).catch(codeOf)).resolves.toBe('session.diskFull');
    expect(desk.state).toBe(before);
    expect(notices).toEqual([{ kind: 'writeFailed', congressId: expect.any(String), error: { code: 'session.diskFull', params: {} } }]);
    full = false;
    await expect(desk.checkIn({ sittingId: 'am', target: { kind: 'code', code: 'A1' }, method: 'code' })).resolves.toMatchObject({ kind: 'checkedIn' });
  });

  it('refuses commands without an open session', async () => {
    const desk = newDesk();
    await expect(desk.checkIn({ sittingId: 'am', target: { kind: 'code', code: 'A' }, method: 'code' }).catch(codeOf)).resolves.toBe('session.none');
  });
});

describe('dispatch', () => {
  it('parses every input with the call\'s schema and names the field that is wrong', async () => {
    const desk = newDesk();
    await desk.createCongress(congressInput());
    const bad = await dispatch(desk, 'addDelegate', { ...delegateFields('X'), fullName: '' });
    expect(bad).toEqual({ ok: false, error: { code: 'input.invalid', params: { field: 'fullName', detail: expect.any(String) } } });
    const extra = await dispatch(desk, 'getDeskInfo', { evil: true });
    expect(extra.ok).toBe(false);
    const wrongType = await dispatch(desk, 'checkIn', { sittingId: 'am', target: { kind: 'code', code: 42 }, method: 'code' });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'input.invalid', params: { field: 'target.code' } } });
    const good = await dispatch(desk, 'addDelegate', delegateFields('X'));
    expect(good).toMatchObject({ ok: true, value: { code: 'X' } });
  });

  it('carries a refusal\'s code and parameters unchanged', async () => {
    const desk = newDesk();
    await desk.createCongress(congressInput());
    await dispatch(desk, 'addDelegate', delegateFields('X'));
    expect(await dispatch(desk, 'addDelegate', delegateFields('x'))).toEqual({ ok: false, error: { code: 'delegate.codeTaken', params: { code: 'x' } } });
  });

  it('opens the demo with its credentials verified, an alternate seated and most delegates checked in, the same after reopening', async () => {
    const first = newDesk();
    const info = await first.openDemo({});
    const active = first.state.attendance.activeSittingId ?? '';
    expect(sittingQuorum(first.state, active)).toMatchObject({ summoned: 250, present: 240, met: true });
    expect(verificationCounts(first.state)).toEqual({ summoned: 250, verified: 250, challenged: 0, pending: 0, notEligible: 1 });
    expect(first.state.credentials.seatings.size).toBe(1);
    const before = credentialsFigures(first.state, active);
    await first.close();
    const second = newDesk();
    await second.openSession({ path: info.path });
    expect(credentialsFigures(second.state, active)).toEqual(before);
    // Decisions go through the contract's schemas like any other call.
    const refused = await dispatch(second, 'decideCredentials', { delegateIds: ['x'], status: 'notEligible', reason: '  ', member: 'M' });
    expect(refused).toEqual({ ok: false, error: { code: 'credentials.reasonRequired', params: {} } });
  });
});
