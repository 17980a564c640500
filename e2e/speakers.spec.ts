import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.js';
import type { DeskPage } from './support/desk-page.js';
import { DEMO_SITTING_IDS } from '../shared/demo/congress.js';

/** The hall screen in a second tab, on the same web host and token as the desk. */
async function openHall(desk: DeskPage): Promise<Page> {
  const hall = await desk.page.context().newPage();
  const token = new URL(desk.host.url).searchParams.get('token') ?? '';
  await hall.goto(`${desk.host.origin}/display/speakers?token=${encodeURIComponent(token)}`);
  await expect(hall.getByTestId('spk-speakers')).toBeVisible();
  return hall;
}

async function openDiscussion(desk: DeskPage, title: string): Promise<void> {
  const { page } = desk;
  await desk.view('speakers');
  await page.getByTestId('open-discussion').click();
  const form = page.getByTestId('discussion-form');
  await form.locator('input[name=title]').fill(title);
  await form.locator('select[name=sitting]').selectOption({ label: 'Phiên chính thức (buổi chiều)' });
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByTestId('discussion')).toContainText(title);
}

/** Registers a request with the search field: kind, optional title, then the name or code and Enter. */
async function register(desk: DeskPage, kind: string, search: string, name: string, title = ''): Promise<void> {
  const { page } = desk;
  await page.getByTestId('speech-kind').selectOption(kind);
  await page.getByTestId('speech-title').fill(title);
  await page.getByTestId('speaker-search').fill(search);
  await page.getByTestId('speaker-search').press('Enter');
  await expect(page.getByTestId('speaker-add-message')).toContainText(`Đã đăng ký: ${name}`);
}

const queueNames = (page: Page) => page.getByTestId('queue-row').locator('.queue-who strong');

test('register contributions and a floor request, call three speakers, pause and add time; the hall follows and the log records it', async ({ desk, page }) => {
  await desk.openDemo();
  // Two delegates are checked in for the afternoon sitting; the floor request's delegate is not.
  await desk.chooseSitting(DEMO_SITTING_IDS.afternoon);
  await desk.scan('DB013');
  await desk.expectFeedback('checkedIn');
  await desk.scan('DB021');
  await desk.expectFeedback('checkedIn');

  await openDiscussion(desk, 'Thảo luận buổi chiều');
  await register(desk, 'preparedContribution', 'DB013', 'Thái Bá Đức', 'Đổi mới giáo dục và đào tạo');
  await register(desk, 'preparedContribution', 'DB021', 'Bùi Thị Hương', 'Nâng cao chất lượng cán bộ');
  // A request from the floor by name, typed without diacritics.
  await register(desk, 'floorRequest', 'luong thi minh trang', 'Lương Thị Minh Trang');
  await expect(page.getByTestId('speaker-add-message')).toContainText('Lương Thị Minh Trang chưa điểm danh');
  await expect(queueNames(page)).toHaveText(['Thái Bá Đức', 'Bùi Thị Hương', 'Lương Thị Minh Trang']);

  const hall = await openHall(desk);
  await expect(hall.getByTestId('spk-discussion')).toHaveText('Thảo luận buổi chiều');
  await expect(hall.getByTestId('spk-empty')).toBeVisible();
  await expect(hall.getByTestId('spk-next').locator('.spk-next-name')).toHaveText(['Thái Bá Đức', 'Bùi Thị Hương', 'Lương Thị Minh Trang']);

  // One key calls the next speaker: N once the focus has left the search field, F9 from anywhere.
  await page.getByTestId('speaker-search').press('Escape');
  await page.keyboard.press('n');
  await expect(page.getByTestId('current-name')).toHaveText('Thái Bá Đức');
  await expect(hall.getByTestId('spk-name')).toHaveText('Thái Bá Đức');
  await expect(hall.getByTestId('spk-kind')).toHaveText('Tham luận');
  await expect(hall.getByTestId('spk-current')).toContainText('Đổi mới giáo dục và đào tạo');
  await expect(hall.getByTestId('spk-timer')).toHaveText(/^0[67]:\d\d$/);
  await expect(hall.getByTestId('spk-next').locator('.spk-next-name')).toHaveText(['Bùi Thị Hương', 'Lương Thị Minh Trang']);

  await page.getByTestId('speaker-search').focus();
  await page.keyboard.press('F9');
  await expect(hall.getByTestId('spk-name')).toHaveText('Bùi Thị Hương');
  await page.getByTestId('call-next').click();
  await expect(page.getByTestId('current-name')).toHaveText('Lương Thị Minh Trang');
  await expect(hall.getByTestId('spk-name')).toHaveText('Lương Thị Minh Trang');
  await expect(hall.getByTestId('spk-kind')).toHaveText('Ý kiến phát biểu');
  await expect(hall.getByTestId('spk-next').locator('li')).toHaveCount(0);
  await expect(page.getByTestId('call-next')).toBeDisabled();

  // Pause: both clocks stop at the same reading; a minute added shows on both.
  await page.getByTestId('pause-resume').click();
  await expect(hall.getByTestId('spk-clock-label')).toHaveText('Tạm dừng');
  await expect(page.getByTestId('paused')).toBeVisible();
  const paused = await page.getByTestId('desk-timer').innerText();
  expect(paused).toMatch(/^0[23]:\d\d$/);
  await expect(hall.getByTestId('spk-timer')).toHaveText(paused);
  await page.getByTestId('add-minute').click();
  const [minutes, seconds] = paused.split(':').map(Number);
  const plusOne = `${String((minutes ?? 0) + 1).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  await expect(page.getByTestId('desk-timer')).toHaveText(plusOne);
  await expect(hall.getByTestId('spk-timer')).toHaveText(plusOne);
  await expect(page.getByTestId('current-speech')).toContainText('thêm 01:00');

  await page.getByTestId('pause-resume').click();
  await expect(hall.getByTestId('spk-clock-label')).toHaveText('Thời gian còn lại');
  await page.getByTestId('end-speech').click();
  await expect(hall.getByTestId('spk-empty')).toBeVisible();
  // Ended too soon: Undo, and the speech goes on; then E ends it.
  await page.getByRole('status').getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(hall.getByTestId('spk-name')).toHaveText('Lương Thị Minh Trang');
  await expect(page.getByTestId('current-name')).toHaveText('Lương Thị Minh Trang');
  await page.keyboard.press('e');
  await expect(hall.getByTestId('spk-empty')).toBeVisible();

  // The log: the three speeches of this discussion, in order, with times; exported as CSV.
  await page.getByTestId('speakers-log').click();
  await page.getByTestId('log-scope').selectOption({ label: '— Thảo luận buổi chiều' });
  const rows = page.getByTestId('speech-log').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Thái Bá Đức');
  await expect(rows.nth(0)).toContainText('Tham luận');
  await expect(rows.nth(1)).toContainText('Bùi Thị Hương');
  await expect(rows.nth(2)).toContainText('Lương Thị Minh Trang');
  await expect(rows.nth(2)).toContainText('Ý kiến phát biểu');
  await expect(rows.nth(2).locator('td').nth(7)).toHaveText('04:00');
  const download = page.waitForEvent('download');
  await page.getByTestId('export-log').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^nhat-ky-phat-bieu-\d{4}-\d\d-\d\d\.csv$/);
  const csv = readFileSync(await file.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines[0]).toMatch(/^STT[,;]Nội dung thảo luận[,;]Người phát biểu[,;]Mã đại biểu/);
  expect(lines[3]).toContain('Lương Thị Minh Trang');
  expect(lines[3]).toContain('0:04:00');

  // The whole congress: the demo's finished morning discussion comes first.
  await page.getByTestId('log-scope').selectOption('');
  await expect(page.getByTestId('log-count')).toHaveText('16 lượt phát biểu');
  await page.getByTestId('speakers-stats').click();
  await expect(page.getByTestId('stats-speeches')).toHaveText('16');
  await hall.close();
});

test('reorder by keyboard and by dragging, withdraw with undo, a closed list refuses requests, points of order go first', async ({ desk, page }) => {
  await desk.openDemo();
  await openDiscussion(desk, 'Thảo luận thử');
  const people = [
    ['DB030', 'Lương Thị Minh Trang'],
    ['DB031', 'Nguyễn Quang Anh'],
    ['DB032', 'Nguyễn Thị Liên'],
    ['DB049', 'Hoàng Thị Hoa'],
  ] as const;
  for (const [code, name] of people) await register(desk, 'floorRequest', code, name);
  await expect(queueNames(page)).toHaveText(['Lương Thị Minh Trang', 'Nguyễn Quang Anh', 'Nguyễn Thị Liên', 'Hoàng Thị Hoa']);

  // Alt+↑ moves the focused request up, and it keeps the focus for the next press.
  const rows = page.getByTestId('queue-row');
  await rows.nth(3).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(queueNames(page)).toHaveText(['Lương Thị Minh Trang', 'Nguyễn Quang Anh', 'Hoàng Thị Hoa', 'Nguyễn Thị Liên']);
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(queueNames(page)).toHaveText(['Lương Thị Minh Trang', 'Hoàng Thị Hoa', 'Nguyễn Quang Anh', 'Nguyễn Thị Liên']);

  // Drag the last one by its handle to the top.
  const handle = rows.nth(3).locator('.drag-handle');
  const target = await rows.nth(0).boundingBox();
  const from = await handle.boundingBox();
  if (!target || !from) throw new Error('rows are not laid out');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2, target.y + 5, { steps: 15 });
  await page.mouse.up();
  await expect(queueNames(page)).toHaveText(['Nguyễn Thị Liên', 'Lương Thị Minh Trang', 'Hoàng Thị Hoa', 'Nguyễn Quang Anh']);

  // Delete withdraws; Undo restores at the same place.
  await rows.nth(1).focus();
  await page.keyboard.press('Delete');
  await expect(queueNames(page)).toHaveText(['Nguyễn Thị Liên', 'Hoàng Thị Hoa', 'Nguyễn Quang Anh']);
  await page.getByRole('status').getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(queueNames(page)).toHaveText(['Nguyễn Thị Liên', 'Lương Thị Minh Trang', 'Hoàng Thị Hoa', 'Nguyễn Quang Anh']);

  // Closed: a floor request is refused with the reason; a point of order still goes in, ahead of everyone.
  await page.getByTestId('toggle-list').click();
  await expect(page.getByTestId('list-state')).toHaveText('Đã khóa danh sách');
  await page.getByTestId('speech-kind').selectOption('floorRequest');
  await page.getByTestId('speaker-search').fill('DB005');
  await page.getByTestId('speaker-search').press('Enter');
  await expect(page.getByTestId('speaker-add-message')).toContainText('đã khóa');
  await expect(rows).toHaveCount(4);
  await register(desk, 'pointOfOrder', 'DB005', 'Cao Thị Hồng Yến');
  await expect(queueNames(page)).toHaveText(['Cao Thị Hồng Yến', 'Nguyễn Thị Liên', 'Lương Thị Minh Trang', 'Hoàng Thị Hoa', 'Nguyễn Quang Anh']);
  await expect(rows.nth(0)).toHaveAttribute('data-group', 'pointOfOrder');
});
