import path from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './support/fixtures.js';
import { AgendaPage } from './support/agenda-page.js';
import { latin1Bytes, toTcvn3 } from '../tests/fixtures/legacy-encode.js';

// An agenda kept in an old office file typed in the TCVN3 (ABC) fonts, saved as CSV: the preview
// shows the titles converted, says where it saw the old encoding, and the items arrive in Unicode.

async function previewShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.getByTestId('agenda-import-dialog').screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

test('an agenda CSV typed in TCVN3 is shown converted, with a notice naming where, in Vietnamese and English', async ({ desk, host, page }, testInfo) => {
  const lines = [
    'STT;Thời gian;Thời lượng;Nội dung;Người trình bày;Chức vụ',
    '1;13:30;20;Báo cáo kết quả thảo luận ở tổ;DB002;',
    '2;;15;Thông qua danh sách bầu cử;;',
    '2.1;;10;Phát phiếu, hướng dẫn bỏ phiếu;Lê Hoàng Phương;Trưởng ban Kiểm phiếu',
  ];
  const file = path.join(host.dataDir, 'chuong-trinh-abc.csv');
  writeFileSync(file, latin1Bytes(toTcvn3(lines.join('\r\n') + '\r\n')));
  await desk.openDemo();
  const agenda = new AgendaPage(page);
  await agenda.openEditor();

  await page.getByTestId('agenda-import').click();
  await page.getByTestId('agenda-import-file').setInputFiles(file);
  const notice = page.getByTestId('agenda-import-notice');
  await expect(notice).toContainText('bảng mã TCVN3 (ABC');
  await expect(notice).toContainText('phát hiện đầu tiên ở dòng 2, cột «Nội dung»');
  const preview = page.getByTestId('agenda-import-preview');
  await expect(preview.locator('tbody')).toContainText('Báo cáo kết quả thảo luận ở tổ');
  await expect(preview.locator('tbody')).toContainText('Phát phiếu, hướng dẫn bỏ phiếu');
  await expect(page.getByTestId('agenda-import-summary')).toContainText('3 mục');
  await previewShot(page, testInfo, 'agenda-tcvn3-preview-vi');
  await page.getByTestId('agenda-import-dialog').getByRole('button', { name: /^hủy$/i }).click();
  await expect(page.getByTestId('agenda-import-dialog')).toBeHidden();
  await expect(agenda.row('Báo cáo kết quả thảo luận ở tổ')).toHaveCount(0);

  await desk.setLanguage('en');
  await page.getByTestId('agenda-import').click();
  await page.getByTestId('agenda-import-file').setInputFiles(file);
  await expect(notice).toContainText('typed in TCVN3 (ABC');
  await expect(notice).toContainText('row 2, column “Nội dung”');
  await previewShot(page, testInfo, 'agenda-tcvn3-preview-en');
  await page.getByTestId('agenda-import-confirm').click();
  await expect(page.getByTestId('agenda-import-dialog')).toBeHidden();

  await expect(agenda.row('Báo cáo kết quả thảo luận ở tổ')).toContainText('Nguyễn Đức Cường');
  await expect(agenda.row('Thông qua danh sách bầu cử')).toBeVisible();
  await expect(agenda.row('Phát phiếu, hướng dẫn bỏ phiếu')).toContainText('Lê Hoàng Phương');
});
