import { describe, expect, it } from 'vitest';
import { handDesk, rosterDesk } from '../../../tests/support/credentials.js';
import { BADGE_SHEET, BADGES_PER_SHEET, badgeSheets } from './badges.js';
import { printRequestProblem } from '../check.js';
import { PRINT_DOCUMENTS, type PrintOptions } from '../registry.js';
import { printRequest } from '../../../tests/support/print.js';

const all: PrintOptions<'badges'> = { category: 'all', organisation: null, codes: [], order: 'roster' };
const codesOf = (sheets: ReturnType<typeof badgeSheets>) => sheets.pages.flatMap((page) => page.map((b) => b.code));

describe('the badge sheets', () => {
  it('put every delegate on sheets of eight, in the order asked for', () => {
    const sheets = badgeSheets(rosterDesk().state, all);
    expect(BADGES_PER_SHEET).toBe(8);
    expect(sheets.total).toBe(11);
    expect(sheets.pages.map((p) => p.length)).toEqual([8, 3]);
    expect(codesOf(sheets)).toEqual(['A01', 'A02', 'A03', 'B01', 'B02', 'B03', 'C01', 'C02', 'ALT1', 'ALT2', 'G01']);
    expect(sheets.pages[0]?.[0]).toMatchObject({ fullName: 'Nguyễn Văn A01', organisation: 'Chi bộ A', category: 'elected', qrPayload: 'A01', congressName: 'Đại hội đại biểu lần thứ XX' });
  });

  it('choose by category, organisation and codes together', () => {
    const state = rosterDesk().state;
    expect(codesOf(badgeSheets(state, { ...all, category: 'official' }))).toEqual(['A01', 'A02', 'A03', 'B01', 'B02', 'B03', 'C01', 'C02']);
    expect(codesOf(badgeSheets(state, { ...all, category: 'exOfficio' }))).toEqual(['A03']);
    expect(codesOf(badgeSheets(state, { ...all, category: 'alternate' }))).toEqual(['ALT1', 'ALT2']);
    expect(codesOf(badgeSheets(state, { ...all, category: 'guest' }))).toEqual(['G01']);
    expect(codesOf(badgeSheets(state, { ...all, organisation: 'Chi bộ C' }))).toEqual(['C01', 'C02', 'ALT1', 'ALT2']);
    // Codes as a person types them: any case, spaces; the order is still the sheet's.
    expect(codesOf(badgeSheets(state, { ...all, codes: ['b03', ' A01', 'g 01'] }))).toEqual(['A01', 'B03', 'G01']);
    expect(codesOf(badgeSheets(state, { ...all, codes: ['B03', 'A01', 'G01'], category: 'official', organisation: 'Chi bộ B' }))).toEqual(['B03']);
    expect(badgeSheets(state, { ...all, organisation: 'Chi bộ C', category: 'guest' })).toEqual({ pages: [], total: 0 });
  });

  it("say a seated alternate's standing on the badge", () => {
    const badges = badgeSheets(handDesk().state, { ...all, category: 'alternate' }).pages.flat();
    expect(badges.map((b) => [b.code, b.standing])).toEqual([
      ['ALT1', 'summoned'],
      ['ALT2', 'alternate'],
    ]);
  });

  it('show only the first badges in a preview, counting them all', () => {
    const sheets = badgeSheets(rosterDesk().state, all, 5);
    expect(sheets.pages.map((p) => p.length)).toEqual([5]);
    expect(sheets.total).toBe(11);
  });

  it('fit two by four badges with their cut marks inside the printable part of an A4 page', () => {
    const margins = PRINT_DOCUMENTS.badges.margins;
    expect(margins).toEqual({ top: BADGE_SHEET.margin, right: BADGE_SHEET.margin, bottom: BADGE_SHEET.margin, left: BADGE_SHEET.margin });
    const { width, height, gutter, columns, rows, margin } = BADGE_SHEET;
    // The grid with half a gutter around it, where the outer cut marks are drawn.
    expect(columns * width + (columns - 1) * gutter + gutter).toBeLessThanOrEqual(210 - 2 * margin);
    expect(rows * height + (rows - 1) * gutter + gutter).toBeLessThanOrEqual(297 - 2 * margin);
  });

  it('name an organisation or codes the roster does not have, and print nothing', () => {
    const state = rosterDesk().state;
    expect(printRequestProblem(state, printRequest('badges', { organisation: 'Chi bộ C', codes: 'c01,ALT2' }))).toBeNull();
    expect(printRequestProblem(state, printRequest('badges', { organisation: 'Chi bộ Z' }))).toMatchObject({ code: 'print.organisationUnknown', params: { organisation: 'Chi bộ Z' } });
    expect(printRequestProblem(state, printRequest('badges', { codes: 'A01,X9,Y9' }))).toMatchObject({ code: 'print.codesUnknown', params: { codes: 'X9, Y9' } });
    const many = Array.from({ length: 12 }, (_, i) => `Z${i}`).join(',');
    expect(printRequestProblem(state, printRequest('badges', { codes: many }))).toMatchObject({ params: { codes: 'Z0, Z1, Z2, Z3, Z4, Z5, Z6, Z7, Z8, Z9 (+2)' } });
  });
});
