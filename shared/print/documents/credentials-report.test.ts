import { describe, expect, it } from 'vitest';
import { handDesk, amByCode } from '../../../tests/support/credentials.js';
import { credentialsFigures } from '../../domain/credentials/report.js';
import { freezeReport, setReportSigner, setReportTemplate } from '../../domain/credentials/commands.js';
import { defaultReportTemplate } from '../../domain/credentials/default-template.js';
import { checkIn } from '../../domain/attendance/commands.js';
import { fillReportTemplate } from '../../credentials/template.js';
import { credentialsReportDocument, reportTables } from './credentials-report.js';
import { printRequestProblem } from '../check.js';
import { printRequest } from '../../../tests/support/print.js';

const live = { sitting: 'am', snapshot: null } as const;

describe('the printed credentials report', () => {
  it('prints the live figures of the sitting with the standard wording filled in', () => {
    const desk = handDesk();
    const doc = credentialsReportDocument(desk.state, live, 'vi');
    const figures = credentialsFigures(desk.state, 'am');
    expect(doc.source).toEqual({ kind: 'live', sittingId: 'am' });
    expect(doc.figures).toEqual(figures);
    expect(doc.paragraphs).toEqual(fillReportTemplate(defaultReportTemplate('vi'), figures, 'vi').paragraphs);
    expect(doc.paragraphs.join('\n')).toContain('Có mặt tại Phiên sáng: 5 đồng chí (62,5%); vắng mặt 3 đồng chí, trong đó có lý do 1, không có lý do 2.');
    expect(doc.unknownPlaceholders).toEqual([]);
    expect(doc.date).toBe('2026-07-23');
  });

  it('prints the sitting the desk works in when none is asked for', () => {
    const desk = handDesk();
    expect(credentialsReportDocument(desk.state, { sitting: null, snapshot: null }, 'en').source).toEqual({ kind: 'live', sittingId: 'am' });
    expect(credentialsReportDocument(desk.state, { sitting: 'pm', snapshot: null }, 'en').figures.attendance[0]).toEqual({ key: 'present', count: 0, permille: 0 });
  });

  it("uses the committee's own wording in the report's language", () => {
    const desk = handDesk();
    desk.run(setReportTemplate, { language: 'en', template: 'Present: {present} of {summoned}.\nNot eligible: {notEligibleList}.\nThanks {nobody}.' });
    const doc = credentialsReportDocument(desk.state, live, 'en');
    expect(doc.paragraphs).toEqual(['Present: 5 of 8.', 'Not eligible: Nguyễn Văn C02 (Chi bộ C): Đang bị đình chỉ sinh hoạt đảng.', 'Thanks {nobody}.']);
    expect(doc.unknownPlaceholders).toEqual(['nobody']);
    // The Vietnamese report keeps the standard Vietnamese wording.
    expect(credentialsReportDocument(desk.state, live, 'vi').paragraphs[0]).toBe('Kính thưa Đoàn Chủ tịch, kính thưa Đại hội!');
  });

  it('gives every table its lines in the language, shares adding up to exactly 100 %', () => {
    const desk = handDesk();
    const tables = reportTables(credentialsFigures(desk.state, 'am'), 'vi');
    const byKey = new Map(tables.map((t) => [t.key, t]));
    expect(byKey.get('attendance')).toEqual({
      key: 'attendance',
      title: 'Số lượng và sự có mặt',
      lines: [
        { label: 'Có mặt', count: 5, permille: 625 },
        { label: 'Vắng có lý do', count: 1, permille: 125 },
        { label: 'Vắng không lý do', count: 2, permille: 250 },
      ],
      total: 8,
      notes: [],
    });
    expect(byKey.get('verification')?.lines).toEqual([
      { label: 'Đủ tư cách', count: 6, permille: 750 },
      { label: 'Đang xem xét', count: 1, permille: 125 },
      { label: 'Chờ thẩm tra', count: 1, permille: 125 },
    ]);
    expect(byKey.get('gender')?.lines).toEqual([
      { label: 'Nam', count: 4, permille: 667 },
      { label: 'Nữ', count: 2, permille: 333 },
    ]);
    expect(byKey.get('age')?.title).toBe('Tuổi đời (tính đến ngày 23/07/2026)');
    expect(byKey.get('age')?.notes).toEqual(['Trẻ tuổi nhất: Nguyễn Văn ALT1 (Chi bộ C), 31 tuổi', 'Cao tuổi nhất: Nguyễn Văn B01 (Chi bộ B), 61 tuổi']);
    expect(byKey.get('membership')?.notes).toEqual(['Tuổi đảng cao nhất: Nguyễn Văn B01 (Chi bộ B), 38 năm tuổi đảng']);
    expect(byKey.get('ethnicity')?.notes).toEqual(['Khơ Mú: 1; Thái: 1']);
    for (const table of tables) {
      const sum = table.lines.reduce((n, l) => n + l.permille, 0);
      expect(sum, table.key).toBe(table.total === 0 ? 0 : 1000);
      expect(table.total, table.key).toBe(table.lines.reduce((n, l) => n + l.count, 0));
    }
    expect(tables.filter((t) => t.key !== 'attendance' && t.key !== 'verification').every((t) => t.total === 6)).toBe(true);
    expect(reportTables(credentialsFigures(desk.state, 'am'), 'en').find((t) => t.key === 'attendance')?.lines.map((l) => l.label)).toEqual([
      'Present',
      'Absent with reason',
      'Absent without reason',
    ]);
  });

  it('prints a frozen snapshot unchanged after later check-ins and a new wording', () => {
    const desk = handDesk();
    const frozen = desk.run(freezeReport, { sittingId: 'am', language: 'vi', label: 'Khi đọc báo cáo' });
    const before = credentialsReportDocument(desk.state, live, 'vi');
    desk.advance(20).run(checkIn, amByCode('B03'));
    desk.run(checkIn, amByCode('C01'));
    desk.run(setReportTemplate, { language: 'vi', template: 'Lời văn mới: {present}.' });

    const now = credentialsReportDocument(desk.state, live, 'vi');
    expect(now.paragraphs).toEqual(['Lời văn mới: 7.']);
    const printed = credentialsReportDocument(desk.state, { sitting: null, snapshot: frozen.id }, 'vi');
    expect(printed.source).toEqual({ kind: 'snapshot', id: frozen.id, label: 'Khi đọc báo cáo', at: frozen.at });
    expect(printed.figures).toEqual(before.figures);
    expect(printed.paragraphs).toEqual(before.paragraphs);
    expect(printed.tables).toEqual(before.tables);
    expect(printed.tables[0]?.lines[0]).toEqual({ label: 'Có mặt', count: 5, permille: 625 });
  });

  it('signs with the standard capacity lines in the language, then the signer the committee set; a snapshot keeps its own', () => {
    const desk = handDesk();
    expect(credentialsReportDocument(desk.state, live, 'vi').signature).toEqual({ capacity: ['T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU', 'TRƯỞNG BAN'], name: '' });
    desk.run(setReportSigner, { name: 'Phan Văn Ký', capacity: { vi: null, en: ['ON BEHALF OF THE COMMITTEE', 'DEPUTY CHAIR'] } });
    expect(credentialsReportDocument(desk.state, live, 'vi').signature).toEqual({ capacity: ['T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU', 'TRƯỞNG BAN'], name: 'Phan Văn Ký' });
    expect(credentialsReportDocument(desk.state, live, 'en').signature).toEqual({ capacity: ['ON BEHALF OF THE COMMITTEE', 'DEPUTY CHAIR'], name: 'Phan Văn Ký' });
    const frozen = desk.run(freezeReport, { sittingId: 'am', language: 'en', label: 'Read' });
    desk.run(setReportSigner, { name: '', capacity: { vi: null, en: null } });
    expect(credentialsReportDocument(desk.state, live, 'en').signature).toEqual({ capacity: ['FOR THE CREDENTIALS COMMITTEE', 'CHAIR'], name: '' });
    expect(credentialsReportDocument(desk.state, { sitting: null, snapshot: frozen.id }, 'en').signature).toEqual({
      capacity: ['ON BEHALF OF THE COMMITTEE', 'DEPUTY CHAIR'],
      name: 'Phan Văn Ký',
    });
  });

  it('says why a snapshot cannot be printed: unknown, or frozen in another language', () => {
    const desk = handDesk();
    const frozen = desk.run(freezeReport, { sittingId: 'am', language: 'vi', label: 'Bản chốt' });
    expect(printRequestProblem(desk.state, printRequest('credentials-report', { snapshot: frozen.id }))).toBeNull();
    const english = printRequestProblem(desk.state, printRequest('credentials-report', { snapshot: frozen.id, lang: 'en' }));
    expect(english).toMatchObject({ code: 'print.snapshotLanguage', params: { label: 'Bản chốt', language: 'Tiếng Việt' } });
    expect(printRequestProblem(desk.state, printRequest('credentials-report', { snapshot: 'nosuch' }))).toMatchObject({ code: 'print.snapshotUnknown', params: { id: 'nosuch' } });
    expect(() => credentialsReportDocument(desk.state, { sitting: null, snapshot: 'nosuch' }, 'vi')).toThrowError(/print.snapshotUnknown/);
  });
});
