import { test, expect } from './support/fixtures.js';
import { DEMO_SITTING_IDS } from '../shared/demo/congress.js';

test('the print view previews a document in its own language and opens the print page for the browser', async ({ desk, page, context }, testInfo) => {
  await desk.openDemo();
  // Ctrl+P opens the print view rather than printing the desk's screen.
  await page.keyboard.press('Control+p');
  const view = page.getByTestId('print-view');
  await expect(view).toBeVisible();
  const preview = page.getByTestId('print-preview');
  await expect(preview.getByTestId('document-roster')).toContainText('DANH SÁCH ĐẠI BIỂU');
  await expect(preview.getByTestId('roster-table').locator('tbody tr')).toHaveCount(268);
  await page.screenshot({ path: testInfo.outputPath('print-view-vi.png') });

  // The attendance sheet in English while the desk stays in Vietnamese.
  await page.getByTestId('print-document-attendance').click();
  await page.getByTestId('print-option-lang').selectOption('en');
  await page.getByTestId('print-option-sitting').selectOption('s-am');
  await page.getByTestId('print-option-signature').check();
  const sheet = preview.getByTestId('document-attendance');
  await expect(sheet).toContainText('ATTENDANCE SHEET');
  await expect(sheet).toContainText('Phiên chính thức (buổi sáng), 08:00 to 11:30');
  await expect(sheet.getByRole('columnheader', { name: 'Signature' }).first()).toBeVisible();
  await expect(page.getByTestId('tab-print')).toContainText('In ấn');
  await page.screenshot({ path: testInfo.outputPath('print-view-attendance-en.png') });

  // A check-in at the door shows in the preview at once.
  await expect(page.getByTestId('attendance-totals')).toContainText('Delegates present: 0 (0.0%)');
  await desk.view('checkin');
  await desk.chooseSitting(DEMO_SITTING_IDS.morning);
  await desk.scan('DB001');
  await desk.expectFeedback('checkedIn');
  await desk.view('print');
  await page.getByTestId('print-document-attendance').click();
  await page.getByTestId('print-option-lang').selectOption('en');
  await page.getByTestId('print-option-sitting').selectOption('s-am');
  await expect(page.getByTestId('attendance-totals')).toContainText('Delegates present: 1 (');

  // Margins are kept in the desk's preferences.
  await page.getByTestId('margin-top').fill('25');
  await page.getByTestId('margin-top').press('Enter');
  await page.reload();
  await desk.view('print');
  await expect(page.getByTestId('margin-top')).toHaveValue('25');
  await page.getByTestId('margin-left').fill('3');
  await expect(page.getByTestId('print-margins').getByRole('alert')).toContainText('từ 5 đến 60 mm');
  await page.getByTestId('margins-reset').click();
  await expect(page.getByTestId('margin-left')).toHaveValue('30');
  await expect(page.getByTestId('margin-top')).toHaveValue('20');

  // In a browser, the print page opens in a new tab, complete, with the options chosen.
  await page.getByTestId('print-document-attendance').click();
  await page.getByTestId('print-option-order').selectOption('organisation');
  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByTestId('print-open-page').click()]);
  await expect(tab.locator('html')).toHaveAttribute('data-print-state', 'ready');
  await expect(tab.getByTestId('document-attendance')).toContainText('DANH SÁCH ĐIỂM DANH ĐẠI BIỂU');
  await expect(tab.locator('.doc-group').first()).toContainText('Chi bộ Ban Dân tộc');
  const url = new URL(tab.url());
  expect(url.pathname).toBe('/print/attendance');
  expect(url.searchParams.get('order')).toBe('organisation');
  expect(url.searchParams.get('autoprint')).toBe('1');
  expect(url.searchParams.has('token')).toBe(false);
  await tab.screenshot({ path: testInfo.outputPath('print-page-tab.png') });
});

test('a print route names what is wrong instead of printing a blank page', async ({ desk, page }) => {
  await desk.openDemo();
  const token = new URL(desk.host.url).searchParams.get('token') ?? '';
  await page.goto(`${desk.host.origin}/print/agenda-x?lang=vi&token=${token}`);
  await expect(page.locator('html')).toHaveAttribute('data-print-state', 'failed');
  await expect(page.getByTestId('print-failure')).toContainText('Các tài liệu có thể in: roster, attendance, credentials-report, badges, agenda, run-sheet, speech-log, speaking-stats');
  await page.goto(`${desk.host.origin}/print/attendance?lang=vi&sitting=evening&token=${token}`);
  await expect(page.locator('html')).toHaveAttribute('data-print-error', 'Không có phiên họp này.');
  await page.goto(`${desk.host.origin}/print/roster?lang=de&token=${token}`);
  await expect(page.getByTestId('print-failure')).toContainText('«lang»');
});
