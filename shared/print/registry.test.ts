import { describe, expect, it } from 'vitest';
import {
  PRINT_DOCUMENT_NAMES,
  PRINT_DOCUMENTS,
  defaultPrintRequest,
  optionSpecs,
  parsePrintParams,
  printDocumentOfPath,
  printParams,
  printPath,
  sheetMargins,
  hasOwnMargins,
  splitCodes,
} from './registry.js';
import { DEFAULT_MARGINS } from './page.js';
import { printRequestInput } from './requests.js';
import { suggestedPdfName } from './file-name.js';
import { resources } from '../i18n/resources.js';
import { LANGUAGES } from '../domain/congress/model.js';
import { printRequest } from '../../tests/support/print.js';

describe('the document registry', () => {
  it('names the documents that print today', () => {
    expect(PRINT_DOCUMENT_NAMES).toEqual(['roster', 'attendance', 'credentials-report', 'badges', 'agenda', 'run-sheet', 'speech-log', 'speaking-stats']);
    expect(optionSpecs('attendance').map(([name]) => name)).toEqual(['sitting', 'order', 'signature']);
    expect(optionSpecs('credentials-report').map(([name]) => name)).toEqual(['sitting', 'snapshot']);
    expect(optionSpecs('badges').map(([name]) => name)).toEqual(['category', 'organisation', 'codes', 'order']);
    expect(optionSpecs('speech-log').map(([name]) => name)).toEqual(['sitting', 'discussion']);
  });

  it('tells a sitting option that defaults to the desk’s sitting from one that defaults to every sitting', () => {
    expect(PRINT_DOCUMENTS.attendance.options.sitting.whenAbsent).toBe('active');
    expect(PRINT_DOCUMENTS['credentials-report'].options.sitting.whenAbsent).toBe('active');
    expect(PRINT_DOCUMENTS.agenda.options.sitting.whenAbsent).toBe('all');
    expect(PRINT_DOCUMENTS['run-sheet'].options.sitting.whenAbsent).toBe('all');
    expect(defaultPrintRequest('agenda', 'vi').options).toEqual({ sitting: null });
    expect(defaultPrintRequest('speaking-stats', 'en').options).toEqual({ sitting: null, discussion: null });
  });

  it('reads a discussion by id, and nothing that is not an id', () => {
    const result = parsePrintParams('speech-log', { sitting: 's-am', discussion: 'id42' });
    expect(result).toEqual({ ok: true, request: { document: 'speech-log', lang: 'vi', options: { sitting: 's-am', discussion: 'id42' }, margins: null } });
    expect(parsePrintParams('speech-log', { discussion: 'a b' })).toEqual({ ok: false, problem: { param: 'discussion', value: 'a b', allowed: ['<discussion id>'] } });
    if (result.ok) expect(printPath(result.request)).toBe('/print/speech-log?lang=vi&sitting=s-am&discussion=id42');
  });

  it('gives every option its default when a parameter is missing', () => {
    expect(printRequest('attendance', {})).toEqual({
      document: 'attendance',
      lang: 'vi',
      options: { sitting: null, order: 'name', signature: false },
      margins: null,
    });
    expect(defaultPrintRequest('roster', 'en')).toEqual({ document: 'roster', lang: 'en', options: { order: 'name' }, margins: null });
  });

  it('reads every kind of option from strings', () => {
    expect(printRequest('attendance', { lang: 'en', sitting: 's-am', order: 'organisation', signature: 'true', margins: '25,20,25,35' })).toEqual({
      document: 'attendance',
      lang: 'en',
      options: { sitting: 's-am', order: 'organisation', signature: true },
      margins: { top: 25, right: 20, bottom: 25, left: 35 },
    });
    expect(printRequest('attendance', { signature: '0' }).options).toMatchObject({ signature: false });
  });

  it('reports a bad value with what would be accepted, and changes nothing', () => {
    expect(parsePrintParams('roster', { order: 'height' })).toEqual({
      ok: false,
      problem: { param: 'order', value: 'height', allowed: ['name', 'organisation'] },
    });
    expect(parsePrintParams('roster', { lang: 'fr' })).toMatchObject({ ok: false, problem: { param: 'lang', allowed: ['vi', 'en'] } });
    expect(parsePrintParams('attendance', { signature: 'maybe' })).toMatchObject({ ok: false, problem: { param: 'signature' } });
    expect(parsePrintParams('attendance', { sitting: '../etc' })).toMatchObject({ ok: false, problem: { param: 'sitting' } });
    expect(parsePrintParams('roster', { margins: '20,15,20' })).toMatchObject({ ok: false, problem: { param: 'margins' } });
  });

  it('reads a frozen report, an organisation and a list of codes', () => {
    expect(printRequest('credentials-report', {}).options).toEqual({ sitting: null, snapshot: null });
    expect(printRequest('credentials-report', { snapshot: 'a1b2c3d4e5f6a7b8', sitting: 's-am', lang: 'en' }).options).toEqual({ sitting: 's-am', snapshot: 'a1b2c3d4e5f6a7b8' });
    expect(parsePrintParams('credentials-report', { snapshot: 'a b' })).toMatchObject({ ok: false, problem: { param: 'snapshot', value: 'a b' } });
    expect(printRequest('badges', {}).options).toEqual({ category: 'all', organisation: null, codes: [], order: 'name' });
    const nfd = 'Đảng bộ Sở Y tế'.normalize('NFD');
    expect(printRequest('badges', { organisation: `  ${nfd} `, codes: ' DB001, db002;\nDB001,,  T 006 ', category: 'alternate', order: 'roster' }).options).toEqual({
      category: 'alternate',
      organisation: 'Đảng bộ Sở Y tế',
      codes: ['DB001', 'db002', 'T 006'],
      order: 'roster',
    });
    expect(parsePrintParams('badges', { codes: 'X'.repeat(41) })).toMatchObject({ ok: false, problem: { param: 'codes' } });
    expect(parsePrintParams('badges', { organisation: 'Y'.repeat(301) })).toMatchObject({ ok: false, problem: { param: 'organisation' } });
    expect(parsePrintParams('badges', { category: 'everyone' })).toMatchObject({ ok: false, problem: { param: 'category', allowed: ['all', 'official', 'elected', 'exOfficio', 'appointed', 'alternate', 'guest'] } });
  });

  it('splits a list of codes on commas, semicolons and line breaks, keeping the first of repeats', () => {
    expect(splitCodes('A01,A02 ; A01\r\nB 03\n')).toEqual(['A01', 'A02', 'B 03']);
    expect(splitCodes(' , ;')).toEqual([]);
  });

  it('round-trips a list of codes and an organisation through the route', () => {
    const request = printRequest('badges', { codes: 'DB001,DB002', organisation: 'Chi bộ A & B', lang: 'en' });
    const route = printPath(request);
    expect(route).toBe('/print/badges?lang=en&category=all&organisation=Chi%20b%E1%BB%99%20A%20%26%20B&codes=DB001%2CDB002&order=name');
    const url = new URL(route, 'http://desk');
    expect(parsePrintParams('badges', Object.fromEntries(url.searchParams))).toEqual({ ok: true, request });
    expect(printParams(printRequest('badges', {}))).toEqual({ lang: 'vi', category: 'all', order: 'name' });
  });

  it('prints a badge sheet with its own margins, every other document with the desk margins', () => {
    const desk = { top: 25, right: 20, bottom: 25, left: 35 };
    expect(sheetMargins(printRequest('badges', {}), desk)).toEqual({ top: 5, right: 5, bottom: 5, left: 5 });
    expect(sheetMargins(printRequest('roster', {}), desk)).toEqual(desk);
    expect(sheetMargins(printRequest('credentials-report', { margins: '20,15,20,30' }), desk)).toEqual(DEFAULT_MARGINS);
    expect(sheetMargins(printRequest('badges', { margins: '20,15,20,30' }), desk)).toEqual(DEFAULT_MARGINS);
    expect(PRINT_DOCUMENT_NAMES.filter(hasOwnMargins)).toEqual(['badges']);
  });

  it('does not take an inherited property for a parameter', () => {
    expect(printRequest('roster', Object.create({ order: 'organisation' }) as Record<string, string>).options).toEqual({ order: 'name' });
  });

  it('round-trips a request through its parameters and its route', () => {
    const request = printRequest('attendance', { lang: 'en', sitting: 's-pm', order: 'organisation', signature: 'true', margins: '20,15,20,30' });
    expect(parsePrintParams('attendance', printParams(request))).toEqual({ ok: true, request });
    const route = printPath(request);
    expect(route).toBe('/print/attendance?lang=en&sitting=s-pm&order=organisation&signature=true&margins=20%2C15%2C20%2C30');
    const url = new URL(route, 'http://desk');
    expect(printDocumentOfPath(url.pathname)).toBe('attendance');
    expect(parsePrintParams('attendance', Object.fromEntries(url.searchParams))).toEqual({ ok: true, request });
  });

  it('tells print routes from other paths and unknown documents', () => {
    expect(printDocumentOfPath('/print/roster')).toBe('roster');
    expect(printDocumentOfPath('/print/roster/')).toBe('roster');
    expect(printDocumentOfPath('/print/agenda-x')).toBe('unknown');
    expect(printDocumentOfPath('/print/constructor')).toBe('unknown');
    expect(printDocumentOfPath('/')).toBeNull();
    expect(printDocumentOfPath('/display')).toBeNull();
  });

  it('checks an API request with the registry', () => {
    expect(printRequestInput.parse({ document: 'roster', params: { lang: 'en', order: 'organisation' } })).toEqual({
      document: 'roster',
      lang: 'en',
      options: { order: 'organisation' },
      margins: null,
    });
    const bad = printRequestInput.safeParse({ document: 'roster', params: { order: 'height' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['params', 'order']);
    expect(printRequestInput.safeParse({ document: 'agenda-x', params: {} }).success).toBe(false);
    // A long list of codes is one parameter: it passes the contract's size limits.
    const codes = Array.from({ length: 5000 }, (_, i) => `DB${String(i).padStart(4, '0')}`).join(',');
    expect(printRequestInput.parse({ document: 'badges', params: { codes } }).options).toMatchObject({ codes: expect.arrayContaining(['DB0000', 'DB4999']) });
  });

  it.each(LANGUAGES)('has words in %s for every document, option and value', (language) => {
    const words = resources[language].translation.print;
    for (const name of PRINT_DOCUMENT_NAMES) {
      const document: Readonly<Record<string, Readonly<Record<string, string>>>> = words.documents;
      expect(document[name]?.title, name).toMatch(/\S/);
      expect(document[name]?.name, name).toMatch(/\S/);
      for (const [option, spec] of optionSpecs(name)) {
        const labels: Readonly<Record<string, { readonly label: string; readonly values?: Readonly<Record<string, string>> }>> = words.options;
        expect(labels[option]?.label, option).toMatch(/\S/);
        if (spec.kind === 'choice') for (const value of spec.values) expect(labels[option]?.values?.[value], `${option}.${value}`).toMatch(/\S/);
      }
    }
  });

  it('suggests a file name from the document name in its language', () => {
    expect(suggestedPdfName(defaultPrintRequest('roster', 'vi'))).toBe('danh-sach-dai-bieu.pdf');
    expect(suggestedPdfName(defaultPrintRequest('roster', 'en'))).toBe('list-of-delegates.pdf');
    expect(suggestedPdfName(printRequest('attendance', { sitting: 's-am' }))).toBe('danh-sach-diem-danh-s-am.pdf');
    expect(suggestedPdfName(defaultPrintRequest('agenda', 'vi'))).toBe('chuong-trinh-dai-hoi.pdf');
    expect(suggestedPdfName(defaultPrintRequest('run-sheet', 'vi'))).toBe('kich-ban-dieu-hanh.pdf');
    expect(suggestedPdfName(defaultPrintRequest('speaking-stats', 'en'))).toBe('speaking-statistics.pdf');
  });

  it('declares each option default among its values', () => {
    for (const name of PRINT_DOCUMENT_NAMES) {
      const options: Readonly<Record<string, { kind: string; values?: readonly string[]; fallback?: unknown }>> = PRINT_DOCUMENTS[name].options;
      for (const spec of Object.values(options)) if (spec.kind === 'choice') expect(spec.values).toContain(spec.fallback);
    }
  });
});
