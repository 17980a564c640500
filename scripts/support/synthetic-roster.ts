// Rosters of any size for benchmarks and the soak: Vietnamese names drawn like the demo congress's
// (family, middle and given names with everyday frequencies, minority names for their members),
// the demo's base organisations, and for a large congress the delegations of the provinces.
// Deterministic: the same size and seed always give the same roster.

import type { DelegateCategory, DelegateFields, Gender } from '../../shared/domain/roster/model.js';
import { EMPTY_DELEGATE_FIELDS } from '../../shared/domain/roster/model.js';
import { DemoRandom, type Weighted } from '../../shared/demo/random.js';
import { NameMaker, type DemoEthnicity } from '../../shared/demo/names.js';
import { DEMO_ORGANISATIONS } from '../../shared/demo/organisations.js';

const PROVINCES = [
  'Hà Nội', 'Thành phố Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Nghệ An', 'Thanh Hóa', 'Hà Tĩnh',
  'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Phú Yên', 'Khánh Hòa',
  'Đắk Lắk', 'Gia Lai', 'Kon Tum', 'Lâm Đồng', 'Đồng Nai', 'Bình Dương', 'Long An', 'Tiền Giang',
  'An Giang', 'Kiên Giang', 'Cà Mau', 'Sơn La', 'Điện Biên', 'Lai Châu', 'Lào Cai', 'Hà Giang',
  'Cao Bằng', 'Lạng Sơn', 'Thái Nguyên', 'Bắc Giang', 'Bắc Ninh', 'Hải Dương', 'Hưng Yên', 'Thái Bình',
  'Nam Định', 'Ninh Bình', 'Hòa Bình', 'Phú Thọ', 'Vĩnh Phúc', 'Tuyên Quang', 'Yên Bái', 'Quảng Ninh',
] as const;

const CATEGORIES: Weighted<DelegateCategory> = [
  ['elected', 86],
  ['exOfficio', 7],
  ['appointed', 1],
  ['alternate', 3],
  ['guest', 3],
];

const ETHNICITIES: Weighted<DemoEthnicity> = [
  ['Kinh', 88],
  ['Thái', 6],
  ['Thổ', 2],
  ['Khơ Mú', 2],
  ['Mông', 2],
];

const POSITIONS = [
  'Giám đốc', 'Phó Giám đốc', 'Chánh Văn phòng', 'Trưởng phòng Tổ chức cán bộ', 'Trưởng phòng Tổng hợp',
  'Chuyên viên chính', 'Chuyên viên', 'Bí thư Chi bộ', 'Phó Bí thư Đảng ủy', 'Chánh Thanh tra',
] as const;

const EDUCATION: Weighted<string> = [
  ['Tiến sĩ', 4],
  ['Thạc sĩ', 45],
  ['Đại học', 50],
  ['Cao đẳng', 1],
];

const THEORY: Weighted<string> = [
  ['Cao cấp', 40],
  ['Trung cấp', 55],
  ['Sơ cấp', 5],
];

/** Base organisations for a roster of this size: the demo's 64, then one delegation per province. */
export function syntheticOrganisations(count: number): string[] {
  const base = DEMO_ORGANISATIONS.map((o) => o.name);
  return count <= 500 ? base : [...base, ...PROVINCES.map((p) => `Đoàn đại biểu ${p}`)];
}

export function syntheticCode(index: number): string {
  return `DB${String(index + 1).padStart(5, '0')}`;
}

export function syntheticRoster(count: number, seed = 20_260_723): DelegateFields[] {
  const random = new DemoRandom(seed);
  const organisations = syntheticOrganisations(count);
  let names = new NameMaker(random);
  const delegates: DelegateFields[] = [];
  for (let i = 0; i < count; i++) {
    const gender: Gender = random.chance(0.42) ? 'female' : 'male';
    const ethnicity = random.weighted(ETHNICITIES);
    let fullName: string;
    try {
      fullName = names.make({ gender, ethnicity });
    } catch {
      // A very large roster uses up the distinct names; real ones repeat names too.
      names = new NameMaker(random);
      fullName = names.make({ gender, ethnicity });
    }
    const birthYear = random.middling(1962, 1992);
    delegates.push({
      ...EMPTY_DELEGATE_FIELDS,
      code: syntheticCode(i),
      fullName,
      organisation: random.pick(organisations),
      category: random.weighted(CATEGORIES),
      gender,
      birthYear,
      ethnicity,
      position: random.pick(POSITIONS),
      partyAdmissionDate: `${birthYear + random.int(22, 30)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      education: random.weighted(EDUCATION),
      politicalTheory: random.weighted(THEORY),
    });
  }
  return delegates;
}
