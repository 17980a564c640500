// The speaker queue's words and files: both languages have the same keys and placeholders, every
// error code and import problem has a message, the contributions file is read and checked, and
// the speech log exports as Excel expects.

import i18next from 'i18next';
import { describe, expect, it, test } from 'vitest';
import { ERROR_CODES } from '../domain/errors.js';
import { LANGUAGES } from '../domain/congress/model.js';
import { resources } from '../i18n/resources.js';
import speakersVi from '../i18n/speakers/vi.json' with { type: 'json' };
import speakersEn from '../i18n/speakers/en.json' with { type: 'json' };
import { SPEECH_FILE_PROBLEM_CODES, SPEECH_ROW_PROBLEM_CODES, previewSpeechImport, readMinutes, type SpeechImportContext } from './import.js';
import { describeSpeechFileProblem, describeSpeechRowProblem } from './messages.js';
import { hms, localDateTime, speechLogCsv, speechLogRows } from './log-csv.js';
import { speechLog } from '../domain/speakers/log.js';
import { callSpeaker, endSpeech, registerSpeech } from '../domain/speakers/commands.js';
import { register, speakersDesk } from '../../tests/support/speakers.js';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix === '' ? key : `${prefix}.${key}`));
}

function leaf(locale: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? Object.entries(node).find(([k]) => k === key)?.[1] : undefined), locale);
}

async function translator(language: 'vi' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: language, resources, interpolation: { escapeValue: false } });
  return (key: string, params: Record<string, string | number>) => i18n.t(key, params);
}

describe('locale files', () => {
  test('vi and en have the same keys, none with a dot, and the same placeholders', () => {
    expect(keyPaths(speakersEn).sort()).toEqual(keyPaths(speakersVi).sort());
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)/g)].map((m) => m[1]).sort();
    for (const path of keyPaths(speakersVi)) {
      expect(path.split('.').every((k) => k.length > 0)).toBe(true);
      expect(placeholders(leaf(speakersEn, path)), path).toEqual(placeholders(leaf(speakersVi, path)));
    }
  });

  test.each(LANGUAGES)('%s has a message for every error code and import problem', (language) => {
    const translation = resources[language].translation;
    for (const code of ERROR_CODES) expect(leaf(translation.errors, code), code).toEqual(expect.any(String));
    for (const code of SPEECH_FILE_PROBLEM_CODES) expect(leaf(translation.speakers, `import.file.${code}`), code).toEqual(expect.any(String));
    for (const code of SPEECH_ROW_PROBLEM_CODES) expect(leaf(translation.speakers, `import.rowProblem.${code}`), code).toEqual(expect.any(String));
    expect(translation.speakers).toBe(language === 'vi' ? speakersVi : speakersEn);
  });
});

const utf8 = (text: string) => new TextEncoder().encode(text);

function context(): SpeechImportContext {
  return {
    delegatesByCode: new Map([
      ['db013', { id: 'd13', fullName: 'Thái Bá Đức' }],
      ['db014', { id: 'd14', fullName: 'Thái Xuân Tuấn' }],
      ['db021', { id: 'd21', fullName: 'Bùi Thị Hương' }],
    ]),
    registered: new Set(['d21']),
  };
}

describe('importing prepared contributions', () => {
  it('reads a semicolon CSV from Excel with a title row, checks every row, and keeps the good ones in order', async () => {
    const file = [
      'DANH SÁCH THAM LUẬN;;;;',
      'STT;Mã đại biểu;Họ và tên;Tên tham luận;Thời lượng (phút);Ghi chú',
      '1;DB014;Thái Xuân Tuấn;Cải cách hành chính;7;',
      '2;db013;Thai Ba Duc;Giáo dục và đào tạo;6,5;',
      '3;DB999;Ai đó;Không có mã;5;',
      '4;;Võ Thị Hằng;Ý kiến của khách mời;;',
      '5;DB021;;Đã đăng ký rồi;5;',
      '6;DB013;;Lần thứ hai;abc;',
      '7;DB014;Lê Văn Khác;;5;',
      ';;;;;',
    ].join('\r\n');
    const preview = await previewSpeechImport(utf8('\uFEFF' + file), 'tham-luan.csv', context());
    expect(preview.fileProblem).toBeNull();
    expect(preview.totalRows).toBe(7);
    expect(preview.problems.map((p) => [p.row, p.code, p.severity])).toEqual([
      [2, 'unknownColumn', 'warning'],
      [3, 'speakerDuplicate', 'error'],
      [4, 'speakerDuplicate', 'error'],
      [5, 'codeUnknown', 'error'],
      [6, 'guest', 'warning'],
      [7, 'alreadyRegistered', 'error'],
      [8, 'minutesInvalid', 'error'],
      [8, 'speakerDuplicate', 'error'],
      [9, 'titleMissing', 'error'],
      [9, 'nameMismatch', 'warning'],
      [9, 'speakerDuplicate', 'error'],
    ]);
    // "Thai Ba Duc" is Thái Bá Đức without diacritics: no mismatch. Every row naming a presenter twice
    // is out (DB014 on rows 3 and 9, DB013 on rows 4 and 8), whatever else is wrong with it.
    expect(preview.rows.map((r) => [r.row, r.name, r.fields.speaker.kind, r.fields.limitSeconds])).toEqual([[6, 'Võ Thị Hằng', 'guest', null]]);
  });

  it('imports a clean file with minutes as the speech\'s own limit', async () => {
    const file = 'Mã đại biểu,Tên tham luận,Thời lượng,Tệp nội dung\nDB014,Cải cách hành chính,7,tl-02.docx\nDB013,"Giáo dục, đào tạo",5.5,\n';
    const preview = await previewSpeechImport(utf8(file), 'a.csv', context());
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((r) => r.fields)).toEqual([
      { speaker: { kind: 'delegate', delegateId: 'd14' }, kind: 'preparedContribution', title: 'Cải cách hành chính', document: 'tl-02.docx', limitSeconds: 420 },
      { speaker: { kind: 'delegate', delegateId: 'd13' }, kind: 'preparedContribution', title: 'Giáo dục, đào tạo', document: '', limitSeconds: 330 },
    ]);
  });

  it('refuses files it cannot use, saying why', async () => {
    const codes = async (bytes: Uint8Array, name = 'a.csv') => {
      const p = (await previewSpeechImport(bytes, name, context())).fileProblem;
      return p === null ? null : p.source === 'reader' ? `reader:${p.problem.code}` : p.code;
    };
    expect(await codes(new Uint8Array(0))).toBe('empty');
    expect(await codes(new Uint8Array(3 * 1024 * 1024))).toBe('tooLarge');
    expect(await codes(utf8('Mã đại biểu,Họ và tên\nDB013,An\n'))).toBe('missingColumns');
    expect(await codes(utf8('Mã đại biểu,Tên tham luận\n'))).toBe('headerOnly');
    expect(await codes(utf8(['Mã đại biểu,Tên tham luận', ...Array.from({ length: 501 }, (_, i) => `X${i},T`)].join('\n')))).toBe('tooManyRows');
    expect(await codes(new Uint8Array([0x54, 0xe9, 0x74, 0x0a]))).toBe('reader:notUtf8');
    expect(await codes(utf8('<html><table></table></html>'), 'a.xls')).toBe('reader:htmlFile');
  });

  it('reads minutes as offices write them', () => {
    expect(readMinutes('7')).toBe(420);
    expect(readMinutes('7,5')).toBe(450);
    expect(readMinutes(5.2)).toBe(300);
    expect(readMinutes('')).toBeNull();
    expect(readMinutes('0')).toBe('invalid');
    expect(readMinutes('bảy')).toBe('invalid');
    expect(readMinutes(241)).toBe('invalid');
  });

  test.each(LANGUAGES)('every problem reads in %s with its placeholders filled', async (language) => {
    const t = await translator(language);
    const file = 'Mã,Họ và tên,Tên tham luận,Thời lượng,Lạ\nDB999,,T,1\n,,T,\nDB013,Khác,,x\nDB021,,T,\n,Khách,' + 'x'.repeat(600) + ',\nDB013,,T,\n';
    const preview = await previewSpeechImport(utf8(file), 'a.csv', context());
    const texts = preview.problems.map((p) => describeSpeechRowProblem(p, t));
    expect(new Set(preview.problems.map((p) => p.code))).toEqual(
      new Set(['unknownColumn', 'guest', 'codeUnknown', 'speakerMissing', 'nameMismatch', 'titleMissing', 'minutesInvalid', 'alreadyRegistered', 'tooLong', 'speakerDuplicate']),
    );
    const files = await Promise.all(
      ['', 'Mã,Họ tên\nA,B\n', 'Mã,Tên tham luận\n'].map(async (text) => (await previewSpeechImport(utf8(text), 'a.csv', context())).fileProblem),
    );
    for (const problem of files) if (problem) texts.push(describeSpeechFileProblem(problem, t));
    for (const text of texts) expect(text).not.toMatch(/\{\{|speakers\.|import\.|undefined/);
    const missing = files[1];
    if (!missing) throw new Error('expected a missing column');
    expect(describeSpeechFileProblem(missing, t)).toContain(language === 'vi' ? '«Tên tham luận»' : '“Title of the contribution”');
  });
});

describe('the speech log as CSV', () => {
  it('has headings in the reader\'s language, local times and h:mm:ss durations', async () => {
    const s = speakersDesk();
    register(s, 'A', 'preparedContribution', { title: '=HYPERLINK("http://x")' });
    s.desk.run(registerSpeech, { discussionId: s.discussionId, speaker: { kind: 'guest', name: '+Khách', title: 'Tỉnh ủy' }, kind: 'floorRequest', title: '', document: '', limitSeconds: null });
    const a = s.desk.at('2026-07-23T02:00:00.000Z').run(callSpeaker, { discussionId: s.discussionId }).speechId;
    s.desk.at('2026-07-23T02:07:45.000Z').run(endSpeech, { speechId: a });
    s.desk.at('2026-07-23T02:08:00.000Z').run(callSpeaker, { discussionId: s.discussionId });
    const log = speechLog(s.desk.state, Date.parse('2026-07-23T02:09:30.000Z'));

    const vi = speechLogRows(log, await translator('vi'));
    expect(vi[0]).toEqual(['STT', 'Nội dung thảo luận', 'Người phát biểu', 'Mã đại biểu', 'Đơn vị / chức danh', 'Loại phát biểu', 'Tiêu đề', 'Bắt đầu', 'Kết thúc', 'Thời gian nói', 'Thời gian quy định', 'Quá giờ', 'Ghi chú']);
    expect(vi[1]).toEqual([
      '1',
      'Thảo luận văn kiện',
      'Nguyễn Văn An',
      'A',
      'Sở Tài chính',
      'Tham luận',
      '=HYPERLINK("http://x")',
      localDateTime('2026-07-23T02:00:00.000Z'),
      localDateTime('2026-07-23T02:07:45.000Z'),
      '0:07:45',
      '0:07:00',
      '0:00:45',
      '',
    ]);
    expect(vi[2]?.slice(2, 6)).toEqual(['+Khách', '', 'Tỉnh ủy', 'Ý kiến phát biểu']);
    expect(vi[2]?.slice(8)).toEqual(['', '0:01:30', '0:03:00', '', 'đang phát biểu']);

    const en = speechLogCsv(log, await translator('en'), ';');
    expect(en.startsWith('\uFEFFNo.;Discussion;Speaker;')).toBe(true);
    // Cells that would run as formulas are defused; the file ends each line with CRLF.
    expect(en).toContain(`;"'=HYPERLINK(""http://x"")";`);
    expect(en).toContain(";'+Khách;");
    expect(en.split('\r\n')).toHaveLength(4);
    expect(localDateTime('2026-07-23T02:00:00.000Z')).toMatch(/^2026-07-2[23] \d\d:00:00$/);
    expect(hms(3_723_999)).toBe('1:02:03');
  });
});
