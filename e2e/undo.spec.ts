import { test, expect } from './support/fixtures.js';
import { writeExcelCsv } from './support/files.js';
import { deskState, callApi } from './support/api.js';
import { presentAt } from '../shared/domain/attendance/select.js';

function rosterCsv(dir: string): string {
  const lines = ['Mã đại biểu;Họ và tên;Đơn vị;Giới tính;Năm sinh;Loại đại biểu'];
  for (let i = 1; i <= 4; i++) lines.push(`T00${i};Nguyễn Văn Thành ${i};Đảng bộ Sở Y tế;Nam;1975;Bầu`);
  return writeExcelCsv(dir, 'roster.csv', lines);
}

test.beforeEach(async ({ desk, host, page }) => {
  await desk.createCongress('Đại hội thử nghiệm');
  await desk.importRoster(rosterCsv(host.dataDir));
  await page.getByTestId('confirm-import').click();
  await expect(page.getByTestId('roster-count')).toContainText('4 / 4');
});

test('a check-out undone with Ctrl+Z or the toast leaves the delegate present without a gap', async ({ desk, host, page }) => {
  await desk.view('checkin');
  await desk.scan('T001');
  await desk.expectFeedback('checkedIn', 'Nguyễn Văn Thành 1');
  await expect(page.getByTestId('count-present')).toHaveText('1');
  const recent = page.getByTestId('recent-checkins').getByRole('listitem').filter({ hasText: 'Thành 1' });
  const arrivedAt = (await recent.locator('.time').innerText()).trim();

  // Checked out by mistake, undone with the keyboard: present since the original check-in.
  await recent.getByRole('button').click();
  await expect(page.getByTestId('count-present')).toHaveText('0');
  await desk.checkInInput.press('Control+z');
  await desk.expectFeedback('checkOutUndone', 'Nguyễn Văn Thành 1');
  await expect(desk.feedback).toContainText(arrivedAt);
  await expect(page.getByTestId('count-present')).toHaveText('1');
  // The check-out's toast went with it: its Undo has nothing left to undo.
  await expect(page.locator('.toast')).toHaveCount(0);

  // Again, undone with the toast's button this time.
  await recent.getByRole('button').click();
  await expect(page.getByTestId('count-present')).toHaveText('0');
  await page.locator('.toast').filter({ hasText: 'Nguyễn Văn Thành 1' }).getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByTestId('count-present')).toHaveText('1');
  await expect(recent.locator('.time')).toHaveText(arrivedAt);

  // The record: one stretch of presence from the first check-in; present at every moment in between.
  const state = await deskState(host);
  const id = state.roster.byCode.get('t001') ?? '';
  const sittingId = state.attendance.activeSittingId ?? '';
  const intervals = state.attendance.bySitting.get(sittingId)?.get(id)?.intervals ?? [];
  expect(intervals).toHaveLength(1);
  expect(intervals[0]?.checkedOutAt).toBeNull();
  const journal = (await callApi(host, 'getJournal', {})).entries;
  const checkOuts = journal.filter((e) => e.type === 'attendance.checkedOut');
  expect(journal.filter((e) => e.type === 'attendance.checkOutUndone')).toHaveLength(2);
  expect(journal.filter((e) => e.type === 'attendance.checkedIn')).toHaveLength(1);
  for (const entry of checkOuts) expect(presentAt(state, sittingId, entry.at)).toEqual([id]);
});

test('a removal undone puts the delegate back in their place, as they were', async ({ desk, host, page }) => {
  const before = await deskState(host);
  const id = before.roster.byCode.get('t002') ?? '';
  const delegate = before.roster.delegates.get(id);
  await page.getByLabel('Thao tác khác với Nguyễn Văn Thành 2', { exact: true }).click();
  await page.getByRole('menuitem', { name: 'Xóa' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByTestId('roster-count')).toContainText('3 / 3');
  await page.locator('.toast').filter({ hasText: 'Nguyễn Văn Thành 2' }).getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByTestId('roster-count')).toContainText('4 / 4');
  await expect(page.getByTestId('roster-list')).toContainText('Nguyễn Văn Thành 2');

  const after = await deskState(host);
  expect(after.roster.delegates.get(id)).toEqual(delegate);
  expect(delegate?.listOrder).toBe(1);
  const journal = (await callApi(host, 'getJournal', {})).entries;
  expect(journal.at(-1)).toMatchObject({ type: 'delegate.restored', payload: { delegateId: id } });
  expect(journal.some((e) => e.type === 'delegate.added')).toBe(false);
});
