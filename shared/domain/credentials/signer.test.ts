import { describe, expect, it } from 'vitest';
import { handDesk, rosterDesk } from '../../../tests/support/credentials.js';
import { journalEntrySchema } from '../events.js';
import { replay } from '../reducer.js';
import { EMPTY_SESSION } from '../state.js';
import { freezeReport, reportSignerInput, setReportSigner } from './commands.js';
import { defaultSignerCapacity, reportSignature, snapshotSignature } from './signer.js';

const signer = (name: string, vi: string[] | null = null, en: string[] | null = null) => reportSignerInput.parse({ name, capacity: { vi, en } });

describe('the signer of the credentials report', () => {
  it('prints the standard capacity lines in each language and no name until the committee sets one', () => {
    const desk = rosterDesk();
    expect(reportSignature(desk.state, 'vi')).toEqual({ capacity: ['T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU', 'TRƯỞNG BAN'], name: '' });
    expect(reportSignature(desk.state, 'en')).toEqual({ capacity: ['FOR THE CREDENTIALS COMMITTEE', 'CHAIR'], name: '' });
  });

  it('records the name and capacity lines as one event, the name in every language, the lines in theirs', () => {
    const desk = rosterDesk();
    const before = desk.entries.length;
    desk.run(setReportSigner, signer('  Nguyễn   Văn Thẩm ', ['KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN']));
    expect(desk.entries.slice(before).map((e) => e.type)).toEqual(['credentials.signerSet']);
    expect(reportSignature(desk.state, 'vi')).toEqual({ capacity: ['KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'], name: 'Nguyễn Văn Thẩm' });
    // English was left standard: it keeps the standard English lines, with the same name.
    expect(reportSignature(desk.state, 'en')).toEqual({ capacity: ['FOR THE CREDENTIALS COMMITTEE', 'CHAIR'], name: 'Nguyễn Văn Thẩm' });
  });

  it('keeps lines equal to the standard ones as standard, and writes nothing when nothing changes', () => {
    const desk = rosterDesk();
    const result = desk.run(setReportSigner, signer('Nguyễn Văn Thẩm', defaultSignerCapacity('vi'), defaultSignerCapacity('en')));
    expect(result.capacity).toEqual({ vi: null, en: null });
    const count = desk.entries.length;
    desk.run(setReportSigner, signer('Nguyễn Văn Thẩm', defaultSignerCapacity('vi'), null));
    expect(desk.entries.length).toBe(count);
    // An empty name goes back to the blank line for a handwritten name.
    desk.run(setReportSigner, signer(''));
    expect(reportSignature(desk.state, 'vi').name).toBe('');
  });

  it('refuses no capacity line, too many, or a line too long', () => {
    expect(reportSignerInput.safeParse({ name: '', capacity: { vi: [], en: null } }).success).toBe(false);
    expect(reportSignerInput.safeParse({ name: '', capacity: { vi: ['A', 'B', 'C', 'D', 'E'], en: null } }).success).toBe(false);
    expect(reportSignerInput.safeParse({ name: '', capacity: { vi: ['x'.repeat(121)], en: null } }).success).toBe(false);
    expect(reportSignerInput.safeParse({ name: '', capacity: { vi: ['A', 'B', 'C', 'D'], en: null } }).success).toBe(true);
  });

  it('freezes the signer with the report: a later signer leaves the snapshot as it was, also after replay', () => {
    const desk = handDesk();
    desk.run(setReportSigner, signer('Nguyễn Văn Thẩm'));
    const frozen = desk.run(freezeReport, { sittingId: 'am', language: 'vi', label: 'Đọc lúc 9 giờ' });
    expect(frozen.signature).toEqual({ capacity: ['T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU', 'TRƯỞNG BAN'], name: 'Nguyễn Văn Thẩm' });
    desk.run(setReportSigner, signer('Lê Thị Thay', ['KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN']));
    const snapshot = desk.state.credentials.snapshots[0];
    if (!snapshot) throw new Error('no snapshot');
    expect(snapshotSignature(snapshot)).toEqual({ capacity: ['T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU', 'TRƯỞNG BAN'], name: 'Nguyễn Văn Thẩm' });
    expect(reportSignature(desk.state, 'vi').name).toBe('Lê Thị Thay');
    const lines = desk.entries.map((e) => journalEntrySchema.parse(JSON.parse(JSON.stringify(e))));
    const replayed = replay(lines, EMPTY_SESSION);
    expect(replayed.credentials.snapshots).toEqual(desk.state.credentials.snapshots);
    expect(replayed.credentials.signer).toEqual(desk.state.credentials.signer);
  });

  it('reads a snapshot frozen before the signer could be set as the standard lines without a name', () => {
    const desk = handDesk();
    const frozen = desk.run(freezeReport, { sittingId: 'am', language: 'en', label: 'Old' });
    const entry = desk.entries.at(-1);
    if (entry?.type !== 'credentials.reportFrozen') throw new Error('no freeze');
    const { signature: _signature, ...oldPayload } = entry.payload;
    const old = journalEntrySchema.parse(JSON.parse(JSON.stringify({ ...entry, payload: oldPayload })));
    const state = replay([...desk.entries.slice(0, -1), old], EMPTY_SESSION);
    const snapshot = state.credentials.snapshots.find((s) => s.id === frozen.id);
    if (!snapshot) throw new Error('no snapshot');
    expect(snapshot.signature).toBeNull();
    expect(snapshotSignature(snapshot)).toEqual({ capacity: ['FOR THE CREDENTIALS COMMITTEE', 'CHAIR'], name: '' });
  });
});
