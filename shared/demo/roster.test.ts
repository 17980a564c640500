import { describe, expect, it } from 'vitest';
import { delegateFieldsSchema, isOfficial, type DelegateFields } from '../domain/roster/model.js';
import { codeKey } from '../domain/roster/code.js';
import { foldKey } from '../text/fold.js';
import { nameParts } from '../text/names.js';
import { searchEntries, searchEntry } from '../text/search.js';
import { demoCongress } from './congress.js';
import { DEMO_ORGANISATIONS } from './organisations.js';
import { DEMO_ETHNICITIES } from './names.js';

const DATE = '2020-07-23';
const YEAR = 2020;
const { delegates } = demoCongress({ date: DATE });
const official = delegates.filter(isOfficial);
const alternates = delegates.filter((d) => d.category === 'alternate');
const guests = delegates.filter((d) => d.category === 'guest');

function share(list: readonly DelegateFields[], test: (d: DelegateFields) => boolean): number {
  return list.filter(test).length / list.length;
}

function countBy(list: readonly DelegateFields[], key: (d: DelegateFields) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of list) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return counts;
}

function addYears(isoDate: string, years: number): string {
  return `${String(Number(isoDate.slice(0, 4)) + years).padStart(4, '0')}${isoDate.slice(4)}`;
}

describe('demo roster: counts and codes', () => {
  it('has 250 official delegates, 6 alternates and 12 guests, officials first', () => {
    expect(delegates).toHaveLength(268);
    expect(official).toHaveLength(250);
    expect(alternates).toHaveLength(6);
    expect(guests).toHaveLength(12);
    expect(delegates.slice(0, 250).every(isOfficial)).toBe(true);
  });

  it('has about 33 ex officio, 2 appointed and the rest elected', () => {
    const byCategory = countBy(official, (d) => d.category);
    expect(byCategory.get('exOfficio')).toBeGreaterThanOrEqual(30);
    expect(byCategory.get('exOfficio')).toBeLessThanOrEqual(36);
    expect(byCategory.get('appointed')).toBe(2);
    expect((byCategory.get('elected') ?? 0) + (byCategory.get('exOfficio') ?? 0)).toBe(248);
  });

  it('numbers its codes DB001…, DK01…, KM01… in list order, unique however typed', () => {
    expect(official.map((d) => d.code)).toEqual(official.map((_, i) => `DB${String(i + 1).padStart(3, '0')}`));
    expect(alternates.map((d) => d.code)).toEqual(['DK01', 'DK02', 'DK03', 'DK04', 'DK05', 'DK06']);
    expect(guests.map((d) => d.code)).toEqual(guests.map((_, i) => `KM${String(i + 1).padStart(2, '0')}`));
    expect(new Set(delegates.map((d) => codeKey(d.code))).size).toBe(delegates.length);
  });
});

describe('demo roster: organisations', () => {
  it('has exactly 64 distinct base organisations, each with at least one official delegate', () => {
    const names = DEMO_ORGANISATIONS.map((o) => o.name);
    expect(names).toHaveLength(64);
    expect(new Set(names).size).toBe(64);
    expect(new Set(official.map((d) => d.organisation))).toEqual(new Set(names));
  });

  it('sizes them unevenly, as real ones are', () => {
    const sizes = [...countBy(official, (d) => d.organisation).values()];
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(10);
    expect(sizes.filter((n) => n === 1).length).toBeGreaterThanOrEqual(10);
  });

  it('represents 5,112 party members', () => {
    expect(DEMO_ORGANISATIONS.reduce((sum, o) => sum + o.partyMembers, 0)).toBe(5112);
  });

  it('lists alternates of a few organisations in a fixed order, two or more of one', () => {
    const byOrganisation = countBy(alternates, (d) => d.organisation);
    expect(byOrganisation.size).toBeGreaterThanOrEqual(2);
    expect(byOrganisation.size).toBeLessThanOrEqual(5);
    expect(Math.max(...byOrganisation.values())).toBeGreaterThanOrEqual(2);
    const baseNames = new Set(DEMO_ORGANISATIONS.map((o) => o.name));
    expect(alternates.every((d) => baseNames.has(d.organisation))).toBe(true);
  });

  it('gives guests their provincial bodies and titles', () => {
    const baseNames = new Set(DEMO_ORGANISATIONS.map((o) => o.name));
    expect(guests.every((d) => !baseNames.has(d.organisation) && d.position.length > 0)).toBe(true);
    expect(guests.some((d) => d.organisation === 'Tỉnh ủy')).toBe(true);
    expect(guests[0]?.position).toContain('Bí thư Tỉnh ủy');
  });
});

describe('demo roster: valid data', () => {
  it('passes the delegate schema unchanged (already clean NFC text)', () => {
    for (const d of delegates) {
      expect(delegateFieldsSchema.parse(d)).toEqual(d);
    }
  });

  it('writes every text in NFC', () => {
    for (const d of delegates) {
      for (const value of [d.code, d.fullName, d.organisation, d.position, d.ethnicity, d.education, d.politicalTheory]) {
        expect(value).toBe(value.normalize('NFC'));
      }
    }
  });

  it('always sets the birth year, the birth date for some, consistent with each other', () => {
    expect(delegates.every((d) => d.birthYear !== null && d.gender !== null && d.partyAdmissionDate !== null)).toBe(true);
    expect(share(official, (d) => d.birthDate === null)).toBeGreaterThan(0.2);
    expect(share(official, (d) => d.birthDate !== null)).toBeGreaterThan(0.2);
    for (const d of delegates) {
      if (d.birthDate !== null) expect(Number(d.birthDate.slice(0, 4))).toBe(d.birthYear);
    }
  });

  it('admits everyone to the party at least 18 years after birth and over a year before the congress', () => {
    for (const d of delegates) {
      const admitted = d.partyAdmissionDate ?? '';
      const latestBirth = d.birthDate ?? `${d.birthYear ?? 0}-12-31`;
      expect(admitted >= addYears(latestBirth, 18), d.code).toBe(true);
      expect(admitted < addYears(DATE, -1), d.code).toBe(true);
    }
  });

  it('has one very long-serving member', () => {
    const years = official.map((d) => YEAR - Number((d.partyAdmissionDate ?? '').slice(0, 4))).sort((a, b) => b - a);
    const [longest = 0, next = 0] = years;
    expect(longest).toBeGreaterThanOrEqual(38);
    expect(longest).toBeGreaterThan(next);
  });
});

describe('demo roster: distributions of a provincial agencies bloc', () => {
  it('has about a third women', () => {
    const women = share(official, (d) => d.gender === 'female');
    expect(women).toBeGreaterThanOrEqual(0.3);
    expect(women).toBeLessThanOrEqual(0.4);
  });

  it('has a few members of ethnic minorities, Kinh for the rest', () => {
    expect(delegates.every((d) => (DEMO_ETHNICITIES as readonly string[]).includes(d.ethnicity))).toBe(true);
    const minorities = official.filter((d) => d.ethnicity !== 'Kinh');
    expect(minorities.length).toBeGreaterThanOrEqual(3);
    expect(minorities.length).toBeLessThanOrEqual(15);
    expect(new Set(minorities.map((d) => d.ethnicity)).size).toBeGreaterThanOrEqual(3);
  });

  it('was mostly born 1962–1990: youngest about 30, oldest about 58', () => {
    const ages = official.map((d) => YEAR - (d.birthYear ?? 0));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(28);
    expect(Math.min(...ages)).toBeLessThanOrEqual(33);
    expect(Math.max(...ages)).toBeGreaterThanOrEqual(55);
    expect(Math.max(...ages)).toBeLessThanOrEqual(60);
    expect(share(official, (d) => (d.birthYear ?? 0) >= 1962 && (d.birthYear ?? 0) <= 1990)).toBeGreaterThanOrEqual(0.95);
  });

  it('has the education of a provincial bloc', () => {
    expect(official.every((d) => ['Tiến sĩ', 'Thạc sĩ', 'Đại học', 'Cao đẳng'].includes(d.education))).toBe(true);
    const doctors = share(official, (d) => d.education === 'Tiến sĩ');
    const masters = share(official, (d) => d.education === 'Thạc sĩ');
    const graduates = share(official, (d) => d.education === 'Đại học');
    const colleges = share(official, (d) => d.education === 'Cao đẳng');
    expect(doctors).toBeGreaterThanOrEqual(0.03);
    expect(doctors).toBeLessThanOrEqual(0.1);
    expect(masters).toBeGreaterThanOrEqual(0.38);
    expect(masters).toBeLessThanOrEqual(0.52);
    expect(graduates).toBeGreaterThanOrEqual(0.4);
    expect(graduates).toBeLessThanOrEqual(0.55);
    expect(colleges).toBeLessThanOrEqual(0.03);
  });

  it('has the political theory of a provincial bloc', () => {
    expect(official.every((d) => ['Cao cấp', 'Trung cấp', 'Sơ cấp'].includes(d.politicalTheory))).toBe(true);
    const high = share(official, (d) => d.politicalTheory === 'Cao cấp');
    const middle = share(official, (d) => d.politicalTheory === 'Trung cấp');
    const basic = share(official, (d) => d.politicalTheory === 'Sơ cấp');
    expect(high).toBeGreaterThanOrEqual(0.52);
    expect(high).toBeLessThanOrEqual(0.68);
    expect(middle).toBeGreaterThanOrEqual(0.28);
    expect(middle).toBeLessThanOrEqual(0.42);
    expect(basic).toBeGreaterThan(0);
    expect(basic).toBeLessThanOrEqual(0.1);
  });

  it('names positions as such lists do', () => {
    expect(official.every((d) => d.position.length > 0)).toBe(true);
    const positions = official.map((d) => d.position);
    expect(positions).toContain('Giám đốc Sở Tài chính');
    expect(positions.some((p) => p.startsWith('Bí thư Đảng ủy'))).toBe(true);
    expect(positions.some((p) => p.startsWith('Phó Giám đốc'))).toBe(true);
    expect(positions.some((p) => p.startsWith('Trưởng phòng'))).toBe(true);
    expect(positions).toContain('Chuyên viên chính');
  });
});

describe('demo roster: names', () => {
  const names = delegates.map((d) => d.fullName);

  it('gives everyone a distinct name of three or more words', () => {
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => n.split(' ').length >= 3)).toBe(true);
  });

  it('matches names to gender: Thị for many women, Văn for many men, but not always', () => {
    const middleWords = (d: DelegateFields) => nameParts(d.fullName).middle.split(' ');
    const women = delegates.filter((d) => d.gender === 'female');
    const men = delegates.filter((d) => d.gender === 'male');
    expect(men.some((d) => middleWords(d).includes('Thị'))).toBe(false);
    expect(women.some((d) => middleWords(d).includes('Văn'))).toBe(false);
    const thi = share(women, (d) => middleWords(d).includes('Thị'));
    const van = share(men, (d) => middleWords(d).includes('Văn'));
    expect(thi).toBeGreaterThan(0.5);
    expect(thi).toBeLessThan(1);
    expect(van).toBeGreaterThan(0.15);
    expect(van).toBeLessThan(0.8);
  });

  it('has the names that search must tell apart: Dương and Đường', () => {
    const given = delegates.map((d) => nameParts(d.fullName).given);
    expect(given).toContain('Dương');
    expect(names.some((n) => n.includes('Đường'))).toBe(true);
    // Search ranks the exact diacritics first: every Dương before any Đường.
    const entries = delegates.map((d) => searchEntry(d, d.fullName, d.code));
    const hits = searchEntries(entries, 'dương', 500).map((h) => h.item.fullName.split(' '));
    const lastDuong = hits.reduce((last, words, i) => (words.includes('Dương') ? i : last), -1);
    const firstDuong = hits.findIndex((words) => words.includes('Đường') && !words.includes('Dương'));
    expect(lastDuong).toBeGreaterThanOrEqual(0);
    expect(firstDuong).toBeGreaterThan(lastDuong);
  });

  it('has several people sharing a given name', () => {
    const byGiven = countBy(delegates, (d) => nameParts(d.fullName).given);
    expect(byGiven.get('Anh')).toBeGreaterThanOrEqual(3);
    expect(byGiven.get('Hùng')).toBeGreaterThanOrEqual(3);
    expect([...byGiven.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(10);
  });

  it('uses no real person named in the report the demo is modelled on', () => {
    // People named in the news report of the congress this demo follows.
    const real = [
      'Thái Thanh Quý',
      'Nguyễn Văn Thông',
      'Nguyễn Nam Đình',
      'Lê Thị Hồng Khanh',
      'Chu Bá Long',
      'Hoàng Văn Nhiên',
      'Trần Quốc Khánh',
      'Thái Văn Thành',
      'Hoàng Phú Hiền',
    ];
    const folded = new Set(names.map(foldKey));
    for (const name of real) expect(folded.has(foldKey(name)), name).toBe(false);
    // Nor anyone who shares both family and given name with them, so no name reads as theirs.
    const familyGiven = (n: string) => {
      const parts = nameParts(n);
      return `${parts.family} ${parts.given}`;
    };
    const pairs = new Set(names.map(familyGiven));
    for (const name of real) expect(pairs.has(familyGiven(name)), name).toBe(false);
  });
});

describe('demo roster: deterministic', () => {
  it('is the same for the same options', () => {
    expect(demoCongress({ date: DATE }).delegates).toEqual(delegates);
  });

  it('keeps the same people on another date, with ages and membership moved with it', () => {
    const later = demoCongress({ date: '2025-10-14' }).delegates;
    expect(later.map((d) => [d.code, d.fullName, d.organisation, d.position, d.category, d.gender])).toEqual(
      delegates.map((d) => [d.code, d.fullName, d.organisation, d.position, d.category, d.gender]),
    );
    later.forEach((d, i) => {
      const before = delegates[i];
      expect(d.birthYear).toBe((before?.birthYear ?? 0) + 5);
      const admitted = (f: DelegateFields | undefined) => Number(f?.partyAdmissionDate?.slice(0, 4));
      expect(admitted(d)).toBeGreaterThanOrEqual(admitted(before) + 4);
    });
  });

  it('refuses a date that is not a YYYY-MM-DD calendar day', () => {
    expect(() => demoCongress({ date: '2020-02-30' })).toThrow(RangeError);
    expect(() => demoCongress({ date: '23/07/2020' })).toThrow(RangeError);
    expect(() => demoCongress({ date: '1850-07-23' })).toThrow(RangeError);
  });
});
