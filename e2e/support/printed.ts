import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type TestInfo } from '@playwright/test';
import { pdfFonts, pdfInfo, pdfPageImage } from './pdf.js';

// What every printed document is checked for once `npm run pdf` has written it: A4 pages, only
// the bundled font, and a page attached as a picture for a person to look at.

/** A new folder for the PDF files of one test. */
export function pdfOutDir(prefix = 'congress-pdf-e2e-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

const A4 = { width: 595.28, height: 841.89 };

/** Its pages are A4, by name and by size in points. */
export function expectA4(file: string): void {
  const info = pdfInfo(file);
  expect(info.sizeName).toBe('A4');
  expect(Math.abs(info.width - A4.width)).toBeLessThan(1);
  expect(Math.abs(info.height - A4.height)).toBeLessThan(1);
}

/** Every font of the document is the bundled Tinos, embedded: no system fallback for any glyph; `styles` (Tinos-Bold, …) are among them. */
export function expectOnlyBundledFont(file: string, styles: readonly string[] = []): void {
  const fonts = pdfFonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.name).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)$/);
    expect(font.embedded, font.name).toBe(true);
  }
  if (styles.length > 0) expect(fonts.map((f) => f.name.split('+')[1])).toEqual(expect.arrayContaining([...styles]));
}

/** Page `page` as a PNG attached to the test under `name`. */
export async function attachPdfPage(testInfo: TestInfo, file: string, page: number, name: string): Promise<void> {
  pdfPageImage(file, page, testInfo.outputPath(name));
  await testInfo.attach(name, { path: testInfo.outputPath(`${name}.png`), contentType: 'image/png' });
}
