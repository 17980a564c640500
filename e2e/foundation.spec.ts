import { test, expect } from './support/fixtures.js';
import { writeExcelCsv } from './support/files.js';

function rosterCsv(dir: string, rows: number): string {
  const lines = ['Mã đại biểu;Họ và tên;Đơn vị;Giới tính;Năm sinh;Loại đại biểu'];
  for (let i = 1; i <= rows; i++) lines.push(`T${String(i).padStart(3, '0')};Nguyễn Văn Thành ${i};Đảng bộ Sở Y tế;Nam;1975;Bầu`);
  lines.push('K01;Trần Thị Khách;Tỉnh ủy;Nữ;1970;Khách mời');
  lines.push('T006;Trùng Mã;Đảng bộ Sở Y tế;Nam;1975;Bầu');
  lines.push('T006;Trùng Mã Nữa;Đảng bộ Sở Y tế;Nam;1975;Bầu');
  lines.push('T999;Đặng Thị Đường;Chi bộ Ban Dân tộc;Nữ;2090;Bầu');
  return writeExcelCsv(dir, 'roster.csv', lines);
}

test('import a roster, check in by code and by name, watch the quorum flip, undo, restart and find everything', async ({ desk, host, page }) => {
  await desk.createCongress('Đại hội thử nghiệm');
  await desk.importRoster(rosterCsv(host.dataDir, 5));

  // The preview names every problem with its row and field before anything is applied.
  const problems = page.getByTestId('import-problems');
  await expect(problems.locator('[data-code=codeDuplicate]')).toHaveCount(2);
  await expect(problems.locator('[data-code=codeDuplicate]').first()).toContainText('8, 9');
  await expect(problems.locator('[data-code=birthYearRange]')).toContainText('10');
  await expect(page.getByTestId('import-summary')).toContainText('6');
  await page.getByTestId('confirm-import').click();
  await expect(page.getByTestId('roster-count')).toContainText('6 / 6');

  await desk.view('checkin');
  await expect(page.getByTestId('count-summoned')).toHaveText('5');
  await expect(page.getByTestId('quorum-rule')).toContainText('4/5');
  await desk.expectQuorum(false);

  await desk.scan('T001');
  await desk.expectFeedback('checkedIn', 'Nguyễn Văn Thành 1');
  await desk.scan('t002');
  await desk.expectFeedback('checkedIn', 'Nguyễn Văn Thành 2');
  // By name, without diacritics: a single match checks in at once.
  await desk.scan('thanh 3');
  await desk.expectFeedback('checkedIn', 'Nguyễn Văn Thành 3');
  await expect(page.getByTestId('count-present')).toHaveText('3');
  await desk.expectQuorum(false);

  // A second scan says when, an unknown code says so, a guest is noted but not counted.
  await desk.scan('T001');
  await desk.expectFeedback('already');
  await desk.scan('ZZZ-404');
  await desk.expectFeedback('unknown', 'ZZZ-404');
  await desk.scan('K01');
  await desk.expectFeedback('notCounted', 'Trần Thị Khách');
  await expect(page.getByTestId('count-present')).toHaveText('3');

  // The fourth official delegate makes the quorum; undo with the keyboard takes it away again.
  await desk.scan('T004');
  await desk.expectFeedback('checkedIn');
  await desk.expectQuorum(true);
  await desk.checkInInput.press('Control+z');
  await desk.expectFeedback('undone', 'Nguyễn Văn Thành 4');
  await expect(page.getByTestId('count-present')).toHaveText('3');
  await desk.expectQuorum(false);

  // Check-out from the list of recent arrivals.
  await desk.scan('T004');
  await desk.expectQuorum(true);
  await page.getByTestId('recent-checkins').getByRole('listitem').filter({ hasText: 'Thành 4' }).getByRole('button').click();
  await desk.expectQuorum(false);
  await desk.scan('T005');
  await desk.expectQuorum(true);

  // Restart the host: every check-in is still there.
  await host.stop();
  await host.start();
  await desk.reopen();
  await page.getByRole('button', { name: /Đại hội thử nghiệm/ }).click();
  await expect(page.getByTestId('count-present')).toHaveText('4');
  await desk.expectQuorum(true);
});

test('switch the language at run time, without restart', async ({ desk, page }) => {
  await desk.openDemo();
  await expect(page.getByTestId('tab-checkin')).toContainText('Điểm danh');
  // The demo arrives with most delegates checked in; DB250 is one of the ten who have not arrived.
  await desk.scan('DB250');
  await desk.expectFeedback('checkedIn', 'ĐÃ ĐIỂM DANH');
  await desk.setLanguage('en');
  await expect(page.getByTestId('tab-checkin')).toContainText('Check-in');
  await expect(desk.feedback).toContainText('CHECKED IN');
  await expect(page.getByTestId('quorum-rule')).toContainText('at least 2/3');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The choice is remembered by the desk.
  await page.reload();
  await expect(page.getByTestId('tab-checkin')).toContainText('Check-in');
});

test('filter the roster by name without diacritics, organisation and presence', async ({ desk, page }) => {
  await desk.openDemo();
  // The demo arrives with 246 people checked in (239 official delegates, the seated alternate, six
  // guests); DB250 has not arrived yet.
  await desk.scan('DB250');
  await desk.view('roster');
  await expect(page.getByTestId('roster-count')).toContainText('268');
  await page.getByTestId('roster-filter').fill('duong');
  const rows = page.getByTestId('roster-list').getByRole('row');
  await expect(rows.first()).toContainText(/Dương|Đường/);
  await page.getByTestId('roster-filter').fill('');
  await page.getByTestId('filter-presence').selectOption('present');
  await expect(page.getByTestId('roster-count')).toContainText('247 /');
  // Virtualised: a few dozen rows in the DOM, not 268.
  await page.getByTestId('filter-presence').selectOption('all');
  expect(await rows.count()).toBeLessThan(60);
});
