import path from 'node:path';
import type { TestInfo } from '@playwright/test';
import { test, expect } from './support/fixtures.js';
import { callApi, deskState } from './support/api.js';
import { pdfCli, pdfInfo, pdfLayoutText, pdfRawPages } from './support/pdf.js';
import { attachPdfPage, expectA4, expectOnlyBundledFont, pdfOutDir } from './support/printed.js';
import { DEMO_AGENDA, type DemoAgendaEntry } from '../shared/demo/agenda.js';
import type { Language } from '../shared/domain/congress/model.js';
import { speechLog } from '../shared/domain/speakers/log.js';
import { formatDuration } from '../shared/domain/speakers/timer.js';
import { speakingStatsDocument } from '../shared/print/documents/speaking-stats.js';
import { isSummoned } from '../shared/domain/attendance/select.js';
import { formatClock, formatNumber, formatPercent } from '../shared/i18n/format.js';
import { agendaItem } from '../shared/domain/agenda/template.js';
import { congressInput } from '../tests/support/domain.js';

// The printed documents of the sittings, read back from the PDF files `npm run pdf` writes:
// text (pdftotext, also in layout mode for the rows of a table), page size, fonts; pages are
// attached as pictures to look at.

// pdftotext joins a word broken at a hyphen at the end of a line: compare without such hyphens.
const flat = (text: string) => text.replace(/\s+-\s+/g, ' ').replace(/\s+/g, ' ');

/** Every page carries the table's header row and its number "Trang i/n". */
function expectHeaderAndNumberOnEveryPage(pages: readonly string[], headers: readonly string[], pageWord: (i: number, n: number) => string): void {
  pages.forEach((page, i) => {
    for (const header of headers) expect(page, `page ${i + 1}`).toContain(header);
    expect(page, `page ${i + 1}`).toContain(pageWord(i + 1, pages.length));
  });
}


function demoEntries(): DemoAgendaEntry[] {
  return Object.values(DEMO_AGENDA).flatMap((sitting) => sitting.flatMap((e) => [e, ...(e.subItems ?? [])]));
}
const demoTitles = (language: Language) => demoEntries().map((e) => e.title[language]);
const demoNotes = (language: Language) => demoEntries().flatMap((e) => (e.notes ? [e.notes[language]] : []));

async function attachPages(file: string, name: string, testInfo: TestInfo, pages: readonly number[]) {
  for (const page of pages) await attachPdfPage(testInfo, file, page, `${name}-${page}`);
}

test('the demo agenda in Vietnamese: the title, every item exactly, presenters, no internal notes, A4, bundled font', async ({}, testInfo) => {
  const file = path.join(pdfOutDir(), 'chuong-trinh.pdf');
  const result = await pdfCli(['demo', 'agenda', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const pages = pdfRawPages(file);
  const text = pages.join('\n');
  expect(text).toBe(text.normalize('NFC'));
  expect(text).toContain('CHƯƠNG TRÌNH ĐẠI HỘI');
  expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  const missing = demoTitles('vi').filter((title) => !flat(text).includes(title.normalize('NFC')));
  expect(missing).toEqual([]);
  expect(demoTitles('vi').length).toBeGreaterThan(35);
  for (const note of demoNotes('vi')) expect(flat(text)).not.toContain(note);
  for (const sitting of ['PHIÊN TRÙ BỊ', 'PHIÊN CHÍNH THỨC (BUỔI SÁNG)', 'PHIÊN CHÍNH THỨC (BUỔI CHIỀU)']) expect(text).toContain(sitting);
  // Numbers, planned times and presenter with title, on the row's first line.
  const layout = pdfLayoutText(file);
  expect(layout).toMatch(/^\s*1\s+07:30–07:33\s+Báo cáo tình hình đại biểu có mặt\s+Cao Thị Hồng Yến\s*$/m);
  expect(layout).toMatch(/^\s*2\.1\s+07:33–07:37\s+Bầu Đoàn Chủ tịch Đại hội\s+Nguyễn Đức Cường\s*$/m);
  expect(flat(text)).toContain('Cao Thị Hồng Yến Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Đảng ủy Khối');
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expectHeaderAndNumberOnEveryPage(pages, ['STT', 'Thời gian', 'Nội dung', 'Người thực hiện'], (i, n) => `Trang ${i}/${n}`);
  expectA4(file);
  expectOnlyBundledFont(file);
  await attachPages(file, 'agenda-vi', testInfo, [1, 2]);
});

test('the demo agenda in English, one sitting', async ({}, testInfo) => {
  const file = path.join(pdfOutDir(), 'agenda-en.pdf');
  const result = await pdfCli(['demo', 'agenda', file, '--lang', 'en', '--sitting', 's-pm']);
  expect(result.code).toBe(0);
  const pages = pdfRawPages(file);
  const text = flat(pages.join('\n'));
  expect(text).toContain('CONGRESS AGENDA');
  expect(text).toContain('COMMUNIST PARTY OF VIETNAM');
  const afternoon = DEMO_AGENDA.afternoon.flatMap((e) => [e, ...(e.subItems ?? [])]).map((e) => e.title.en);
  expect(afternoon.filter((title) => !text.includes(title))).toEqual([]);
  expect(text).not.toContain(DEMO_AGENDA.morning[0]?.title.en ?? '?');
  expect(text).not.toContain('PREPARATORY SITTING');
  expectHeaderAndNumberOnEveryPage(pages, ['Time', 'Item', 'Presented by'], (i, n) => `Page ${i} of ${n}`);
  expectA4(file);
  expectOnlyBundledFont(file);
  await attachPages(file, 'agenda-en', testInfo, [1]);
});

test('the demo run sheet has the internal notes the public agenda leaves out, and a column for handwritten notes', async ({}, testInfo) => {
  const dir = pdfOutDir();
  const file = path.join(dir, 'kich-ban.pdf');
  const result = await pdfCli(['demo', 'run-sheet', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const pages = pdfRawPages(file);
  const text = flat(pages.join('\n'));
  expect(text).toContain('KỊCH BẢN ĐIỀU HÀNH ĐẠI HỘI');
  expect(text).toContain('(Dùng cho Đoàn Chủ tịch Đại hội)');
  expect(demoNotes('vi').length).toBeGreaterThan(4);
  expect(demoNotes('vi').filter((note) => !text.includes(`Ghi chú nội bộ: ${note}`))).toEqual([]);
  expect(demoTitles('vi').filter((title) => !text.includes(title))).toEqual([]);
  expect(text).toContain('3 phút');
  expectHeaderAndNumberOnEveryPage(pages, ['STT', 'Thời gian', 'Nội dung', 'Người thực hiện', 'Ghi chép'], (i, n) => `Trang ${i}/${n}`);
  // Each sitting starts a page: its title comes before the table's header on the page it starts.
  const sittings = ['PHIÊN TRÙ BỊ', 'PHIÊN CHÍNH THỨC (BUỔI SÁNG)', 'PHIÊN CHÍNH THỨC (BUỔI CHIỀU)'];
  const starts = sittings.map((title) => pages.findIndex((p) => p.includes(title)));
  expect(starts[0]).toBe(0);
  expect(starts[1]).toBeGreaterThan(starts[0] ?? 0);
  expect(starts[2]).toBeGreaterThan(starts[1] ?? 0);
  sittings.forEach((title, i) => {
    const page = pages[starts[i] ?? -1] ?? '';
    expect(page.indexOf(title), title).toBeLessThan(page.indexOf('Người thực hiện'));
  });
  expectA4(file);
  expectOnlyBundledFont(file);

  const english = path.join(dir, 'run-sheet-en.pdf');
  expect((await pdfCli(['demo', 'run-sheet', english, '--lang', 'en'])).code).toBe(0);
  const en = flat(pdfRawPages(english).join('\n'));
  expect(en).toContain('CONGRESS RUN SHEET');
  expect(demoNotes('en').filter((note) => !en.includes(`Internal note: ${note}`))).toEqual([]);
  await attachPages(file, 'run-sheet-vi', testInfo, [1]);
  await attachPages(english, 'run-sheet-en', testInfo, [1]);
});

test('a 60-item agenda paginates with the table header on every page and no row split, printed from a session file', async ({ host }, testInfo) => {
  const session = await callApi(host, 'createCongress', congressInput());
  const titles: string[] = [];
  for (let n = 1; n <= 60; n++) {
    const title = `Nội dung thứ ${n}: thảo luận và biểu quyết thông qua báo cáo tổng kết công tác nhiệm kỳ của Đảng bộ Sở số ${n}`;
    titles.push(title);
    await callApi(host, 'addAgendaItem', {
      sittingId: 'am',
      parentId: null,
      index: null,
      fields: agendaItem('report', title, 4, {
        presenter: { kind: 'guest', name: `Trần Văn Ước ${n}`, title: 'Bí thư Đảng ủy' },
        notes: `Lời dẫn số ${n}: mời đồng chí lên bục`,
      }),
    });
  }
  const dir = pdfOutDir();
  const file = path.join(dir, 'chuong-trinh-60.pdf');
  const result = await pdfCli([session.path, 'agenda', file, '--sitting', 'am']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const pages = pdfRawPages(file);
  expect(pages.length).toBeGreaterThanOrEqual(4);
  expect(pdfInfo(file).pages).toBe(pages.length);
  expectHeaderAndNumberOnEveryPage(pages, ['STT', 'Thời gian', 'Nội dung', 'Người thực hiện'], (i, n) => `Trang ${i}/${n}`);
  // Each title wraps over two lines: found whole on one page, its row was not split.
  const split = titles.filter((title) => !pages.some((page) => flat(page).includes(title)));
  expect(split).toEqual([]);
  expect(flat(pages.join('\n'))).not.toContain('Lời dẫn số');
  expectA4(file);

  const sheet = path.join(dir, 'kich-ban-60.pdf');
  expect((await pdfCli([session.path, 'run-sheet', sheet, '--sitting', 'am'])).code).toBe(0);
  const sheetPages = pdfRawPages(sheet);
  const sheetText = flat(sheetPages.join('\n'));
  for (let n = 1; n <= 60; n++) expect(sheetText).toContain(`Ghi chú nội bộ: Lời dẫn số ${n}: mời đồng chí lên bục`);
  expectHeaderAndNumberOnEveryPage(sheetPages, ['Nội dung', 'Ghi chép'], (i, n) => `Trang ${i}/${n}`);
  await attachPages(file, 'agenda-60', testInfo, [1, pages.length]);
});

test('the speech log of the demo: its 13 speeches in order with start, end, time spoken and overrun', async ({ host }, testInfo) => {
  const demo = await callApi(host, 'openDemo', {});
  const state = await deskState(host);
  const log = speechLog(state, Date.now());
  expect(log).toHaveLength(13);
  const file = path.join(pdfOutDir(), 'nhat-ky.pdf');
  const result = await pdfCli([demo.path, 'speech-log', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const pages = pdfRawPages(file);
  const text = flat(pages.join('\n'));
  expect(text).toContain('NHẬT KÝ PHÁT BIỂU');
  expect(text).toContain('Toàn đại hội');
  const layout = pdfLayoutText(file);
  for (const entry of log) {
    const end = entry.endedAt === null ? '?' : formatClock(entry.endedAt, 'vi');
    const overrun = entry.overrunMs > 0 ? `\\s+\\+${formatDuration(entry.overrunMs)}` : '';
    const row = new RegExp(`^\\s*${entry.number}\\s+\\S.*\\s${formatClock(entry.startedAt, 'vi')}\\s+${end}\\s+${formatDuration(entry.durationMs)}${overrun}\\s*$`, 'm');
    expect(layout, `speech ${entry.number}`).toMatch(row);
    // Speaker and organisation in the same cell, after the row's number.
    expect(text).toContain(flat(`${entry.number} ${entry.speaker.name} ${entry.speaker.detail}`));
  }
  // In the order given: each row below the one before.
  const positions = log.map((e) => layout.search(new RegExp(`^\\s*${e.number}\\s+\\S`, 'm')));
  expect(positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] ?? 0)))).toBe(true);
  const total = log.reduce((ms, e) => ms + e.durationMs, 0);
  expect(text).toContain(`Số lượt phát biểu: 13; tổng thời gian nói: ${formatDuration(total)}.`);
  expect(text).toContain('Tất cả các lượt phát biểu được ghi bổ sung sau');
  expect(text).toContain('ĐOÀN THƯ KÝ ĐẠI HỘI');
  expectHeaderAndNumberOnEveryPage(pages, ['Người phát biểu', 'Loại phát', 'Quá'], (i, n) => `Trang ${i}/${n}`);
  expectA4(file);
  expectOnlyBundledFont(file);
  await attachPages(file, 'speech-log-vi', testInfo, [1]);

  const pm = path.join(pdfOutDir(), 'nhat-ky-chieu.pdf');
  expect((await pdfCli([demo.path, 'speech-log', pm, '--sitting', 's-pm', '--lang', 'en'])).code).toBe(0);
  const afternoon = flat(pdfRawPages(pm).join('\n'));
  expect(afternoon).toContain('SPEECH LOG');
  expect(afternoon).toContain('No speeches yet.');
});

test('the speaking statistics of the demo: the totals, kinds, genders and speakers of the model', async ({ host }, testInfo) => {
  const demo = await callApi(host, 'openDemo', {});
  const state = await deskState(host);
  const doc = speakingStatsDocument(state, { sitting: null, discussion: null });
  const file = path.join(pdfOutDir(), 'thong-ke.pdf');
  const result = await pdfCli([demo.path, 'speaking-stats', file]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const pages = pdfRawPages(file);
  const text = flat(pages.join('\n'));
  const layout = pdfLayoutText(file);
  const n = (value: number) => formatNumber(value, 'vi');
  const share = (permille: number) => formatPercent(permille / 1000, 'vi');
  const row = (...cells: string[]) => new RegExp(`^\\s*${cells.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')}\\s*$`, 'm');

  const { total } = doc.stats;
  expect(total.speeches).toBe(13);
  expect(text).toContain('THỐNG KÊ PHÁT BIỂU');
  expect(text).toContain(`Số lượt phát biểu: ${n(total.speeches)}.`);
  expect(text).toContain(`Số người phát biểu: ${n(total.speakers)}.`);
  expect(text).toContain(`Tổng thời gian phát biểu: ${formatDuration(total.spokenMs)}.`);
  const kinds = { preparedContribution: 'Tham luận', floorRequest: 'Ý kiến phát biểu', directiveSpeech: 'Phát biểu chỉ đạo', pointOfOrder: 'Ý kiến về thủ tục' };
  for (const k of doc.byKind) expect(layout, k.kind).toMatch(row(kinds[k.kind], n(k.speeches), formatDuration(k.spokenMs), share(k.permille)));
  expect(layout).toMatch(row('Cộng', n(total.speeches), formatDuration(total.spokenMs), share(1000)));
  const genders = { male: 'Nam', female: 'Nữ' };
  for (const g of doc.byGender) {
    if (g.gender === null) continue;
    expect(layout, g.gender).toMatch(row(genders[g.gender], n(g.delegates), n(g.speakers), n(g.speeches), formatDuration(g.spokenMs), share(g.permille)));
  }
  const summoned = doc.byGender.reduce((sum, g) => sum + g.delegates, 0);
  expect(summoned).toBe(250);
  expect(layout).toMatch(row('Cộng', n(summoned), n(total.speakers), n(total.speeches), formatDuration(total.spokenMs), share(1000)));
  doc.delegates.forEach((d, i) => expect(layout, d.name).toMatch(row(String(i + 1), d.name, n(d.speeches), formatDuration(d.spokenMs), share(d.permille))));
  expect(text).toContain(`VI. ĐẠI BIỂU CHÍNH THỨC CHƯA PHÁT BIỂU (${n(doc.stats.silentDelegates.length)})`);
  expect(text).toContain(`VII. ĐƠN VỊ CHƯA CÓ ĐẠI BIỂU PHÁT BIỂU (${n(doc.stats.silentOrganisations.length)})`);
  for (const silent of doc.stats.silentDelegates) expect(text).toContain(silent.name);
  const summonedSpeakers = doc.delegates.filter((d) => {
    const delegate = state.roster.delegates.get(d.delegateId);
    return delegate !== undefined && isSummoned(state, delegate);
  });
  expect(doc.stats.silentDelegates.length).toBe(summoned - summonedSpeakers.length);
  pages.forEach((page, i) => expect(page).toContain(`Trang ${i + 1}/${pages.length}`));
  expectA4(file);
  expectOnlyBundledFont(file);
  await attachPages(file, 'speaking-stats-vi', testInfo, [1, 2]);
});

test('"Print…" in the agenda, the live desk, the speech log and the statistics opens the print view on that document', async ({ desk, page }, testInfo) => {
  await desk.openDemo();
  const preview = page.getByTestId('print-preview');

  await desk.view('agenda');
  await page.getByTestId('agenda-print').click();
  await expect(page.getByTestId('print-document-agenda')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('print-option-sitting')).toHaveValue('');
  await expect(preview.getByTestId('document-agenda')).toContainText('CHƯƠNG TRÌNH ĐẠI HỘI');
  await expect(preview.getByTestId('document-agenda')).not.toContainText('Mời đại biểu đứng nghiêm');
  await page.screenshot({ path: testInfo.outputPath('print-view-agenda.png') });

  await desk.view('agenda');
  await page.getByTestId('agenda-print-run-sheet').click();
  await expect(page.getByTestId('print-document-run-sheet')).toHaveAttribute('aria-pressed', 'true');
  await expect(preview.getByTestId('document-run-sheet')).toContainText('Mời đại biểu đứng nghiêm');

  await desk.view('live');
  const sitting = await page.getByTestId('sitting').inputValue();
  await page.getByTestId('live-print-run-sheet').click();
  await expect(page.getByTestId('print-document-run-sheet')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('print-option-sitting')).toHaveValue(sitting);
  await expect(preview.getByTestId('run-sheet-sitting')).toHaveCount(1);

  // The print tab itself starts afresh.
  await desk.view('checkin');
  await desk.view('print');
  await expect(page.getByTestId('print-document-roster')).toHaveAttribute('aria-pressed', 'true');

  await desk.view('speakers');
  await page.getByTestId('speakers-log').click();
  await page.getByTestId('log-scope').selectOption('s:s-am');
  await page.getByTestId('print-log').click();
  await expect(page.getByTestId('print-document-speech-log')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('print-option-sitting')).toHaveValue('s-am');
  await expect(preview.getByTestId('speech-log-table').locator('tbody tr:not(.doc-group)')).toHaveCount(13);
  await page.getByTestId('print-option-lang').selectOption('en');
  await expect(preview.getByTestId('document-speech-log')).toContainText('SPEECH LOG');
  await page.screenshot({ path: testInfo.outputPath('print-view-speech-log-en.png') });

  await desk.view('speakers');
  await page.getByTestId('speakers-stats').click();
  await page.getByTestId('print-stats').click();
  await expect(page.getByTestId('print-document-speaking-stats')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('print-option-discussion')).toHaveValue('');
  await expect(preview.getByTestId('stats-summary')).toContainText('Số lượt phát biểu: 13.');
  // Choosing another sitting lets go of a discussion outside it.
  await page.getByTestId('print-option-discussion').selectOption({ label: 'Thảo luận các dự thảo văn kiện trình Đại hội' });
  await page.getByTestId('print-option-sitting').selectOption('s-pm');
  await expect(page.getByTestId('print-option-discussion')).toHaveValue('');
  await expect(preview.getByTestId('stats-summary')).toContainText('Số lượt phát biểu: 0.');
  await page.screenshot({ path: testInfo.outputPath('print-view-stats.png') });
});
