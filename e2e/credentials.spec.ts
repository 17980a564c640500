import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.js';
import { writeExcelCsv } from './support/files.js';
import { decodeQrPng } from '../tests/support/qr.js';
import { callApi, deskState } from './support/api.js';

function rosterCsv(dir: string): string {
  const lines = [
    'Mã đại biểu;Họ và tên;Đơn vị;Giới tính;Năm sinh;Dân tộc;Loại đại biểu',
    'A01;Nguyễn Văn An;Chi bộ A;Nam;1975;Kinh;Bầu',
    'A02;Trần Thị Bình;Chi bộ A;Nữ;1980;Thái;Bầu',
    'A03;Lê Văn Cường;Chi bộ A;Nam;1970;Kinh;Đương nhiên',
    'B01;Phạm Thị Dung;Chi bộ B;Nữ;1985;Kinh;Bầu',
    'B02;Hoàng Văn Em;Chi bộ B;Nam;1990;Kinh;Bầu',
    'B03;Vũ Thị Giang;Chi bộ B;Nữ;1978;Kinh;Chỉ định',
    'D01;Đỗ Văn Hùng;Chi bộ A;Nam;1992;Kinh;Dự khuyết',
    'D02;Bùi Thị Khánh;Chi bộ A;Nữ;1993;Kinh;Dự khuyết',
    'K01;Trịnh Văn Khách;Tỉnh ủy;Nam;1965;Kinh;Khách mời',
  ];
  return writeExcelCsv(dir, 'credentials-roster.csv', lines);
}

const row = (page: Page, code: string) => page.getByTestId('credentials-list').locator(`[role=row][data-code="${code}"]`);

test('verify, challenge and reject delegates, seat an alternate, and see the report and the door change', async ({ desk, host, page }) => {
  await desk.createCongress('Đại hội thẩm tra');
  await desk.importRoster(rosterCsv(host.dataDir));
  await page.getByTestId('confirm-import').click();
  await expect(page.getByTestId('roster-count')).toContainText('9 / 9');

  await desk.view('credentials');
  await expect(page.getByTestId('verification-counts')).toContainText('0/6');
  // Guests have no credentials: 6 officials and 2 alternates to verify.
  await expect(page.getByTestId('credentials-count')).toContainText('8/8');

  // No decision without the committee member's name.
  await row(page, 'A01').click();
  await page.getByTestId('credentials-list').press('v');
  await expect(page.locator('.toast-error')).toContainText('Ban Thẩm tra');
  await expect(row(page, 'A01')).toHaveAttribute('data-status', 'pending');
  await page.getByTestId('committee-member').fill('Trần Thị Thẩm Tra');
  await page.getByTestId('committee-member').press('Enter');

  // Bulk: all of Chi bộ B, marked with Ctrl+A, verified after a confirmation.
  await page.getByTestId('credentials-organisation').selectOption('Chi bộ B');
  await expect(page.getByTestId('credentials-count')).toContainText('3/8');
  await row(page, 'B01').click();
  await page.getByTestId('credentials-list').press('Control+a');
  await page.getByTestId('credentials-list').press('Shift+V');
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('3');
  await confirm.getByRole('button', { name: /Xác nhận 3/ }).click();
  await expect(page.getByTestId('verification-counts')).toContainText('3/6');
  await page.getByTestId('credentials-organisation').selectOption('');

  // One by one with the keyboard: V verified, C challenged with a reason.
  await row(page, 'A01').click();
  await page.getByTestId('credentials-list').press('v');
  await expect(row(page, 'A01')).toHaveAttribute('data-status', 'verified');
  await row(page, 'A02').click();
  await page.getByTestId('credentials-list').press('c');
  await page.getByTestId('decision-reason').fill('Thiếu biên bản bầu cử');
  await page.getByTestId('decision-reason').press('Enter');
  await expect(row(page, 'A02')).toHaveAttribute('data-status', 'challenged');
  // A decided delegate leaves the pending group: the cursor stays in place, on the next one to do.
  await expect(page.getByTestId('delegate-credentials')).toContainText('Lê Văn Cường');
  await row(page, 'A02').click();
  await expect(page.getByTestId('decision-status')).toContainText('Trần Thị Thẩm Tra');

  // Not eligible, with the mouse; the reason is required.
  await row(page, 'A03').click();
  await page.getByTestId('decide-notEligible').click();
  await expect(page.getByTestId('decision-save')).toBeDisabled();
  await page.getByTestId('decision-reason').fill('Đang bị đình chỉ sinh hoạt đảng');
  await page.getByTestId('decision-save').click();
  await expect(row(page, 'A03')).toHaveAttribute('data-status', 'notEligible');
  await expect(page.getByTestId('verification-counts')).toContainText('4/5');
  await row(page, 'A03').click();
  await expect(page.getByTestId('credential-history')).toContainText('Đang bị đình chỉ sinh hoạt đảng');

  // The report follows.
  await desk.view('report');
  await expect(page.getByTestId('report-summoned')).toContainText('5');
  await expect(page.getByTestId('report-verification')).toContainText('80,0%');
  await expect(page.getByTestId('report-not-eligible')).toContainText('Lê Văn Cường');
  await expect(page.getByTestId('report-not-eligible')).toContainText('Đang bị đình chỉ sinh hoạt đảng');
  await expect(page.getByTestId('report-challenged')).toContainText('Thiếu biên bản bầu cử');
  await expect(page.getByTestId('report-text')).toContainText('Không đủ tư cách: 1');

  // Seat the next alternate of Chi bộ A in A03's place: D01, the first listed.
  await desk.view('credentials');
  await row(page, 'A03').click();
  await page.getByTestId('seat-alternate').click();
  await expect(page.getByTestId('next-alternate')).toContainText('Đỗ Văn Hùng (D01)');
  await page.getByTestId('seat-confirm').click();
  await expect(page.getByTestId('replaced-by')).toContainText('Đỗ Văn Hùng');
  await expect(page.getByTestId('verification-counts')).toContainText('4/6');
  await row(page, 'D01').click();
  await page.getByTestId('credentials-list').press('v');
  await expect(page.getByTestId('verification-counts')).toContainText('5/6');

  await desk.view('report');
  await expect(page.getByTestId('report-summoned')).toContainText('6');
  await expect(page.getByTestId('report-alternates')).toContainText('Đỗ Văn Hùng');
  await expect(page.getByTestId('report-alternates')).toContainText('Lê Văn Cường');
  await expect(page.getByTestId('report-category')).toContainText('Dự khuyết');

  // At the door: the delegate found not eligible is told so and not counted; the alternate counts.
  await desk.view('checkin');
  await expect(page.getByTestId('count-summoned')).toHaveText('6');
  await desk.scan('A03');
  await desk.expectFeedback('notEligible', 'KHÔNG ĐỦ TƯ CÁCH');
  await expect(page.getByTestId('count-present')).toHaveText('0');
  await desk.scan('D01');
  await desk.expectFeedback('checkedIn', 'Đỗ Văn Hùng');
  await expect(page.getByTestId('count-present')).toHaveText('1');

  // Seated by mistake: undone, A03's seat is empty again and D01 no longer counts.
  await desk.view('credentials');
  await row(page, 'D01').click();
  await page.getByTestId('unseat-alternate').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Hủy thay thế' }).click();
  await expect(page.getByTestId('verification-counts')).toContainText('4/5');
  await desk.view('checkin');
  await expect(page.getByTestId('count-summoned')).toHaveText('5');
  await expect(page.getByTestId('count-present')).toHaveText('0');
});

test('check a delegate in with the text decoded from their badge QR code', async ({ desk, page }) => {
  await desk.openDemo();
  await expect(page.getByTestId('count-present')).toHaveText('240');
  await desk.view('badges');
  await page.getByTestId('badges-filter').fill('DB250');
  const badge = page.getByTestId('badge').filter({ hasText: 'DB250' });
  await expect(badge).toHaveCount(1);
  // Read the QR code as a camera would: from the pixels on screen.
  const scanned = decodeQrPng(await badge.locator('svg.qr').screenshot());
  expect(scanned).toBe('DB250');
  const name = (await badge.locator('.badge-name').innerText()).trim();
  await desk.view('checkin');
  await desk.scan(scanned ?? '');
  await desk.expectFeedback('checkedIn', name);
  await expect(page.getByTestId('count-present')).toHaveText('241');
});

test('edit the report wording, freeze the figures, and keep the frozen copy unchanged', async ({ desk, page }) => {
  await desk.openDemo();
  await desk.view('report');
  await expect(page.getByTestId('report-alternates')).toContainText('DK01');
  await expect(page.getByTestId('report-text')).toContainText('240 đồng chí (96,0%)');

  await page.getByTestId('edit-wording').click();
  await page.getByTestId('wording-text').fill('Có mặt {present} đồng chí, vắng {absnt}.');
  await expect(page.getByTestId('unknown-placeholders')).toContainText('{absnt}');
  await page.getByTestId('wording-text').fill('Có mặt {present} đồng chí, vắng {absent}.');
  await expect(page.getByTestId('unknown-placeholders')).toHaveCount(0);
  await page.getByTestId('save-wording').click();
  await expect(page.getByTestId('report-text')).toContainText('Có mặt 240 đồng chí, vắng 10.');

  await page.getByTestId('freeze-report').click();
  await page.getByTestId('freeze-label').fill('Khi đọc báo cáo');
  await page.getByTestId('freeze-confirm').click();
  await expect(page.getByTestId('snapshot-banner')).toContainText('Khi đọc báo cáo');

  // A late arrival changes the live figures, not the frozen copy.
  await desk.view('checkin');
  await desk.scan('DB249');
  await desk.expectFeedback('checkedIn');
  await desk.view('report');
  await expect(page.getByTestId('report-text')).toContainText('Có mặt 241 đồng chí, vắng 9.');
  await page.getByTestId('report-snapshot').selectOption({ index: 1 });
  await expect(page.getByTestId('report-text')).toContainText('Có mặt 240 đồng chí, vắng 10.');
  await expect(page.getByTestId('report-attendance')).toContainText('240');

  // The report in English: the standard English wording with the same figures.
  await page.getByTestId('report-snapshot').selectOption({ index: 0 });
  await page.getByTestId('report-language').selectOption('en');
  await expect(page.getByTestId('report-text')).toContainText('Present at Phiên trù bị: 241 (96.4%)');
  await expect(page.getByTestId('report-gender')).toContainText('Women');
});

test('a delegate in a seating shows the organisation and category locked in the edit form, and the other fields still save', async ({ desk, host, page }, testInfo) => {
  await desk.openDemo();
  const state = await deskState(host);
  const seating = state.credentials.seatings.first();
  if (!seating) throw new Error('the demo has no seated alternate');
  const replaced = state.roster.delegates.get(seating.replacedId);
  const alternate = state.roster.delegates.get(seating.alternateId);
  if (!replaced || !alternate) throw new Error('the seating names an unknown delegate');

  await desk.view('roster');
  const list = page.getByTestId('roster-list');
  const edit = async (code: string) => {
    await page.getByTestId('roster-filter').fill(code);
    await expect(list.getByRole('row')).toHaveCount(1);
    await list.getByRole('row').locator('summary').click();
    await list.getByRole('row').getByRole('menuitem', { name: /sửa|edit/i }).click();
    return page.getByTestId('delegate-form');
  };

  // The replaced delegate: organisation and category are shown, locked, with who replaced them and how to undo it.
  let form = await edit(replaced.code);
  await expect(form.locator('select[name=category]')).toBeDisabled();
  await expect(form.locator('select[name=category]')).toHaveValue(replaced.category);
  await expect(form.locator('input[name=organisation]')).toBeDisabled();
  await expect(form.locator('input[name=organisation]')).toHaveValue(replaced.organisation);
  await expect(form.locator('.field-locked')).toHaveText(['đã khóa', 'đã khóa']);
  const lock = form.getByTestId('seating-lock');
  await expect(lock).toHaveText(
    `${replaced.fullName} đã được thay bằng đại biểu dự khuyết ${alternate.fullName}. Muốn đổi đơn vị hoặc loại đại biểu của một trong hai người, hãy hủy việc thay thế trước (mục Thẩm tra đại biểu, hồ sơ của ${alternate.fullName}, nút “Hủy thay thế…”).`,
  );
  await expect(form.locator('input[name=organisation]')).toHaveAttribute('aria-describedby', 'seating-lock');
  await form.screenshot({ path: testInfo.outputPath('delegate-form-locked-vi.png') });
  // The position still edits.
  await form.locator('input[name=position]').fill('Phó Giám đốc Sở');
  await form.getByRole('button', { name: /lưu|save/i }).click();
  await expect(form).toBeHidden();
  await expect.poll(async () => (await deskState(host)).roster.delegates.get(replaced.id)?.position).toBe('Phó Giám đốc Sở');
  expect((await deskState(host)).roster.delegates.get(replaced.id)?.organisation).toBe(replaced.organisation);
  // Whatever the form shows, the services refuse a move to another organisation too.
  const { id: _id, listOrder: _order, ...fields } = replaced;
  await expect(callApi(host, 'updateDelegate', { delegateId: replaced.id, fields: { ...fields, organisation: 'Tỉnh ủy' } })).rejects.toThrow(
    'updateDelegate: delegate.lockedInSeating',
  );

  // The seated alternate, in English: locked the same way.
  await desk.setLanguage('en');
  form = await edit(alternate.code);
  await expect(form.locator('select[name=category]')).toBeDisabled();
  await expect(form.locator('select[name=category]')).toHaveValue('alternate');
  await expect(form.locator('input[name=organisation]')).toBeDisabled();
  await expect(form.locator('input[name=organisation]')).toHaveValue(alternate.organisation);
  await expect(form.getByTestId('seating-lock')).toContainText(
    `${replaced.fullName} has been replaced by alternate ${alternate.fullName}. Undo the seating first to change the organisation or the category of either`,
  );
  await form.screenshot({ path: testInfo.outputPath('delegate-form-locked-en.png') });
  await form.getByRole('button', { name: /cancel/i }).click();

  // Anyone outside a seating keeps a free choice of category.
  const other = [...state.roster.delegates.values()].find((d) => d.category === 'elected' && !state.credentials.replacedBy.has(d.id));
  if (!other) throw new Error('no other elected delegate');
  form = await edit(other.code);
  await expect(form.locator('select[name=category]')).toBeEnabled();
  await expect(form.locator('input[name=organisation]')).toBeEnabled();
  await expect(form.getByTestId('seating-lock')).toHaveCount(0);
});

test('the committee sets the signer of the report in the settings: name and capacity lines per language', async ({ desk, host, page }, testInfo) => {
  await desk.openDemo();
  await desk.view('credentials');
  await page.getByTestId('credentials-settings').click();
  const dialog = page.getByTestId('credentials-settings-dialog');
  // The standard lines of each language are there to edit; the demo's committee head signs.
  await expect(dialog.getByTestId('signer-capacity-vi')).toHaveValue('T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU\nTRƯỞNG BAN');
  await expect(dialog.getByTestId('signer-capacity-en')).toHaveValue('FOR THE CREDENTIALS COMMITTEE\nCHAIR');
  await expect(dialog.getByTestId('signer-name')).toHaveValue('Phạm Thị Thu Hà');

  // A capacity left empty is refused with a message, and nothing is saved.
  await dialog.getByTestId('signer-capacity-en').fill('');
  await dialog.getByTestId('settings-save').click();
  await expect(dialog).toContainText('Chức danh ký (bản tiếng Anh) cần từ 1 đến 4 dòng');
  await dialog.getByTestId('signer-capacity-en').fill('FOR THE CREDENTIALS COMMITTEE\nCHAIR');
  await dialog.getByTestId('signer-capacity-vi').fill('T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN');
  await dialog.getByTestId('signer-name').fill('Nguyễn Thị Thanh Hương');
  await dialog.screenshot({ path: testInfo.outputPath('credentials-settings-signer-vi.png') });
  await dialog.getByTestId('settings-save').click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(async () => (await deskState(host)).credentials.signer)
    .toEqual({ name: 'Nguyễn Thị Thanh Hương', capacity: { vi: ['T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU', 'KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'], en: null } });

  // Opened again, it shows what was saved.
  await page.getByTestId('credentials-settings').click();
  await expect(dialog.getByTestId('signer-name')).toHaveValue('Nguyễn Thị Thanh Hương');
  await expect(dialog.getByTestId('signer-capacity-vi')).toHaveValue('T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN');
});
