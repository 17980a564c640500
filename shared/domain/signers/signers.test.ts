import { describe, expect, it } from 'vitest';
import { TestDesk } from '../../../tests/support/domain.js';
import { rosterDesk } from '../../../tests/support/credentials.js';
import { journalEntrySchema } from '../events.js';
import { replay } from '../reducer.js';
import { EMPTY_SESSION } from '../state.js';
import { setReportSigner } from '../credentials/commands.js';
import { reportSignature } from '../credentials/signer.js';
import { documentSignerInput, setDocumentSigner } from './commands.js';
import { documentSignature, standardSecretariatCapacity } from './select.js';
import { parseCapacity } from './signer.js';

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof Error && 'code' in error) return String(error.code);
    throw error;
  }
  return 'accepted';
};

const input = (document: string, name: string, vi: string[] | null = null, en: string[] | null = null) =>
  documentSignerInput.parse({ document, name, capacity: { vi, en } });

describe('the signers of the secretariat documents', () => {
  it('print the standard capacity line of each document in each language and no name until one is set', () => {
    const desk = rosterDesk();
    expect(documentSignature(desk.state, 'speech-log', 'vi')).toEqual({ capacity: ['ĐOÀN THƯ KÝ ĐẠI HỘI'], name: '' });
    expect(documentSignature(desk.state, 'speech-log', 'en')).toEqual({ capacity: ['THE SECRETARIAT OF THE CONGRESS'], name: '' });
    expect(documentSignature(desk.state, 'attendance', 'vi')).toEqual({ capacity: ['NGƯỜI LẬP DANH SÁCH'], name: '' });
    expect(documentSignature(desk.state, 'attendance', 'en')).toEqual({ capacity: ['PREPARED BY'], name: '' });
  });

  it('records one document signer as one event: the name in every language, the lines in theirs, the other document untouched', () => {
    const desk = rosterDesk();
    const before = desk.entries.length;
    const result = desk.run(setDocumentSigner, input('speech-log', '  Trần   Minh Khoa ', ['T/M ĐOÀN THƯ KÝ', 'TRƯỞNG ĐOÀN']));
    expect(desk.entries.slice(before).map((e) => e.type)).toEqual(['documents.signerSet']);
    expect(result).toEqual({ name: 'Trần Minh Khoa', capacity: { vi: ['T/M ĐOÀN THƯ KÝ', 'TRƯỞNG ĐOÀN'], en: null } });
    expect(documentSignature(desk.state, 'speech-log', 'vi')).toEqual({ capacity: ['T/M ĐOÀN THƯ KÝ', 'TRƯỞNG ĐOÀN'], name: 'Trần Minh Khoa' });
    expect(documentSignature(desk.state, 'speech-log', 'en')).toEqual({ capacity: ['THE SECRETARIAT OF THE CONGRESS'], name: 'Trần Minh Khoa' });
    expect(documentSignature(desk.state, 'attendance', 'vi')).toEqual({ capacity: ['NGƯỜI LẬP DANH SÁCH'], name: '' });
    // The credentials report's signer is its own.
    expect(reportSignature(desk.state, 'vi').name).toBe('');
    desk.run(setReportSigner, { name: 'Phạm Thị Thu Hà', capacity: { vi: null, en: null } });
    expect(documentSignature(desk.state, 'attendance', 'en').name).toBe('');
  });

  it('keeps lines equal to the standard ones as standard, writes nothing when nothing changes, and goes back to the blank name', () => {
    const desk = rosterDesk();
    const standard = (language: 'vi' | 'en') => standardSecretariatCapacity('attendance', language);
    expect(desk.run(setDocumentSigner, input('attendance', 'Lê Thu Trang', standard('vi'), standard('en'))).capacity).toEqual({ vi: null, en: null });
    const count = desk.entries.length;
    desk.run(setDocumentSigner, input('attendance', 'Lê Thu Trang', null, standard('en')));
    expect(desk.entries.length).toBe(count);
    desk.run(setDocumentSigner, input('attendance', ''));
    expect(desk.entries.length).toBe(count + 1);
    expect(documentSignature(desk.state, 'attendance', 'vi')).toEqual({ capacity: ['NGƯỜI LẬP DANH SÁCH'], name: '' });
  });

  it('survives a replay of the journal', () => {
    const desk = rosterDesk();
    desk.run(setDocumentSigner, input('speech-log', 'Trần Minh Khoa'));
    desk.run(setDocumentSigner, input('attendance', 'Lê Thu Trang', null, ['DRAWN UP BY']));
    const lines = desk.entries.map((e) => journalEntrySchema.parse(JSON.parse(JSON.stringify(e))));
    const replayed = replay(lines, EMPTY_SESSION);
    expect(replayed.signers).toEqual(desk.state.signers);
    expect(documentSignature(replayed, 'attendance', 'en')).toEqual({ capacity: ['DRAWN UP BY'], name: 'Lê Thu Trang' });
  });

  it('refuses a document without a secretariat signature, bad capacity lines, and any signer before there is a congress', () => {
    expect(documentSignerInput.safeParse({ document: 'credentials-report', name: '', capacity: { vi: null, en: null } }).success).toBe(false);
    expect(documentSignerInput.safeParse({ document: 'roster', name: '', capacity: { vi: null, en: null } }).success).toBe(false);
    expect(documentSignerInput.safeParse({ document: 'attendance', name: '', capacity: { vi: [], en: null } }).success).toBe(false);
    expect(documentSignerInput.safeParse({ document: 'attendance', name: 'x'.repeat(81), capacity: { vi: null, en: null } }).success).toBe(false);
    expect(refusal(() => new TestDesk().run(setDocumentSigner, input('speech-log', 'Trần Minh Khoa')))).toBe('congress.none');
  });

  it('reads capacity lines as typed, one a line, blank lines dropped; none or more than four is no answer', () => {
    expect(parseCapacity('  ĐOÀN THƯ KÝ ĐẠI HỘI \n\n TRƯỞNG ĐOÀN')).toEqual(['ĐOÀN THƯ KÝ ĐẠI HỘI', 'TRƯỞNG ĐOÀN']);
    expect(parseCapacity(' \n ')).toBeNull();
    expect(parseCapacity('A\nB\nC\nD\nE')).toBeNull();
    expect(parseCapacity('x'.repeat(121))).toBeNull();
  });
});
