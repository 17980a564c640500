import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.js';

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
  const file = path.join(dir, 'hostile.csv');
  writeFileSync(file, '\uFEFF' + lines.join('\r\n') + '\r\n');
  return file;
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
