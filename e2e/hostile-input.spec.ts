import path from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.js';
import { writeExcelCsv } from './support/files.js';
import { AgendaPage } from './support/agenda-page.js';
import { callApi, deskState } from './support/api.js';
import { pdfCli, pdfRawText } from './support/pdf.js';
import { attachPdfPage, pdfOutDir } from './support/printed.js';

// Delegate names are untrusted: they come from spreadsheets that passed through many hands. Names
// that are markup, script, template syntax or spreadsheet formulas must appear as the very text
// they are, on every screen, and nothing in them may run.

const HOSTILE: readonly (readonly [code: string, name: string])[] = [
  ['X01', '<img src=x onerror=alert(1)>'],
  ['X02', '<script>alert("x")</script>'],
  ['X03', '"><svg onload=alert(1)>'],
  ['X04', "{{constructor.constructor('alert(1)')()}}"],
  ['X05', '$t(errors.internal) {{detail}}'],
  ['X06', '=HYPERLINK("http://example.invalid";"Bấm vào đây")'],
  ['X07', 'javascript:alert(1)'],
];

function csvCell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function hostileCsv(dir: string): string {
  const lines = ['Mã đại biểu;Họ và tên;Đơn vị;Loại đại biểu'];
  for (const [code, name] of HOSTILE) lines.push([code, csvCell(name), '<b>Sở Y tế</b>', 'Bầu'].join(';'));
  return writeExcelCsv(dir, 'hostile.csv', lines);
}

test('names with markup, script and formulas show as text in the preview, the roster and at the door, and nothing runs', async ({ desk, host, page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // A name parsed as HTML would run its handler or be blocked by the CSP; either way it would show here.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__violations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample} at ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.reload();
  await desk.createCongress('Đại hội thử dữ liệu độc hại');
  await desk.importRoster(hostileCsv(host.dataDir));

  const preview = page.getByTestId('import-preview');
  for (const [, name] of HOSTILE) await expect(preview.getByText(name, { exact: true })).toBeVisible();
  await page.getByTestId('confirm-import').click();
  await expect(page.getByTestId('roster-count')).toContainText(`${HOSTILE.length} / ${HOSTILE.length}`);

  const list = page.getByTestId('roster-list');
  for (const [, name] of HOSTILE) await expect(list.getByText(name, { exact: true })).toBeVisible();
  await expect(list.getByText('<b>Sở Y tế</b>', { exact: true }).first()).toBeVisible();
  await page.getByTestId('roster-filter').fill('img src');
  await expect(list.getByRole('row')).toHaveCount(1);
  await expect(list.getByRole('row')).toContainText('<img src=x onerror=alert(1)>');

  // A message that quotes a name quotes it as it is: no template inside it is expanded.
  await page.getByTestId('roster-filter').fill('detail');
  await list.getByRole('row').locator('summary').click();
  await list.getByRole('row').getByRole('menuitem', { name: /xóa|delete/i }).click();
  await expect(page.getByRole('dialog')).toContainText('$t(errors.internal) {{detail}}');
  await page.getByRole('dialog').getByRole('button', { name: /hủy|cancel/i }).click();

  // At the door: suggestions while typing, and the confirmation after a scan.
  await desk.view('checkin');
  await desk.checkInInput.fill('onerror');
  await expect(page.getByTestId('checkin-suggestions').getByText('<img src=x onerror=alert(1)>', { exact: true })).toBeVisible();
  await desk.checkInInput.press('Escape');
  for (const [code, name] of HOSTILE) {
    await desk.scan(code);
    await desk.expectFeedback('checkedIn', code);
    await expect(page.locator('.feedback-name')).toHaveText(name);
  }
  await expect(page.getByTestId('recent-checkins').getByText('"><svg onload=alert(1)>', { exact: true })).toBeVisible();

  // Nothing was parsed as markup, nothing ran, nothing was even attempted.
  const parsed = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    svgs: document.querySelectorAll('svg[onload]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('alert')).length,
    bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'Sở Y tế').length,
    violations: (window as unknown as { __violations: string[] }).__violations,
  }));
  expect(parsed).toEqual({ images: 0, svgs: 0, scripts: 0, bold: 0, violations: [] });
  expect(dialogs).toEqual([]);
});

test('a 50 MB file is refused at once with its size and the limit, and nothing is imported', async ({ desk, host, page }) => {
  await desk.createCongress('Đại hội thử tệp lớn');
  const big = path.join(host.dataDir, 'danh-sach-50MB.csv');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x41));
  await desk.view('roster');
  await page.getByTestId('import-roster').click();
  await page.getByTestId('import-file').setInputFiles(big);
  await expect(page.getByTestId('import-file-problem')).toContainText('Tệp có dung lượng 50 MB, vượt quá giới hạn 10 MB');
  await expect(page.getByTestId('confirm-import')).toHaveCount(0);
  await page.getByRole('button', { name: /hủy/i }).click();
  await expect(page.getByTestId('roster-count')).toContainText('0 / 0');
});

// Agenda texts are untrusted too: an agenda file passes through as many hands as a roster.
const HOSTILE_TITLES = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(2)>',
  '<script>alert("x")</script>',
  "{{constructor.constructor('alert(3)')()}} $t(errors.internal)",
] as const;
const HOSTILE_PRESENTER = { name: '<b>Nguyễn Văn Khách</b>', title: '<i>Trưởng đoàn</i>' };
const HOSTILE_NOTE = '<img src=y onerror=alert(4)>';

/** What a page parsed as markup from those texts, and what its CSP had to stop: all must be nothing. */
function parsedMarkup(page: Page) {
  return page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"], img[src="y"]').length,
    svgs: document.querySelectorAll('svg[onload]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('alert')).length,
    bold: [...document.querySelectorAll('b, i')].filter((b) => /Khách|Trưởng đoàn/.test(b.textContent ?? '')).length,
    violations: (window as unknown as { __violations?: string[] }).__violations ?? [],
  }));
}

const watchViolations = () => {
  const seen: string[] = [];
  Object.defineProperty(window, '__violations', { value: seen });
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
};

test('agenda titles with markup show as text in the import preview, the editor, the live desk, the hall display and the printed agenda, and nothing runs', async ({ desk, host, page }, testInfo) => {
  const dialogs: string[] = [];
  page.context().on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.context().addInitScript(watchViolations);
  await page.reload();
  await desk.createCongress('Đại hội thử chương trình độc hại');
  const agenda = new AgendaPage(page);
  await agenda.openEditor();

  // The file, through the import preview.
  const lines = ['STT;Thời lượng;Nội dung;Người trình bày;Chức vụ;Ghi chú nội bộ'];
  HOSTILE_TITLES.forEach((title, i) => {
    const [name, position, note] = i === 0 ? [HOSTILE_PRESENTER.name, HOSTILE_PRESENTER.title, HOSTILE_NOTE] : ['', '', ''];
    lines.push([String(i + 1), '5', csvCell(title), name, position, note].join(';'));
  });
  const file = writeExcelCsv(host.dataDir, 'chuong-trinh-doc-hai.csv', lines);
  await page.getByTestId('agenda-import').click();
  await page.getByTestId('agenda-import-file').setInputFiles(file);
  const preview = page.getByTestId('agenda-import-preview');
  for (const title of HOSTILE_TITLES) await expect(preview.getByText(title, { exact: true })).toBeVisible();
  await expect(page.getByTestId('agenda-import-problems').locator('[data-code=presenterAsGuest]')).toContainText(HOSTILE_PRESENTER.name);
  await page.getByTestId('agenda-import-confirm').click();
  await expect(page.getByTestId('agenda-import-dialog')).toBeHidden();

  // The agenda editor: each title as its own text, the presenter and the note too.
  for (const title of HOSTILE_TITLES) await expect(agenda.row(title)).toHaveCount(1);
  const first = agenda.row(HOSTILE_TITLES[0]);
  await expect(first).toContainText(HOSTILE_PRESENTER.name);
  await expect(first).toContainText(HOSTILE_PRESENTER.title);
  await expect(first).toContainText(HOSTILE_NOTE);
  const number = (await first.getAttribute('data-number')) ?? '';
  expect(number).toMatch(/^\d+$/);

  // The live desk, running the first of them.
  const state = await deskState(host);
  const item = [...state.agenda.items.values()].find((i) => i.title === HOSTILE_TITLES[0]);
  if (!item) throw new Error('the imported item is missing');
  await callApi(host, 'startAgendaItem', { itemId: item.id });
  await agenda.openLive();
  await expect(page.getByTestId('live-current')).toHaveAttribute('data-state', 'running');
  await expect(page.getByTestId('live-current')).toContainText(HOSTILE_TITLES[0]);
  const live = page.getByTestId('live-list');
  for (const title of HOSTILE_TITLES) await expect(live.getByText(title, { exact: true })).toBeVisible();

  // The hall display: the title, its presenter, and what comes next.
  const address = await page.getByTestId('hall-display-url').inputValue();
  const hall = await page.context().newPage();
  await hall.goto(address);
  await expect(hall.getByTestId('hall-title')).toHaveText(`${number}. ${HOSTILE_TITLES[0]}`);
  await expect(hall.getByTestId('hall-presenter')).toContainText(HOSTILE_PRESENTER.name);
  await expect(hall.getByTestId('hall-presenter')).toContainText(HOSTILE_PRESENTER.title);
  await expect(hall.getByTestId('hall-next')).toContainText(HOSTILE_TITLES[1]);
  // Internal notes are for the presidium, never for the hall.
  await expect(hall.getByTestId('hall-display')).not.toContainText(HOSTILE_NOTE);
  for (const [name, shown] of [['hall-display', hall], ['live-desk', page]] as const) {
    await shown.screenshot({ path: testInfo.outputPath(`${name}.png`) });
    await testInfo.attach(name, { path: testInfo.outputPath(`${name}.png`), contentType: 'image/png' });
  }

  // The printed agenda and the run sheet, read back from the PDF files.
  const session = (await callApi(host, 'getDeskInfo', {})).session;
  if (!session) throw new Error('no session');
  const out = pdfOutDir('congress-hostile-pdf-');
  const printed = async (document: 'agenda' | 'run-sheet') => {
    const pdf = path.join(out, `${document}.pdf`);
    const result = await pdfCli([session.path, document, pdf]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    await attachPdfPage(testInfo, pdf, 1, document);
    return pdfRawText(pdf);
  };
  // A long title wraps inside its cell: compare without the white space that wrapping adds.
  const bare = (text: string) => text.replace(/\s+/g, '');
  const agendaText = bare(await printed('agenda'));
  for (const title of HOSTILE_TITLES) expect(agendaText).toContain(bare(title));
  expect(agendaText).toContain(bare(`${HOSTILE_PRESENTER.name} ${HOSTILE_PRESENTER.title}`));
  expect(agendaText).not.toContain(bare(HOSTILE_NOTE));
  const runSheet = bare(await printed('run-sheet'));
  for (const title of HOSTILE_TITLES) expect(runSheet).toContain(bare(title));
  expect(runSheet).toContain(bare(HOSTILE_NOTE));

  // Nothing was parsed as markup on any screen, nothing ran, nothing was even attempted.
  const nothing = { images: 0, svgs: 0, scripts: 0, bold: 0, violations: [] };
  expect(await parsedMarkup(page)).toEqual(nothing);
  expect(await parsedMarkup(hall)).toEqual(nothing);
  await agenda.openEditor();
  expect(await parsedMarkup(page)).toEqual(nothing);
  expect(dialogs).toEqual([]);
  await hall.close();
});
