import { describe, expect, it } from 'vitest';
import { cleanText, foldKey, headerKey } from './fold.js';
import { compareVietnameseNames } from './collate.js';
import { nameParts } from './names.js';
import { searchEntries, searchEntry } from './search.js';

describe('folding', () => {
  it('removes diacritics and maps đ/Đ, which NFD does not split', () => {
    expect(foldKey('Đặng Thị Hồng Đào')).toBe('dang thi hong dao');
    expect(foldKey('NGUYỄN')).toBe('nguyen');
  });

  it('treats composed and decomposed input the same', () => {
    const nfd = 'Nguye\u0302\u0303n'; // e + circumflex + tilde, as some keyboards send it
    expect(cleanText(nfd)).toBe('Nguyễn');
    expect(foldKey(nfd)).toBe(foldKey('Nguyễn'));
  });

  it('strips invisible direction marks and collapses spaces', () => {
    expect(cleanText('\u202eAn\u202c   Bình\u200b ')).toBe('An Bình');
  });

  it('reduces headers to letters and digits', () => {
    expect(headerKey('  Mã  ĐẠI biểu ')).toBe('madaibieu');
    expect(headerKey('Year of birth')).toBe('yearofbirth');
  });
});

describe('names and sorting', () => {
  it('splits a name into family, middle and given name', () => {
    expect(nameParts('Nguyễn Thị Hồng Khanh')).toEqual({ family: 'Nguyễn', middle: 'Thị Hồng', given: 'Khanh' });
    expect(nameParts('Lan')).toEqual({ family: '', middle: '', given: 'Lan' });
  });

  it('sorts by given name first, in the Vietnamese alphabet', () => {
    const names = ['Trần Văn Đức', 'Lê Thị Dung', 'Phạm Ánh', 'Nguyễn Văn An', 'Hoàng Ân', 'Vũ Thị Ăn', 'Bùi Văn Dũng', 'Nguyễn Thị Dung'];
    const sorted = [...names].sort(compareVietnameseNames);
    // a < ă < â, d < đ; same given name: then middle name, then family name.
    expect(sorted).toEqual(['Nguyễn Văn An', 'Phạm Ánh', 'Vũ Thị Ăn', 'Hoàng Ân', 'Lê Thị Dung', 'Nguyễn Thị Dung', 'Bùi Văn Dũng', 'Trần Văn Đức']);
  });
});

describe('search', () => {
  const people = ['Nguyễn Văn Dương', 'Lê Thị Đường', 'Trần Văn Duong', 'Phạm Thị Hồng Khanh', 'Hoàng Minh Khánh'].map((name, i) =>
    searchEntry(name, name, `DB${i + 1}`),
  );
  const names = (q: string) => searchEntries(people, q).map((h) => h.item);

  it('ignores diacritics, đ included', () => {
    expect(names('duong')).toEqual(expect.arrayContaining(['Nguyễn Văn Dương', 'Lê Thị Đường', 'Trần Văn Duong']));
    expect(names('đường')).toContain('Lê Thị Đường');
  });

  it('ranks an exact-diacritic match above a folded one', () => {
    expect(names('dương')[0]).toBe('Nguyễn Văn Dương');
    expect(names('khánh')[0]).toBe('Hoàng Minh Khánh');
    expect(names('khanh')).toHaveLength(2);
  });

  it('lists hits of one rank by given name, then middle and family name, however the entries are ordered', () => {
    const crowd = ['Trần Văn Thành', 'Lê Văn An', 'Nguyễn Văn Bình', 'Đỗ Văn An', 'Phạm Văn Ánh', 'Vũ Văn Ân'].map((name) => searchEntry(name, name, name));
    const expected = ['Đỗ Văn An', 'Lê Văn An', 'Phạm Văn Ánh', 'Vũ Văn Ân', 'Nguyễn Văn Bình', 'Trần Văn Thành'];
    expect(searchEntries(crowd, 'văn').map((h) => h.item)).toEqual(expected);
    expect(searchEntries([...crowd].reverse(), 'van').map((h) => h.item)).toEqual(expected);
    expect(searchEntries(crowd, 'văn', 2).map((h) => h.item)).toEqual(expected.slice(0, 2));
    // Rank before name: a diacritic-exact word start first, a folded one next, a match inside a word last.
    expect(searchEntries(crowd, 'ân').map((h) => [h.item, h.rank])).toEqual([
      ['Vũ Văn Ân', 1],
      ['Đỗ Văn An', 3],
      ['Lê Văn An', 3],
      ['Phạm Văn Ánh', 3],
      ['Nguyễn Văn Bình', 4],
      ['Trần Văn Thành', 4],
    ]);
    expect(searchEntries(crowd, 'an').map((h) => [h.item, h.rank])).toEqual([
      ['Đỗ Văn An', 1],
      ['Lê Văn An', 1],
      ['Phạm Văn Ánh', 3],
      ['Vũ Văn Ân', 3],
      ['Nguyễn Văn Bình', 4],
      ['Trần Văn Thành', 4],
    ]);
  });

  it('matches several words in any position, and codes first', () => {
    expect(names('thi khanh')).toEqual(['Phạm Thị Hồng Khanh']);
    expect(names('db2')[0]).toBe('Lê Thị Đường');
    expect(names('zzz')).toEqual([]);
  });
});
