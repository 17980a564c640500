import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { test, expect } from './support/fixtures.js';
import { callApi, deskState } from './support/api.js';
import { pdfCli, pdfInfo, pdfPages, pdfRawText } from './support/pdf.js';
import { attachPdfPage, expectA4, expectOnlyBundledFont, pdfOutDir } from './support/printed.js';
import { decodeQr } from '../tests/support/qr.js';
import { credentialsFigures } from '../shared/domain/credentials/report.js';
import { defaultReportTemplate } from '../shared/domain/credentials/default-template.js';
import { attendanceSummary, sittingQuorum } from '../shared/domain/attendance/select.js';
import { fillReportTemplate } from '../shared/credentials/template.js';
import { shareLabel } from '../shared/credentials/labels.js';
import { codeKey } from '../shared/domain/roster/code.js';
import { BADGE_SHEET } from '../shared/print/documents/badges.js';
import { formatNumber, formatPercent } from '../shared/i18n/format.js';
import { DEMO_SITTING_IDS } from '../shared/demo/index.js';

// The credentials committee's printed documents, read back from the PDF files `npm run pdf`
// writes from the session a desk holds open: the report (live and frozen), the badge sheet (its QR
// codes decoded from the rendered page and used at the check-in), and the attendance sheet.

const outDir = () => pdfOutDir('congress-credentials-pdf-');
const flat = (text: string) => text.replace(/\s+/g, ' ');

function expectA4WithBundledFont(file: string): void {
  expectA4(file);
  expectOnlyBundledFont(file);
}

test('the credentials report prints the wording and the figures of the desk, and a frozen copy stays as frozen', async ({ host }, testInfo) => {
  const session = await callApi(host, 'openDemo', {});
  const state = await deskState(host);
  const sittingId = state.attendance.activeSittingId ?? '';
  expect(sittingId).toBe(DEMO_SITTING_IDS.preparatory);
  const figures = credentialsFigures(state, sittingId);
  const dir = outDir();

  const file = path.join(dir, 'bao-cao.pdf');
  const result = await pdfCli([session.path, 'credentials-report', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const pages = pdfPages(file);
  const text = flat(pdfRawText(file));
  expect(text).toContain('BÁO CÁO THẨM TRA TƯ CÁCH ĐẠI BIỂU');
  expect(text).toContain('BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU');
  expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(text).toContain('T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU TRƯỞNG BAN');
  // The wording, every paragraph with its figures, as the desk fills it in.
  const filled = fillReportTemplate(defaultReportTemplate('vi'), figures, 'vi');
  expect(filled.paragraphs.length).toBeGreaterThan(8);
  for (const paragraph of filled.paragraphs) expect(text).toContain(flat(paragraph));
  expect(text).toContain('Có mặt tại Phiên trù bị: 240 đồng chí (96,0%)');
  // The tables: each line with its number and percentage, the figures of `credentialsFigures`.
  expect(text).toContain('PHỤ LỤC');
  for (const share of [...figures.attendance, ...figures.verification]) {
    const dimension = figures.attendance.includes(share) ? 'attendance' : 'verification';
    expect(text).toContain(`${shareLabel(dimension, share.key, 'vi')} ${formatNumber(share.count, 'vi')} ${formatPercent(share.permille / 1000, 'vi')}`);
  }
  for (const share of figures.composition.gender) expect(text).toContain(`${shareLabel('gender', share.key, 'vi')} ${share.count} ${formatPercent(share.permille / 1000, 'vi')}`);
  expect(text).toContain(`Đại biểu được triệu tập: ${figures.summoned}.`);
  for (const person of [...figures.notEligible, ...figures.absentees]) expect(text).toContain(person.fullName);
  for (const seated of figures.alternatesSeated) expect(text).toContain(`${seated.alternateName} (${seated.alternateCode})`);
  for (const organisation of figures.composition.organisations) expect(text).toContain(organisation.organisation);
  pages.forEach((page, i) => expect(page).toContain(`Trang ${i + 1}/${pages.length}`));
  expectA4WithBundledFont(file);
  await attachPdfPage(testInfo, file, 1, 'credentials-report-vi-page1');

  // Frozen when the report is read; a late arrival changes the live report, not the frozen one.
  const frozen = await callApi(host, 'freezeReport', { sittingId, language: 'vi', label: 'Khi đọc báo cáo' });
  const late = await callApi(host, 'checkIn', { sittingId, target: { kind: 'code', code: 'DB250' }, method: 'code' });
  expect(late).toMatchObject({ kind: 'checkedIn', counted: true });
  const frozenFile = path.join(dir, 'ban-chot.pdf');
  expect((await pdfCli([session.path, 'credentials-report', frozenFile, '--snapshot', frozen.id])).code).toBe(0);
  const frozenText = flat(pdfRawText(frozenFile));
  expect(frozenText).toContain('Số liệu đã chốt lúc');
  expect(frozenText).toContain('(Khi đọc báo cáo)');
  expect(frozenText).toContain('Có mặt tại Phiên trù bị: 240 đồng chí (96,0%); vắng mặt 10 đồng chí');
  expect(frozenText).toContain('Có mặt 240 96,0%');
  expect(frozenText).not.toContain('Có mặt 241');
  expect(frozenText).not.toContain('Phiên trù bị: 241');

  const liveFile = path.join(dir, 'hien-tai.pdf');
  expect((await pdfCli([session.path, 'credentials-report', liveFile])).code).toBe(0);
  const liveText = flat(pdfRawText(liveFile));
  expect(liveText).toContain('Có mặt tại Phiên trù bị: 241 đồng chí (96,4%); vắng mặt 9 đồng chí');
  const present = credentialsFigures(await deskState(host), sittingId).attendance.find((s) => s.key === 'present');
  expect(present?.count).toBe(241);
  expect(liveText).toContain(`Có mặt 241 ${formatPercent((present?.permille ?? 0) / 1000, 'vi')}`);

  // A frozen copy prints word for word: not in another language.
  const english = await pdfCli([session.path, 'credentials-report', path.join(dir, 'en.pdf'), '--snapshot', frozen.id, '--lang', 'en']);
  expect(english.code).toBe(1);
  expect(english.stderr).toContain('The frozen report “Khi đọc báo cáo” was made in Tiếng Việt');
});

test('the credentials report in English: the English wording, tables and signature block', async ({ host }, testInfo) => {
  await callApi(host, 'setPreferences', { language: 'en' });
  const session = await callApi(host, 'openDemo', {});
  const state = await deskState(host);
  const figures = credentialsFigures(state, state.attendance.activeSittingId);
  const file = path.join(outDir(), 'report-en.pdf');
  const result = await pdfCli([session.path, 'credentials-report', file, '--lang', 'en']);
  expect(result.code).toBe(0);
  const text = flat(pdfRawText(file));
  expect(text).toContain('REPORT OF THE CREDENTIALS COMMITTEE');
  expect(text).toContain('COMMUNIST PARTY OF VIETNAM');
  expect(text).toContain('FOR THE CREDENTIALS COMMITTEE CHAIR');
  for (const paragraph of fillReportTemplate(defaultReportTemplate('en'), figures, 'en').paragraphs) expect(text).toContain(flat(paragraph));
  expect(text).toContain('APPENDIX');
  const present = figures.attendance.find((s) => s.key === 'present');
  expect(text).toContain(`Present ${formatNumber(present?.count ?? -1, 'en')} ${formatPercent((present?.permille ?? 0) / 1000, 'en')}`);
  expectA4WithBundledFont(file);
  await attachPdfPage(testInfo, file, 1, 'credentials-report-en-page1');
});

/** A badge's place on the rendered page, in pixels, with the cut marks around it and nothing of its neighbours. */
function badgeCell(png: PNG, dpi: number, column: number, row: number): { data: Uint8ClampedArray; width: number; height: number } {
  const { margin, width, height, gutter, columns } = BADGE_SHEET;
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  const grid = columns * width + (columns - 1) * gutter;
  const left = margin + gutter / 2 + (210 - 2 * margin - gutter - grid) / 2 + column * (width + gutter);
  const top = margin + gutter / 2 + row * (height + gutter);
  const x0 = px(left - gutter / 2 + 0.5);
  const y0 = px(top - gutter / 2 + 0.5);
  const w = px(width + gutter - 1);
  const h = px(height + gutter - 1);
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    const from = ((y0 + y) * png.width + x0) * 4;
    data.set(png.data.subarray(from, from + w * 4), y * w * 4);
  }
  return { data, width: w, height: h };
}

test('a printed badge sheet: its QR codes, read from the rendered page, check the delegates in', async ({ host }, testInfo) => {
  const session = await callApi(host, 'openDemo', {});
  const state = await deskState(host);
  const sittingId = state.attendance.activeSittingId ?? '';
  // Three official delegates who have not arrived.
  const codes = ['DB250', 'DB249', 'DB248'];
  const file = path.join(outDir(), 'the.pdf');
  const result = await pdfCli([session.path, 'badges', file, '--codes', codes.join(','), '--order', 'roster']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(pdfInfo(file).pages).toBe(1);
  expectA4WithBundledFont(file);
  // Vector: the page holds no picture, the QR codes are drawn.
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n');
  expect(images.length).toBe(2);

  const text = flat(pdfRawText(file));
  const delegates = codes.map((code) => {
    const id = state.roster.byCode.get(codeKey(code));
    const delegate = id === undefined ? undefined : state.roster.delegates.get(id);
    if (!delegate) throw new Error(code);
    return delegate;
  });
  for (const d of delegates) {
    expect(text).toContain(d.fullName);
    expect(text).toContain(d.code);
  }
  expect(text).toContain((state.congress?.name ?? '—').toLocaleUpperCase('vi'));
  expect(text).toContain('ĐẠI BIỂU');

  // The page as a scanner sees paper: 200 dpi, one badge at a time.
  const dpi = 200;
  const stem = testInfo.outputPath('badges-page1');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, stem]);
  const png = PNG.sync.read(readFileSync(`${stem}.png`));
  expect(Math.abs(png.width - Math.round((210 / 25.4) * dpi))).toBeLessThanOrEqual(2);
  const scanned = [badgeCell(png, dpi, 0, 0), badgeCell(png, dpi, 1, 0), badgeCell(png, dpi, 0, 1)].map((cell) => decodeQr(cell.data, cell.width, cell.height));
  // In roster order, row by row: each badge's QR code is exactly its delegate's code.
  const inRosterOrder = [...delegates].sort((a, b) => a.listOrder - b.listOrder).map((d) => d.code);
  expect(scanned).toEqual(inRosterOrder);
  await testInfo.attach('badges-page1', { path: `${stem}.png`, contentType: 'image/png' });

  const before = attendanceSummary(state, sittingId).present;
  for (const code of scanned) {
    const outcome = await callApi(host, 'checkIn', { sittingId, target: { kind: 'code', code: code ?? '' }, method: 'code' });
    expect(outcome).toMatchObject({ kind: 'checkedIn', delegateId: state.roster.byCode.get(codeKey(code ?? '')), counted: true });
  }
  expect(attendanceSummary(await deskState(host), sittingId).present).toBe(before + 3);
});

test('badges for a category, eight to a sheet, in English', async ({ host }, testInfo) => {
  const session = await callApi(host, 'openDemo', {});
  const state = await deskState(host);
  const guests = [...state.roster.delegates.values()].filter((d) => d.category === 'guest');
  const file = path.join(outDir(), 'guests.pdf');
  expect((await pdfCli([session.path, 'badges', file, '--category', 'guest', '--lang', 'en'])).code).toBe(0);
  expect(pdfInfo(file).pages).toBe(Math.ceil(guests.length / 8));
  const text = flat(pdfRawText(file));
  for (const guest of guests) expect(text).toContain(guest.fullName);
  expect(text).toContain('GUEST');
  expect(text).not.toContain('DB001');
  await attachPdfPage(testInfo, file, 1, 'badges-guests-en');

  const unknown = await pdfCli([session.path, 'badges', path.join(outDir(), 'x.pdf'), '--codes', 'DB001,NOPE1']);
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toContain('NOPE1');
});

test('the attendance sheet of a sitting: totals of the desk, seated alternate and not eligible delegate marked', async ({ host }, testInfo) => {
  const session = await callApi(host, 'openDemo', {});
  const state = await deskState(host);
  const sittingId = DEMO_SITTING_IDS.preparatory;
  const summary = attendanceSummary(state, sittingId);
  const quorum = sittingQuorum(state, sittingId);
  const figures = credentialsFigures(state, sittingId);
  const seated = figures.alternatesSeated[0];
  const notEligible = figures.notEligible[0];
  if (!seated || !notEligible) throw new Error('the demo has a seated alternate and a delegate not eligible');

  const file = path.join(outDir(), 'diem-danh.pdf');
  const result = await pdfCli([session.path, 'attendance', file, '--sitting', sittingId, '--signature']);
  expect(result.code).toBe(0);
  const text = flat(pdfRawText(file));
  const n = (value: number) => formatNumber(value, 'vi');
  expect(text).toContain(`Số đại biểu chính thức được triệu tập: ${n(summary.summoned)} (trong đó có 1 đại biểu dự khuyết được thay thế vào).`);
  expect(text).toContain(`Có mặt: ${n(summary.present)} đại biểu (${formatPercent(summary.present / summary.summoned, 'vi')}).`);
  expect(text).toContain(`Vắng mặt: ${n(summary.absent)} đại biểu (có lý do: ${n(summary.absentWithReason)}; không có lý do: ${n(summary.absentWithoutReason)}).`);
  expect(text).toContain(`Có mặt nhưng không tính vào số đại biểu có mặt: ${n(summary.othersPresent)} (khách mời: ${n(summary.othersPresent)}).`);
  expect(text).toContain(`tức là từ ${n(quorum.required)} đại biểu trở lên`);
  expect(text).toContain(quorum.met ? 'đủ điều kiện để tiến hành phiên họp' : 'chưa đủ điều kiện');
  // The same figures as the report's, by the same rule.
  expect(summary.summoned).toBe(figures.summoned);
  expect(summary.present).toBe(figures.attendance[0]?.count);
  expect(text).toContain(`${seated.alternateName} Đại biểu dự khuyết, thay đồng chí ${seated.replacedName}`);
  expect(text).toContain(`${notEligible.fullName} Không đủ tư cách đại biểu: ${notEligible.reason}; đã được thay bằng đồng chí ${seated.alternateName}`);
  expect(text).toContain('KHÔNG TÍNH VÀO SỐ ĐẠI BIỂU ĐƯỢC TRIỆU TẬP');
  expect(text).toContain('Cách tính: đại biểu được triệu tập là đại biểu chính thức');
  expectA4WithBundledFont(file);
  const pages = pdfInfo(file).pages;
  await attachPdfPage(testInfo, file, pages, 'attendance-vi-last');

  const english = path.join(outDir(), 'attendance-en.pdf');
  expect((await pdfCli([session.path, 'attendance', english, '--sitting', sittingId, '--lang', 'en', '--order', 'organisation'])).code).toBe(0);
  const englishText = flat(pdfRawText(english));
  expect(englishText).toContain(`Official delegates summoned: ${formatNumber(summary.summoned, 'en')} (alternates seated in place of delegates among them: 1).`);
  expect(englishText).toContain(`Delegates present: ${formatNumber(summary.present, 'en')}`);
  expect(englishText).toContain(`Alternate, seated in place of ${seated.replacedName}`);
});

test('Print… in the report and badges views opens the print view on that document, as shown', async ({ desk, page }, testInfo) => {
  await desk.openDemo();
  await desk.view('report');
  await page.screenshot({ path: testInfo.outputPath('report-view-vi.png') });
  await page.getByTestId('print-report').click();
  await expect(page.getByTestId('print-view')).toBeVisible();
  await expect(page.getByTestId('print-document-credentials-report')).toHaveAttribute('aria-pressed', 'true');
  const preview = page.getByTestId('print-preview');
  const report = preview.getByTestId('document-credentials-report');
  await expect(report).toContainText('BÁO CÁO THẨM TRA TƯ CÁCH ĐẠI BIỂU');
  await expect(report.getByTestId('report-wording')).toContainText('Có mặt tại Phiên trù bị: 240 đồng chí (96,0%)');
  await expect(page.getByTestId('print-option-snapshot')).toHaveValue('');
  await page.screenshot({ path: testInfo.outputPath('print-view-report-vi.png') });

  // A frozen copy, shown in the report view, is what Print… prints; a late arrival does not change it.
  await desk.view('report');
  await page.getByTestId('freeze-report').click();
  await page.getByTestId('freeze-label').fill('Khi đọc báo cáo');
  await page.getByTestId('freeze-confirm').click();
  await expect(page.getByTestId('snapshot-banner')).toBeVisible();
  await desk.view('checkin');
  await desk.scan('DB250');
  await desk.expectFeedback('checkedIn');
  await desk.view('report');
  await page.getByTestId('report-snapshot').selectOption({ index: 1 });
  await page.getByTestId('print-report').click();
  await expect(page.getByTestId('print-option-snapshot')).not.toHaveValue('');
  await expect(report).toContainText('Số liệu đã chốt lúc');
  await expect(report.getByTestId('report-wording')).toContainText('Có mặt tại Phiên trù bị: 240 đồng chí (96,0%)');
  // The frozen copy is in Vietnamese: asked for in English, the preview says why it cannot.
  await page.getByTestId('print-option-lang').selectOption('en');
  await expect(preview.getByTestId('print-failure')).toContainText('Tiếng Việt');
  await page.getByTestId('print-option-snapshot').selectOption('');
  await expect(report.getByTestId('report-wording')).toContainText('241');

  // The badges the view shows after a search go to print by their codes.
  await desk.view('badges');
  await page.getByTestId('badges-filter').fill('Thủy');
  await page.screenshot({ path: testInfo.outputPath('badges-view-vi.png') });
  const shownCodes = await page.getByTestId('badges-list').getByTestId('badge').evaluateAll((badges) => badges.map((b) => b.getAttribute('data-code') ?? ''));
  expect(shownCodes.length).toBeGreaterThan(1);
  await expect(page.getByTestId('badges-count')).toContainText(String(shownCodes.length));
  await page.getByTestId('print-badges').click();
  await expect(page.getByTestId('print-document-badges')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('print-option-codes')).toHaveValue(shownCodes.join(','));
  const sheet = preview.getByTestId('document-badges');
  await expect(sheet.getByTestId('badge')).toHaveCount(shownCodes.length);
  await expect(sheet.locator('.badge-sheet')).toHaveCount(Math.ceil(shownCodes.length / 8));
  await expect(page.getByText('Tài liệu này được dàn trang riêng')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('print-view-badges-vi.png') });

  // A category chosen in the view goes to print as such.
  await desk.view('badges');
  await page.getByTestId('badges-filter').fill('');
  await page.getByTestId('badges-category').selectOption('guest');
  await page.getByTestId('print-badges').click();
  await expect(page.getByTestId('print-option-category')).toHaveValue('guest');
  await expect(page.getByTestId('print-option-codes')).toHaveValue('');
  await expect(sheet.getByTestId('badge')).toHaveCount(12);
});

test('the credentials report is signed with the name and capacity the committee set, in the printed language', async ({ host }, testInfo) => {
  const session = await callApi(host, 'openDemo', {});
  const dir = outDir();
  // The page of the signature: the one that ends the wording, before the appendix.
  const signaturePage = (file: string, capacity: string) => {
    const pages = pdfPages(file).map(flat);
    const index = pages.findIndex((page) => page.includes(capacity));
    expect(index).toBeGreaterThanOrEqual(0);
    return { index, text: pages[index] ?? '' };
  };

  await callApi(host, 'setReportSigner', { name: 'Nguyễn Thị Thanh Hương', capacity: { vi: null, en: ['FOR THE CREDENTIALS COMMITTEE', 'DEPUTY CHAIR'] } });
  const vi = path.join(dir, 'bao-cao-ky.pdf');
  expect((await pdfCli([session.path, 'credentials-report', vi])).code).toBe(0);
  const viPage = signaturePage(vi, 'T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU');
  // The capacity lines, the room to sign, then the name; no hint to write the name by hand.
  expect(flat(pdfRawText(vi))).toContain('T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU TRƯỞNG BAN Nguyễn Thị Thanh Hương');
  expect(viPage.text).not.toContain('(Ký, ghi rõ họ tên)');
  expectOnlyBundledFont(vi, ['Tinos-Bold']);
  await attachPdfPage(testInfo, vi, viPage.index + 1, 'credentials-report-signed-vi');

  const en = path.join(dir, 'report-signed.pdf');
  expect((await pdfCli([session.path, 'credentials-report', en, '--lang', 'en'])).code).toBe(0);
  const enPage = signaturePage(en, 'FOR THE CREDENTIALS COMMITTEE');
  expect(flat(pdfRawText(en))).toContain('FOR THE CREDENTIALS COMMITTEE DEPUTY CHAIR Nguyễn Thị Thanh Hương');
  expect(enPage.text).not.toContain('(Signature and full name)');
  await attachPdfPage(testInfo, en, enPage.index + 1, 'credentials-report-signed-en');

  // Frozen with that signer; a new signer changes the live report, not the frozen copy.
  const frozen = await callApi(host, 'freezeReport', { sittingId: DEMO_SITTING_IDS.preparatory, language: 'vi', label: 'Khi đọc báo cáo' });
  await callApi(host, 'setReportSigner', { name: '', capacity: { vi: null, en: null } });
  const frozenFile = path.join(dir, 'ban-chot-ky.pdf');
  expect((await pdfCli([session.path, 'credentials-report', frozenFile, '--snapshot', frozen.id])).code).toBe(0);
  expect(flat(pdfRawText(frozenFile))).toContain('TRƯỞNG BAN Nguyễn Thị Thanh Hương');
  const blank = path.join(dir, 'bao-cao-trong.pdf');
  expect((await pdfCli([session.path, 'credentials-report', blank])).code).toBe(0);
  const blankText = flat(pdfRawText(blank));
  expect(blankText).not.toContain('Nguyễn Thị Thanh Hương');
  expect(blankText).toContain('T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU TRƯỞNG BAN (Ký, ghi rõ họ tên)');
});
