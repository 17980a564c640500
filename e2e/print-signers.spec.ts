import path from 'node:path';
import type { TestInfo } from '@playwright/test';
import { test, expect } from './support/fixtures.js';
import { callApi, deskState } from './support/api.js';
import { pdfCli, pdfInfo, pdfPages } from './support/pdf.js';
import { attachPdfPage, pdfOutDir } from './support/printed.js';
import type { Language } from '../shared/domain/congress/model.js';
import type { SecretariatDocument } from '../shared/domain/signers/model.js';

// The signature blocks of the secretariat's documents (speech log, attendance sheet), read back
// from the PDF files `npm run pdf` writes: the capacity lines, then the signer's name under them.

const flat = (text: string) => text.replace(/\s+/g, ' ');

const CAPACITY: Readonly<Record<SecretariatDocument, Readonly<Record<Language, string>>>> = {
  'speech-log': { vi: 'ĐOÀN THƯ KÝ ĐẠI HỘI', en: 'THE SECRETARIAT OF THE CONGRESS' },
  attendance: { vi: 'NGƯỜI LẬP DANH SÁCH', en: 'PREPARED BY' },
};
const HINT: Readonly<Record<Language, string>> = { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' };

/** The text of the last page, where the signature block is, and the page attached as a picture. */
async function lastPage(source: string, document: SecretariatDocument, language: Language, testInfo: TestInfo, name: string): Promise<string> {
  const file = path.join(pdfOutDir(), `${name}.pdf`);
  const result = await pdfCli([source, document, file, '--lang', language]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const pages = pdfPages(file);
  expect(pages).toHaveLength(pdfInfo(file).pages);
  await attachPdfPage(testInfo, file, pages.length, name);
  return flat(pages.at(-1) ?? '');
}

test('the demo speech log and attendance sheet print the secretary’s name under the capacity line, in Vietnamese and English', async ({}, testInfo) => {
  for (const document of ['speech-log', 'attendance'] as const) {
    for (const language of ['vi', 'en'] as const) {
      const text = await lastPage('demo', document, language, testInfo, `${document}-${language}-signature`);
      expect(text, `${document} ${language}`).toContain(`${CAPACITY[document][language]} Trần Minh Khoa `);
      // With a name there is nothing to ask for by hand.
      expect(text, `${document} ${language}`).not.toContain(HINT[language]);
    }
  }
});

test('the secretariat sets the signers in the congress settings; the printed documents follow, and an empty name leaves the blank', async ({ desk, host, page }, testInfo) => {
  await desk.openDemo();
  await desk.view('congress');
  const summary = page.getByTestId('secretariat-signers');
  await expect(summary.getByTestId('signer-summary-speech-log')).toContainText('ĐOÀN THƯ KÝ ĐẠI HỘI: Trần Minh Khoa');
  await expect(summary.getByTestId('signer-summary-attendance')).toContainText('NGƯỜI LẬP DANH SÁCH: Trần Minh Khoa');
  await page.getByTestId('edit-signers').click();
  const dialog = page.getByTestId('signers-dialog');
  // Each document shows its standard lines in each language, and the demo's secretary.
  await expect(dialog.getByTestId('signer-speech-log-capacity-vi')).toHaveValue('ĐOÀN THƯ KÝ ĐẠI HỘI');
  await expect(dialog.getByTestId('signer-speech-log-capacity-en')).toHaveValue('THE SECRETARIAT OF THE CONGRESS');
  await expect(dialog.getByTestId('signer-attendance-capacity-vi')).toHaveValue('NGƯỜI LẬP DANH SÁCH');
  await expect(dialog.getByTestId('signer-attendance-capacity-en')).toHaveValue('PREPARED BY');
  await expect(dialog.getByTestId('signer-attendance-name')).toHaveValue('Trần Minh Khoa');

  // Lines left empty are refused, naming the document and the language, and nothing is saved.
  await dialog.getByTestId('signer-attendance-capacity-en').fill('  ');
  await dialog.getByTestId('signers-save').click();
  await expect(dialog).toContainText('Danh sách điểm danh: chức danh ký (bản tiếng Anh) cần từ 1 đến 4 dòng');
  await dialog.getByTestId('signer-attendance-capacity-en').fill('PREPARED BY');

  await dialog.getByTestId('signer-speech-log-capacity-vi').fill('T/M ĐOÀN THƯ KÝ\nTRƯỞNG ĐOÀN');
  await dialog.getByTestId('signer-speech-log-name').fill('Nguyễn Thị Thanh Hương');
  await dialog.getByTestId('signer-attendance-name').fill('');
  await dialog.screenshot({ path: testInfo.outputPath('signers-dialog-vi.png') });
  await dialog.getByTestId('signers-save').click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(async () => (await deskState(host)).signers.byDocument)
    .toEqual({
      'speech-log': { name: 'Nguyễn Thị Thanh Hương', capacity: { vi: ['T/M ĐOÀN THƯ KÝ', 'TRƯỞNG ĐOÀN'], en: null } },
      attendance: { name: '', capacity: { vi: null, en: null } },
    });
  await expect(summary.getByTestId('signer-summary-speech-log')).toContainText('T/M ĐOÀN THƯ KÝ / TRƯỞNG ĐOÀN: Nguyễn Thị Thanh Hương');
  await expect(summary.getByTestId('signer-summary-attendance')).toContainText('NGƯỜI LẬP DANH SÁCH: (để trống, ghi tay khi ký)');
  await page.screenshot({ path: testInfo.outputPath('congress-settings-signers-vi.png'), fullPage: true });

  // In English: the same signers, the English lines.
  await desk.setLanguage('en');
  await expect(summary.getByTestId('signer-summary-speech-log')).toContainText('THE SECRETARIAT OF THE CONGRESS: Nguyễn Thị Thanh Hương');
  await expect(summary.getByTestId('signer-summary-attendance')).toContainText('PREPARED BY: (left blank, written by hand)');
  await page.getByTestId('edit-signers').click();
  await expect(dialog.getByTestId('signer-speech-log-name')).toHaveValue('Nguyễn Thị Thanh Hương');
  await expect(dialog.getByTestId('signer-speech-log-capacity-vi')).toHaveValue('T/M ĐOÀN THƯ KÝ\nTRƯỞNG ĐOÀN');
  await dialog.screenshot({ path: testInfo.outputPath('signers-dialog-en.png') });
  await dialog.getByRole('button', { name: /cancel/i }).click();

  // Printed from the session file the desk holds open: the lines and names as set.
  const info = await callApi(host, 'getDeskInfo', {});
  const session = info.session?.path;
  if (session === undefined) throw new Error('no session open');
  expect(await lastPage(session, 'speech-log', 'vi', testInfo, 'speech-log-set-vi')).toContain('T/M ĐOÀN THƯ KÝ TRƯỞNG ĐOÀN Nguyễn Thị Thanh Hương ');
  expect(await lastPage(session, 'speech-log', 'en', testInfo, 'speech-log-set-en')).toContain('THE SECRETARIAT OF THE CONGRESS Nguyễn Thị Thanh Hương ');
  const attendance = await lastPage(session, 'attendance', 'vi', testInfo, 'attendance-set-vi');
  expect(attendance).toContain('NGƯỜI LẬP DANH SÁCH (Ký, ghi rõ họ tên)');
  expect(attendance).not.toContain('Trần Minh Khoa');
});
