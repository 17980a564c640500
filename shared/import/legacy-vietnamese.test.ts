// TCVN3 and VNI: conversion of every letter and of known names, and detection that flags legacy
// text and leaves Unicode Vietnamese, English and every file of the import corpora alone. Inputs
// are made from Unicode with the separate tables in tests/fixtures/legacy-encode.ts.

import { describe, expect, test } from 'vitest';
import { demoDelegates } from '../demo/roster.js';
import { TCVN3_LETTERS, VNI_LETTERS, toTcvn3, toVni } from '../../tests/fixtures/legacy-encode.js';
import { corpus } from '../../tests/fixtures/corpus.js';
import { convertLegacy, detectLegacyVietnamese, isVietnameseSyllable, looksLikeLegacyVietnamese, type LegacyCell } from './legacy-vietnamese.js';

const KNOWN = ['Nguyễn Văn Đức', 'Trần Thị Hương', 'Đảng bộ Sở Y tế', 'Lê Hoàng Phương'] as const;

const cells = (texts: readonly string[]): LegacyCell[] => texts.map((text, i) => ({ row: i + 2, column: 1, text }));

describe('the test tables spell the known names as the fonts did', () => {
  // The TCVN3 spellings are what `iconv -t TCVN5712-1` writes; the VNI ones are the VNI keyboard's.
  test.each([
    ['Nguyễn Văn Đức', 'NguyÔn V¨n §øc', 'Nguyeãn Vaên Ñöùc'],
    ['Trần Thị Hương', 'TrÇn ThÞ H\u00ad¬ng', 'Traàn Thò Höông'],
    ['Đảng bộ Sở Y tế', '§¶ng bé Së Y tÕ', 'Ñaûng boä Sôû Y teá'],
    ['Lê Hoàng Phương', 'Lª Hoµng Ph\u00ad¬ng', 'Leâ Hoaøng Phöông'],
  ])('%s', (unicode, tcvn3, vni) => {
    expect(toTcvn3(unicode)).toBe(tcvn3);
    expect(toVni(unicode)).toBe(vni);
  });
});

describe('conversion', () => {
  test.each(KNOWN)('%s from TCVN3 and from VNI', (name) => {
    expect(convertLegacy(toTcvn3(name), 'tcvn3')).toBe(name);
    expect(convertLegacy(toVni(name), 'vni')).toBe(name);
  });

  test('every TCVN3 letter', () => {
    expect(TCVN3_LETTERS).toHaveLength(74);
    for (const letter of TCVN3_LETTERS) expect(convertLegacy(toTcvn3(letter), 'tcvn3'), letter).toBe(letter);
  });

  test('every VNI letter, lower and upper case', () => {
    expect(VNI_LETTERS).toHaveLength(146);
    for (const letter of VNI_LETTERS) expect(convertLegacy(toVni(letter), 'vni'), letter).toBe(letter);
  });

  test('every name and organisation of the demo congress comes back from VNI and from TCVN3', () => {
    const texts = [...new Set(demoDelegates('2025-07-23').flatMap((d) => [d.fullName, d.organisation]))];
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) expect(convertLegacy(toVni(text), 'vni')).toBe(text);
    // TCVN3 has no capitals with a tone ("Ủy ban"): those are left to the TCVN3 capital-font case below.
    const plainCapitals = texts.filter((text) => !/[ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ]/.test(text));
    expect(plainCapitals.length).toBeGreaterThan(150);
    for (const text of plainCapitals) expect(convertLegacy(toTcvn3(text), 'tcvn3')).toBe(text);
  });

  test('names in capitals: VNI marks follow their letter; TCVN3 typed in a capital font becomes capitals', () => {
    expect(convertLegacy(toVni('NGUYỄN VĂN ĐỨC'), 'vni')).toBe('NGUYỄN VĂN ĐỨC');
    expect(convertLegacy('NGUYÔN V¨N §øC', 'tcvn3')).toBe('NGUYỄN VĂN ĐỨC');
    // One capital and a toned letter is a capitalised word, not one in capitals.
    expect(convertLegacy('T¸m', 'tcvn3')).toBe('Tám');
  });

  test('the result is NFC and spacing is kept as it was', () => {
    const converted = convertLegacy(`  ${toVni('Trường  Thị')} `, 'vni');
    expect(converted).toBe('  Trường  Thị ');
    expect(converted).toBe(converted.normalize('NFC'));
  });

  test('text already in Unicode Vietnamese is left as it is', () => {
    expect(convertLegacy('Lê Văn Tám', 'tcvn3')).toBe('Lê Văn Tám');
    expect(convertLegacy('Hoàng Thị Lê', 'vni')).toBe('Hoàng Thị Lê');
  });
});

describe('detection', () => {
  test('TCVN3 names and organisations are TCVN3, first seen in the first such cell', () => {
    const detected = detectLegacyVietnamese(cells(['DB001', toTcvn3('Nguyễn Văn Đức'), toTcvn3('Đảng bộ Sở Y tế'), toTcvn3('Trần Thị Hương')]));
    // Every word but "bộ": written "bé", it is a Vietnamese word as it stands and tells nothing.
    expect(detected).toEqual({ encoding: 'tcvn3', first: { row: 3, column: 1 }, words: 9 });
  });

  test('VNI names are VNI', () => {
    const detected = detectLegacyVietnamese(cells(KNOWN.map(toVni)));
    expect(detected?.encoding).toBe('vni');
    expect(detected?.first).toEqual({ row: 2, column: 1 });
  });

  test('one legacy name is enough when it has two telling words', () => {
    expect(detectLegacyVietnamese(cells([toTcvn3('Nguyễn Văn An')]))?.encoding).toBe('tcvn3');
    expect(detectLegacyVietnamese(cells([toVni('Nguyễn Văn An')]))?.encoding).toBe('vni');
  });

  test.each([
    ['Unicode Vietnamese', KNOWN],
    ['Unicode words that would also read as legacy ones', ['Lê Hoài', 'Hoàng Tú', 'Công Hà', 'Hóa Lê']],
    ['English names', ['John Smith', 'Mary-Jane O’Brien', 'Department of Health']],
    ['European names in Latin-1', ['José Müller', 'François Lefèvre', 'Zoë Ångström', 'Ðoàn Van An']],
    ['symbols and numbers', ['© 2020', '½ ngày', '25 µg', '§ 3']],
  ])('%s are not flagged', (_, texts) => {
    expect(detectLegacyVietnamese(cells(texts))).toBeNull();
  });

  test('the 250 delegates of the demo congress are not flagged', () => {
    const delegates = demoDelegates('2025-07-23');
    expect(delegates.length).toBeGreaterThan(200);
    expect(detectLegacyVietnamese(cells(delegates.flatMap((d) => [d.fullName, d.organisation, d.position])))).toBeNull();
  });

  test('a file of Unicode names with a few legacy ones is not flagged: conversion would spoil the rest', () => {
    const texts = [...KNOWN, ...KNOWN, toTcvn3('Nguyễn Văn An')];
    expect(detectLegacyVietnamese(cells(texts))).toBeNull();
  });

  // Every file of the hostile-input corpora, read as UTF-8 and as Windows-1252 (how a legacy file arrives).
  const corpora = ['roster', 'agenda'].map((name) => corpus(new URL(`../../tests/fixtures/${name}/`, import.meta.url)));
  const files = corpora.flatMap((c) => c.files().map((name) => [name, c] as const));
  test.each(files)('corpus file %s is not flagged', (name, c) => {
    const bytes = c.fixture(name);
    expect(looksLikeLegacyVietnamese(new TextDecoder('utf-8').decode(bytes))).toBe(false);
    expect(looksLikeLegacyVietnamese(new TextDecoder('windows-1252').decode(bytes))).toBe(false);
  });
});

describe('Vietnamese syllables', () => {
  test.each(['nguyễn', 'Trường', 'NGHIÊNG', 'khuya', 'Hoài', 'gì', 'quốc', 'Ủy'])('%s is one', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });
  test.each(['NguyÔn', 'vaên', 'Nguyờịn', 'José', 'hello', 'ĐứC'])('%s is not', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
