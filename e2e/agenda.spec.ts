import { test, expect } from './support/fixtures.js';
import { writeExcelCsv } from './support/files.js';
import { AgendaPage } from './support/agenda-page.js';

test('build an agenda, reorder it by keyboard and by drag, run two items, and the hall display follows', async ({ desk, host, page }) => {
  await desk.createCongress('Đại hội thử nghiệm');
  const agenda = new AgendaPage(page);
  await agenda.openEditor();
  const preparatory = agenda.sitting(0);

  // A new congress starts from the usual agenda.
  await expect(agenda.row('Chào cờ, hát Quốc ca')).toBeVisible();
  expect(await agenda.outline(preparatory)).toEqual([
    '1 Báo cáo tình hình đại biểu có mặt',
    '2 Bầu các cơ quan làm việc của Đại hội',
    '2.1 Bầu Đoàn Chủ tịch Đại hội',
    '2.2 Bầu Đoàn Thư ký Đại hội',
    '2.3 Bầu Ban Thẩm tra tư cách đại biểu',
    '3 Thông qua chương trình làm việc của Đại hội',
    '4 Thông qua quy chế làm việc của Đại hội',
  ]);
  await expect(preparatory.getByTestId('planned-end')).toContainText('07:52');

  // Build: two items of our own, one presented by a guest.
  await agenda.addItem({ title: 'Kiểm tra âm thanh', minutes: 4 });
  await agenda.addItem({ title: 'Phát biểu chào mừng', minutes: 6, guest: { name: 'Lê Thị Mai', title: 'Chủ tịch Hội Phụ nữ tỉnh' } });
  await expect(agenda.row('Phát biểu chào mừng')).toHaveAttribute('data-number', '6');
  await expect(preparatory.getByTestId('planned-end')).toContainText('08:02');
  await expect(preparatory.getByTestId('sitting-overrun')).toContainText('2 phút');

  // Keyboard: Alt+↑ moves the selected item up, keeping the focus on it.
  await agenda.row('Kiểm tra âm thanh').click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(agenda.row('Kiểm tra âm thanh')).toHaveAttribute('data-number', '4');
  await expect(agenda.row('Kiểm tra âm thanh')).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(agenda.row('Kiểm tra âm thanh')).toHaveAttribute('data-number', '3');
  // Alt+→ makes it a sub-item of the item above, Alt+← takes it out again.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(agenda.row('Kiểm tra âm thanh')).toHaveAttribute('data-number', '2.4');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(agenda.row('Kiểm tra âm thanh')).toHaveAttribute('data-number', '3');

  // Drag: the welcome speech goes to the top of the sitting.
  await agenda.drag('Phát biểu chào mừng', 'Báo cáo tình hình đại biểu có mặt');
  await expect(agenda.row('Phát biểu chào mừng')).toHaveAttribute('data-number', '1');
  expect((await agenda.outline(preparatory)).slice(0, 5)).toEqual([
    '1 Phát biểu chào mừng',
    '2 Báo cáo tình hình đại biểu có mặt',
    '3 Bầu các cơ quan làm việc của Đại hội',
    '3.1 Bầu Đoàn Chủ tịch Đại hội',
    '3.2 Bầu Đoàn Thư ký Đại hội',
  ]);

  // The drag handle works from the keyboard too: Space picks up, an arrow moves, Space drops.
  const rules = agenda.row('Thông qua quy chế làm việc của Đại hội');
  await expect(rules).toHaveAttribute('data-number', '6');
  const grip = rules.getByTestId('drag-handle');
  await grip.focus();
  const announcer = page.locator('[id^=DndLiveRegion]').first();
  await page.keyboard.press('Space');
  await expect(grip).toHaveAttribute('aria-pressed', 'true');
  // dnd-kit starts listening for arrows a moment after the pick-up; an arrow pressed before that is
  // not seen (a loaded machine shows it), so press again only while the item is still over itself.
  const over = 'đang ở vị trí của «Thông qua chương trình làm việc của Đại hội»';
  await expect(async () => {
    if (!((await announcer.textContent()) ?? '').includes(over)) await page.keyboard.press('ArrowUp');
    await expect(announcer).toContainText(over, { timeout: 2_000 });
  }).toPass();
  await page.keyboard.press('Space');
  await expect(rules).toHaveAttribute('data-number', '5');

  // Delete with the keyboard, and undo from the message.
  await agenda.row('Kiểm tra âm thanh').click();
  await page.keyboard.press('Delete');
  await expect(agenda.row('Kiểm tra âm thanh')).toHaveCount(0);
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(agenda.row('Kiểm tra âm thanh')).toHaveAttribute('data-number', '4');

  // The hall display, opened from the desk's visible action, stands by showing what comes next.
  await agenda.openLive();
  const [display] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('open-hall-display').click()]);
  await expect(display).toHaveURL(/\/display$/);
  await expect(display.getByTestId('hall-name')).toHaveText('Đại hội thử nghiệm');
  await expect(display.getByTestId('hall-standby')).toContainText('1. Phát biểu chào mừng');
  // A second browser opened on the address shown at the desk follows the desk too.
  const address = await page.getByTestId('hall-display-url').inputValue();
  expect(address).toBe(`${host.origin}/display?token=${new URL(host.url).searchParams.get('token') ?? ''}`);
  const second = await page.context().browser()?.newPage();
  if (!second) throw new Error('no browser');
  await second.goto(address);
  await expect(second.getByTestId('hall-standby')).toBeVisible();

  // Run: start the first item; both hall screens show it with its presenter.
  await page.getByTestId('live-next').click();
  await expect(page.getByTestId('live-current')).toHaveAttribute('data-state', 'running');
  await expect(page.getByTestId('live-current')).toContainText('Phát biểu chào mừng');
  await expect(display.getByTestId('hall-title')).toHaveText('1. Phát biểu chào mừng');
  await expect(display.getByTestId('hall-presenter')).toContainText('Lê Thị Mai');
  await expect(display.getByTestId('hall-presenter')).toContainText('Chủ tịch Hội Phụ nữ tỉnh');
  await expect(display.getByTestId('hall-next')).toContainText('2. Báo cáo tình hình đại biểu có mặt');
  await expect(second.getByTestId('hall-title')).toHaveText('1. Phát biểu chào mừng');

  // Next: the first is done, the second runs; the hall follows.
  await page.getByTestId('live-next').click();
  await expect(display.getByTestId('hall-title')).toHaveText('2. Báo cáo tình hình đại biểu có mặt');
  await expect(second.getByTestId('hall-title')).toHaveText('2. Báo cáo tình hình đại biểu có mặt');
  const list = page.getByTestId('live-list');
  await expect(list.locator('[data-status=done]')).toHaveCount(1);
  await expect(list.locator('[data-status=done]')).toContainText('Phát biểu chào mừng');
  await expect(list.locator('[data-status=running]')).toContainText('Báo cáo tình hình đại biểu có mặt');
  await expect(page.getByTestId('projected-end')).toHaveText(/^\d{2}:\d{2}$/);

  // Finish: the hall stands by with the next item.
  await page.getByTestId('live-finish').click();
  await expect(page.getByTestId('live-current')).toHaveAttribute('data-state', 'between');
  await expect(display.getByTestId('hall-standby')).toContainText('3.1. Bầu Đoàn Chủ tịch Đại hội');
  await expect(display.getByTestId('hall-current')).toHaveCount(0);

  // Back: the item finished last runs on.
  await page.getByTestId('live-back').click();
  await expect(display.getByTestId('hall-title')).toHaveText('2. Báo cáo tình hình đại biểu có mặt');
  await expect(list.locator('[data-status=done]')).toHaveCount(1);
  await second.close();
});

test('import agenda items from a CSV file, with every problem named by its row', async ({ desk, host, page }) => {
  await desk.openDemo();
  const agenda = new AgendaPage(page);
  await agenda.openEditor();
  const lines = [
    'STT;Thời gian;Thời lượng;Nội dung;Loại;Người trình bày;Chức vụ;Ghi chú nội bộ',
    '1;13:30;10;Báo cáo tổng hợp ý kiến;Báo cáo;DB002;;Đọc chậm',
    '2;;;Bầu bổ sung;;;;',
    '2.1;;20;Phát phiếu, bỏ phiếu;Bầu cử;;;',
    '2.2;;15;Kiểm phiếu;Thủ tục;Nguyễn Văn Khách;Trưởng đoàn khách;',
    '3;25 giờ;5;Giờ không đọc được;Thủ tục;;;',
    '4;;5;Loại lạ;Hòa nhạc;;;',
    ';16:00 - 16:15;;Giải lao;;;;',
  ];
  const file = writeExcelCsv(host.dataDir, 'chuong-trinh.csv', lines);

  await page.getByTestId('agenda-import').click();
  await page.getByTestId('agenda-import-file').setInputFiles(file);
  const problems = page.getByTestId('agenda-import-problems');
  await expect(problems.locator('[data-code=startFormat]')).toContainText('Dòng 6');
  await expect(problems.locator('[data-code=startFormat]')).toContainText('25 giờ');
  await expect(problems.locator('[data-code=kindUnknown]')).toContainText('Dòng 7');
  await expect(problems.locator('[data-code=presenterAsGuest]')).toContainText('Nguyễn Văn Khách');
  await expect(page.getByTestId('agenda-import-summary')).toContainText('5 mục');
  // A Unicode file is not taken for an old encoding.
  await expect(page.getByTestId('agenda-import-notice')).toHaveCount(0);
  await page.getByTestId('agenda-import-sitting').selectOption({ label: 'Phiên chính thức (buổi chiều)' });
  await page.getByTestId('agenda-import-confirm').click();
  await expect(page.getByTestId('agenda-import-dialog')).toBeHidden();

  const afternoon = agenda.sitting(2);
  const outline = await agenda.outline(afternoon);
  expect(outline.slice(-5)).toEqual(['7 Báo cáo tổng hợp ý kiến', '8 Bầu bổ sung', '8.1 Phát phiếu, bỏ phiếu', '8.2 Kiểm phiếu', 'Giải lao']);
  await expect(agenda.row('Báo cáo tổng hợp ý kiến')).toContainText('Nguyễn Đức Cường');
  await expect(agenda.row('Báo cáo tổng hợp ý kiến')).toContainText('Đọc chậm');
  await expect(agenda.row('Giải lao').last()).toContainText('16:00');
  await expect(afternoon.getByTestId('sitting-overrun')).toBeVisible();
});
