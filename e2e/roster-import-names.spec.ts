import path from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './support/fixtures.js';
import { writeExcelCsv } from './support/files.js';
import type { DeskPage } from './support/desk-page.js';
import { latin1Bytes, toTcvn3 } from '../tests/fixtures/legacy-encode.js';

// Rosters as Vietnamese offices keep them: the name split over "Họ và tên đệm" and "Tên", and old
// files typed in the TCVN3 (ABC) fonts. Both arrive in the list as whole Unicode names.

async function previewShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.getByTestId('import-dialog').screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

async function cancelImport(desk: DeskPage): Promise<void> {
  await desk.page.getByTestId('import-dialog').getByRole('button', { name: /^(hủy|cancel)$/i }).click();
  await expect(desk.page.getByTestId('import-dialog')).toBeHidden();
}

test('a roster with the name in "Họ và tên đệm" and "Tên" columns imports whole names', async ({ desk, host, page }, testInfo) => {
  const file = writeExcelCsv(host.dataDir, 'ho-ten-tach.csv', [
    'STT;Mã đại biểu;Họ và tên đệm;Tên;Đơn vị;Loại đại biểu',
    '1;DB001;Nguyễn Văn;Đức;Đảng bộ Sở Y tế;Bầu',
    '2;DB002;Trần  Thị;Hương;Đảng bộ Sở Y tế;Bầu',
    '3;DB003;Lê Hoàng;;Chi bộ Văn phòng;Bầu',
    '4;DB004;Lò;Hoa;Sở Giáo dục và Đào tạo;Dự khuyết',
  ]);
  await desk.createCongress('Đại hội thử tên tách cột');
  await desk.importRoster(file);

  const preview = page.getByTestId('import-preview');
  await expect(preview.locator('tbody tr')).toHaveCount(3);
  await expect(preview.locator('tbody')).toContainText('Nguyễn Văn Đức');
  await expect(preview.locator('tbody')).toContainText('Trần Thị Hương');
  const missing = page.getByTestId('import-problems').locator('[data-code=givenNameMissing]');
  await expect(missing).toContainText('Dòng 4');
  await expect(missing).toContainText('«Tên»');
  // A Unicode file is not taken for an old encoding.
  await expect(page.getByTestId('import-notice')).toHaveCount(0);
  await previewShot(page, testInfo, 'split-names-preview-vi');

  await page.getByTestId('confirm-import').click();
  const list = page.getByTestId('roster-list');
  await expect(page.getByTestId('roster-count')).toContainText('3 / 3');
  for (const name of ['Nguyễn Văn Đức', 'Trần Thị Hương', 'Lò Hoa']) await expect(list.getByText(name, { exact: true })).toBeVisible();
});

test('a roster typed in TCVN3 is shown converted, with a notice naming where, in Vietnamese and English', async ({ desk, host, page }, testInfo) => {
  const lines = [
    'Mã đại biểu;Họ và tên;Đơn vị;Giới tính;Loại đại biểu',
    'DB001;Nguyễn Văn Đức;Đảng bộ Sở Y tế;Nam;Bầu',
    'DB002;Trần Thị Hương;Đảng bộ Sở Y tế;Nữ;Bầu',
    'DB003;Lê Hoàng Phương;Chi bộ Văn phòng;Nam;Khách mời',
  ];
  const file = path.join(host.dataDir, 'danh-sach-abc.csv');
  writeFileSync(file, latin1Bytes(toTcvn3(lines.join('\r\n') + '\r\n')));
  await desk.createCongress('Đại hội thử bảng mã cũ');

  await desk.importRoster(file);
  const notice = page.getByTestId('import-notice');
  await expect(notice).toContainText('TCVN3 (ABC');
  await expect(notice).toContainText('phát hiện đầu tiên ở dòng 2, cột «Họ và tên»');
  await expect(page.getByTestId('import-preview').locator('tbody')).toContainText('Lê Hoàng Phương');
  await previewShot(page, testInfo, 'tcvn3-preview-vi');
  await cancelImport(desk);
  await expect(page.getByTestId('roster-count')).toContainText('0');

  await desk.setLanguage('en');
  await desk.importRoster(file);
  await expect(notice).toContainText('look like TCVN3 (ABC');
  await expect(notice).toContainText('row 2, column “Họ và tên”');
  await previewShot(page, testInfo, 'tcvn3-preview-en');
  await page.getByTestId('confirm-import').click();

  const list = page.getByTestId('roster-list');
  await expect(page.getByTestId('roster-count')).toContainText('3 of 3');
  for (const name of ['Nguyễn Văn Đức', 'Trần Thị Hương', 'Lê Hoàng Phương']) await expect(list.getByText(name, { exact: true })).toBeVisible();
  await expect(list.getByText('Đảng bộ Sở Y tế').first()).toBeVisible();
});
