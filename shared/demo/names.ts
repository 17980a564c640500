// Synthetic Vietnamese names for the demo roster: family, middle and given names drawn from lists
// with everyday frequencies, consistent with gender ("Thị" for many women, "Văn" for many men), and
// with names of the ethnic minorities of the region for their members. Names are unique in a roster.

import type { Gender } from '../domain/roster/model.js';
import type { DemoRandom, Weighted } from './random.js';

export const DEMO_ETHNICITIES = ['Kinh', 'Thái', 'Thổ', 'Khơ Mú', 'Mông'] as const;
export type DemoEthnicity = (typeof DEMO_ETHNICITIES)[number];

const KINH_FAMILY: Weighted<string> = [
  ['Nguyễn', 30],
  ['Trần', 9],
  ['Lê', 9],
  ['Hoàng', 6],
  ['Phạm', 5],
  ['Phan', 5],
  ['Hồ', 5],
  ['Võ', 4],
  ['Thái', 3],
  ['Đặng', 3],
  ['Bùi', 3],
  ['Đỗ', 2],
  ['Ngô', 2],
  ['Dương', 2],
  ['Đinh', 2],
  ['Đào', 2],
  ['Cao', 2],
  ['Chu', 1],
  ['Hà', 1],
  ['Lưu', 1],
  ['Trịnh', 1],
  ['Mai', 1],
  ['Đoàn', 1],
  ['Lương', 1],
  ['Tăng', 1],
  ['Vương', 1],
  ['Kiều', 1],
  ['Trương', 2],
];

const KINH_MALE_MIDDLE: Weighted<string> = [
  ['Văn', 30],
  ['Đức', 6],
  ['Minh', 5],
  ['Quang', 5],
  ['Hữu', 5],
  ['Xuân', 5],
  ['Đình', 4],
  ['Công', 4],
  ['Thanh', 4],
  ['Quốc', 4],
  ['Ngọc', 3],
  ['Trọng', 3],
  ['Bá', 3],
  ['Anh', 2],
  ['Huy', 2],
  ['Tiến', 2],
  ['Mạnh', 2],
  ['Hồng', 2],
  ['Sỹ', 2],
  ['Viết', 2],
  ['Trung', 2],
  ['Duy', 2],
  ['Khắc', 2],
  ['Đăng', 2],
  ['Kim', 1],
];

const KINH_FEMALE_MIDDLE: Weighted<string> = [
  ['Thị', 45],
  ['Thị Thu', 6],
  ['Thị Thanh', 6],
  ['Thị Hồng', 5],
  ['Thị Minh', 4],
  ['Thị Kim', 3],
  ['Thị Mai', 2],
  ['Thị Thúy', 2],
  ['Thu', 4],
  ['Thanh', 4],
  ['Hồng', 3],
  ['Ngọc', 3],
  ['Minh', 2],
  ['Phương', 2],
  ['Thùy', 2],
  ['Diệu', 1],
  ['Bích', 1],
  ['Hải', 1],
  ['Kim', 1],
];

const KINH_MALE_GIVEN: Weighted<string> = [
  ['Anh', 6],
  ['Hùng', 6],
  ['Dũng', 5],
  ['Tuấn', 5],
  ['Hải', 5],
  ['Sơn', 4],
  ['Thắng', 4],
  ['Cường', 4],
  ['Hưng', 4],
  ['Nam', 3],
  ['Bình', 3],
  ['Hòa', 3],
  ['Đức', 3],
  ['Trung', 3],
  ['Tùng', 3],
  ['Vinh', 3],
  ['Minh', 3],
  ['Thành', 3],
  ['Quang', 2],
  ['Phong', 2],
  ['Lâm', 2],
  ['Toàn', 2],
  ['Hiếu', 2],
  ['Huy', 2],
  ['Kiên', 2],
  ['Tâm', 2],
  ['Thịnh', 2],
  ['Hoàng', 2],
  ['Việt', 2],
  ['Đạt', 2],
  ['Tú', 2],
  ['Phúc', 2],
  ['Thuận', 2],
  ['Lộc', 2],
  ['Chiến', 2],
  ['Tiến', 2],
  ['Khoa', 2],
  ['Long', 2],
  ['Nghĩa', 2],
  ['Hào', 1],
  ['Quyết', 1],
  ['Sáng', 1],
  ['Định', 1],
  ['Lực', 1],
  ['Lợi', 1],
  ['Thao', 1],
  ['Dương', 1],
];

const KINH_FEMALE_GIVEN: Weighted<string> = [
  ['Anh', 5],
  ['Hương', 5],
  ['Hà', 4],
  ['Lan', 4],
  ['Hoa', 4],
  ['Hằng', 4],
  ['Thủy', 4],
  ['Nga', 3],
  ['Trang', 3],
  ['Linh', 3],
  ['Huyền', 3],
  ['Hạnh', 3],
  ['Phương', 3],
  ['Thảo', 3],
  ['Vân', 3],
  ['Loan', 2],
  ['Nhung', 2],
  ['Oanh', 2],
  ['Tâm', 2],
  ['Yến', 2],
  ['Mai', 2],
  ['Dung', 2],
  ['Giang', 2],
  ['Hiền', 2],
  ['Liên', 2],
  ['Ngọc', 2],
  ['Quỳnh', 2],
  ['Hồng', 2],
  ['Dương', 2],
  ['Thu', 1],
  ['Tuyết', 1],
  ['Xuân', 1],
  ['Chi', 1],
  ['Châu', 1],
  ['Duyên', 1],
];

interface NameLists {
  readonly family: Weighted<string>;
  readonly maleMiddle: Weighted<string>;
  readonly femaleMiddle: Weighted<string>;
  readonly maleGiven: Weighted<string>;
  readonly femaleGiven: Weighted<string>;
}

const KINH: NameLists = {
  family: KINH_FAMILY,
  maleMiddle: KINH_MALE_MIDDLE,
  femaleMiddle: KINH_FEMALE_MIDDLE,
  maleGiven: KINH_MALE_GIVEN,
  femaleGiven: KINH_FEMALE_GIVEN,
};

const NAME_LISTS: Readonly<Record<DemoEthnicity, NameLists>> = {
  Kinh: KINH,
  // The Thổ of the region carry names like their Kinh neighbours.
  Thổ: KINH,
  Thái: {
    ...KINH,
    family: [
      ['Lô', 3],
      ['Vi', 3],
      ['Lương', 2],
      ['Lữ', 2],
      ['Kha', 1],
      ['Ngân', 1],
      ['Sầm', 1],
      ['Quang', 1],
    ],
    maleMiddle: [['Văn', 1]],
    femaleMiddle: [['Thị', 1]],
  },
  'Khơ Mú': {
    ...KINH,
    family: [
      ['Moong', 2],
      ['Xồng', 1],
      ['Lô', 1],
    ],
    maleMiddle: [['Văn', 1]],
    femaleMiddle: [['Thị', 1]],
  },
  Mông: {
    family: [
      ['Vừ', 2],
      ['Lầu', 2],
      ['Thò', 1],
      ['Lỳ', 1],
    ],
    maleMiddle: [
      ['Bá', 2],
      ['Chồng', 1],
      ['Nhìa', 1],
    ],
    femaleMiddle: [['Thị', 1]],
    maleGiven: [
      ['Pó', 1],
      ['Chò', 1],
      ['Tồng', 1],
      ['Dình', 1],
      ['Xái', 1],
      ['Sông', 1],
    ],
    femaleGiven: [
      ['Dợ', 1],
      ['Mỷ', 1],
      ['Pàng', 1],
      ['Xó', 1],
    ],
  },
};

/** The name wanted: gender and ethnicity, and optionally a fixed middle or given name. */
export interface NameRequest {
  readonly gender: Gender;
  readonly ethnicity: DemoEthnicity;
  readonly given?: string;
  readonly middle?: string;
}

/** Draws names, never the same full name twice. */
export class NameMaker {
  private readonly taken = new Set<string>();

  constructor(private readonly random: DemoRandom) {}

  make(request: NameRequest): string {
    const lists = NAME_LISTS[request.ethnicity];
    const female = request.gender === 'female';
    for (let attempt = 0; attempt < 1000; attempt++) {
      const family = this.random.weighted(lists.family);
      const middle = request.middle ?? this.random.weighted(female ? lists.femaleMiddle : lists.maleMiddle);
      const given = request.given ?? this.random.weighted(female ? lists.femaleGiven : lists.maleGiven);
      // "Thị Minh Minh", "Mai Phương Mai": neither the middle nor the family name repeats the given name.
      if (middle.split(' ').includes(given) || family === given) continue;
      const fullName = `${family} ${middle} ${given}`.normalize('NFC');
      if (this.taken.has(fullName)) continue;
      this.taken.add(fullName);
      return fullName;
    }
    throw new RangeError('no free name left');
  }
}
