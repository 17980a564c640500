import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/fixtures.js';
import { callApi } from './support/api.js';
import { npmRunPdf, pdfCli, pdfInfo, pdfPages } from './support/pdf.js';
import { attachPdfPage, expectA4, expectOnlyBundledFont, pdfOutDir } from './support/printed.js';
import { demoDelegates } from '../shared/demo/index.js';
import { formatClock } from '../shared/i18n/format.js';
import { congressInput, delegateFields } from '../tests/support/domain.js';

// Printed output, read back from the PDF files `npm run pdf` writes: the text (pdftotext), the
// page size (pdfinfo), the fonts (pdffonts); a first page is attached as a picture to look at.

const DEMO_NAMES = demoDelegates('2026-07-23').map((d) => d.fullName);
/** A roster or an attendance sheet sets its title in bold and its rows in regular. */
const REGULAR_AND_BOLD = ['Tinos-Regular', 'Tinos-Bold'];

test('the demo roster in Vietnamese: title, every delegate exactly, A4, bundled font, headers and page numbers on every page', async ({}, testInfo) => {
  const file = path.join(pdfOutDir(), 'danh-sach.pdf');
  const result = await pdfCli(['demo', 'roster', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(file);

  const pages = pdfPages(file);
  const text = pages.join('\n');
  expect(text).toContain('DANH SÁCH ĐẠI BIỂU');
  expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(text).toMatch(/Nghệ An, ngày \d{2} tháng \d{1,2} năm \d{4}/);
  expect(text).toBe(text.normalize('NFC'));
  const missing = DEMO_NAMES.filter((name) => !text.replace(/\s+/g, ' ').includes(name));
  expect(missing).toEqual([]);

  // 268 people: a long document. The table header and the page number are on every page.
  expect(pages.length).toBeGreaterThanOrEqual(10);
  expect(pdfInfo(file).pages).toBe(pages.length);
  pages.forEach((page, i) => {
    expect(page, `page ${i + 1}`).toContain('Mã đại biểu');
    expect(page, `page ${i + 1}`).toContain(`Trang ${i + 1}/${pages.length}`);
  });
  expectA4(file);
  expectOnlyBundledFont(file, REGULAR_AND_BOLD);

  await attachPdfPage(testInfo, file, 1, 'roster-vi-page1');
});

test('the demo roster in English, grouped by organisation', async ({}, testInfo) => {
  const file = path.join(pdfOutDir(), 'roster-en.pdf');
  const result = await pdfCli(['demo', 'roster', file, '--lang', 'en', '--order', 'organisation']);
  expect(result.code).toBe(0);
  const pages = pdfPages(file);
  const text = pages.join('\n');
  expect(text).toContain('LIST OF DELEGATES');
  expect(text).toContain('COMMUNIST PARTY OF VIETNAM');
  expect(text).toMatch(/Nghệ An, \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
  expect(text).toContain('Chi bộ Ban Dân tộc');
  pages.forEach((page, i) => {
    expect(page).toContain('Delegate code');
    expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
  });
  expectA4(file);
  expectOnlyBundledFont(file, REGULAR_AND_BOLD);
  await attachPdfPage(testInfo, file, 1, 'roster-en-page1');
});

test('the attendance sheet of a sitting, printed from a session file the desk holds open, which stays untouched', async ({ host }, testInfo) => {
  const session = await callApi(host, 'createCongress', {
    ...congressInput(),
    header: {
      issuer: ['HỘI LUẬT GIA TỈNH', 'ĐẠI HỘI ĐẠI BIỂU LẦN THỨ V'],
      motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      place: 'Hà Nội',
    },
  });
  const people = [
    delegateFields('A01', { fullName: 'Nguyễn Thị Hồng Khanh'.normalize('NFD'), category: 'elected' }),
    delegateFields('A02', { fullName: 'Lê <b>x</b> Văn Đường', category: 'elected' }),
    delegateFields('A03', { fullName: 'Trần Văn Ánh', organisation: 'Chi bộ Ban Dân tộc', category: 'exOfficio' }),
    delegateFields('A04', { fullName: 'Phạm Thị Ân', organisation: 'Chi bộ Ban Dân tộc', category: 'appointed' }),
    delegateFields('A05', { fullName: 'Đặng Quốc Việt', category: 'elected' }),
    delegateFields('A06', { fullName: 'Võ Thị Ngọc Ý', category: 'elected' }),
    delegateFields('K01', { fullName: 'Hoàng Khách Mời', organisation: 'Tỉnh ủy', category: 'guest' }),
  ];
  await callApi(host, 'importRoster', { fileName: 'roster.csv', delegates: people });
  const arrivals = [];
  for (const code of ['A01', 'A02', 'K01']) {
    const outcome = await callApi(host, 'checkIn', { sittingId: 'am', target: { kind: 'code', code }, method: 'code' });
    if (outcome.kind !== 'checkedIn') throw new Error(outcome.kind);
    arrivals.push(outcome);
  }
  const info = await callApi(host, 'getDeskInfo', {});
  const absentId = [...(await callApi(host, 'getJournal', {})).entries]
    .flatMap((e) => (e.type === 'roster.imported' ? e.payload.delegates : []))
    .find((d) => d.code === 'A04')?.id;
  if (!absentId) throw new Error('A04 not found');
  await callApi(host, 'recordAbsence', { sittingId: 'am', delegateId: absentId, reason: 'Ốm' });
  const before = readFileSync(session.path);
  expect(info.session?.path).toBe(session.path);

  const file = path.join(pdfOutDir(), 'diem-danh.pdf');
  const result = await pdfCli([session.path, 'attendance', file, '--sitting', 'am', '--signature']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);

  const text = pdfPages(file).join('\n');
  const flat = text.replace(/\s+/g, ' ');
  expect(text).toContain('DANH SÁCH ĐIỂM DANH ĐẠI BIỂU');
  expect(flat).toContain('Phiên sáng, từ 08:00 đến 11:30');
  expect(text).toContain('Hà Nội, ngày 23 tháng 7 năm 2026');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(text).toContain('Ký tên');
  for (const person of people) expect(flat).toContain(person.fullName.normalize('NFC'));
  expect(text).not.toContain('Nguyễn Thị Hồng Khanh'.normalize('NFD'));
  // Markup in a name is printed as the text it is.
  expect(flat).toContain('Lê <b>x</b> Văn Đường');
  for (const arrival of arrivals) expect(flat).toContain(`Có mặt (${formatClock(arrival.at, 'vi')})`);
  expect(flat).toContain('Vắng: Ốm');
  expect(flat).toContain('KHÔNG TÍNH VÀO SỐ ĐẠI BIỂU ĐƯỢC TRIỆU TẬP');
  expect(flat).toContain('Số đại biểu chính thức được triệu tập: 6.');
  expect(flat).toContain('Có mặt: 2 đại biểu');
  expect(flat).toContain('Vắng mặt: 4 đại biểu (có lý do: 1; không có lý do: 3).');
  expect(flat).toContain('Có mặt nhưng không tính vào số đại biểu có mặt: 1 (khách mời: 1).');
  expect(flat).toContain('tức là từ 4 đại biểu trở lên');
  expect(flat).toContain('chưa đủ điều kiện để tiến hành phiên họp: còn thiếu 2 đại biểu');
  const pages = pdfPages(file);
  pages.forEach((page, i) => expect(page).toContain(`Trang ${i + 1}/${pages.length}`));
  expectA4(file);
  expectOnlyBundledFont(file, REGULAR_AND_BOLD);

  // The desk's file is as it was, and the desk still writes to it.
  expect(readFileSync(session.path)).toEqual(before);
  await callApi(host, 'checkIn', { sittingId: 'am', target: { kind: 'code', code: 'A05' }, method: 'code' });
  expect(readFileSync(session.path).length).toBeGreaterThan(before.length);

  await attachPdfPage(testInfo, file, 1, 'attendance-vi');
});

test('npm run pdf lists the known documents for an unknown one, and explains a bad session file', async () => {
  const dir = pdfOutDir();
  const unknown = await npmRunPdf(['demo', 'agenda-x', path.join(dir, 'a.pdf')]);
  expect(unknown.code).not.toBe(0);
  expect(unknown.stderr).toContain('Không có tài liệu in «agenda-x». Các tài liệu có thể in: roster, attendance, credentials-report, badges, agenda, run-sheet, speech-log, speaking-stats.');

  const bad = path.join(dir, 'notes.congress');
  writeFileSync(bad, 'not a congress\n');
  const refused = await npmRunPdf([bad, 'roster', path.join(dir, 'b.pdf'), '--lang', 'en']);
  expect(refused.code).toBe(1);
  expect(refused.stderr.trim()).toBe(`${bad} is not a Congress Desk session file.`);
  expect(readFileSync(bad, 'utf8')).toBe('not a congress\n');

  const sitting = await pdfCli(['demo', 'attendance', path.join(dir, 'c.pdf'), '--sitting', 'evening']);
  expect(sitting.code).toBe(1);
  expect(sitting.stderr).toContain('«sitting»');
  expect(sitting.stderr).toContain('s-am (Phiên chính thức (buổi sáng))');
});
