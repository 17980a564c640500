// The demo roster: 250 official delegates of 64 base organisations, six alternates in their order
// and twelve guests. The people (names, organisations, positions, codes) are the same whatever the
// date; birth and admission dates are placed relative to the congress date so that ages and years of
// membership stay realistic in any year.

import type { DelegateCategory, DelegateFields, Gender } from '../domain/roster/model.js';
import { isRealDate } from '../domain/schema-helpers.js';
import { DemoRandom, type Weighted } from './random.js';
import { NameMaker, type DemoEthnicity } from './names.js';
import { committeeOf, DEMO_ORGANISATIONS, type DemoOrganisation, type DemoOrganisationKind } from './organisations.js';

export const DEMO_COUNTS = {
  exOfficio: 33,
  appointed: 2,
  elected: 215,
  official: 250,
  alternates: 6,
  guests: 12,
} as const;

const SEED = 0x20200723;

type Rank = 'leader' | 'deputy' | 'middle' | 'staff';

/** How the first delegate of an organisation is styled: its head, its party secretary, or both. */
type LeaderForm = 'head' | 'secretaryHead' | 'secretaryDeputy';

/** A fixed trait of one seat of an organisation, by its index there (0 is the leader). */
interface Pin {
  readonly rank?: Rank;
  readonly position?: string;
  readonly gender?: Gender;
  readonly middle?: string;
  readonly given?: string;
  readonly ethnicity?: DemoEthnicity;
  /** Age reached in the congress year. */
  readonly age?: number;
  /** From birth to party admission; the birth date is then always given. */
  readonly admittedAfter?: { readonly years: number; readonly months: number };
}

interface OrganisationPlan {
  readonly leader?: readonly LeaderForm[];
  readonly middle?: readonly string[];
  readonly staff?: readonly string[];
  readonly womenOnly?: boolean;
  readonly pins?: Readonly<Record<number, Pin>>;
}

const HEAD_LEADS: readonly LeaderForm[] = ['head', 'secretaryHead'];
/** An organisation is led by its head, by its head as party secretary, or (most often) by a deputy head as secretary. */
const ANY_LEAD: readonly LeaderForm[] = ['head', 'secretaryHead', 'secretaryDeputy', 'secretaryDeputy'];

const BLOC = 'Đảng ủy Khối';

const PLANS: ReadonlyMap<string, OrganisationPlan> = new Map<string, OrganisationPlan>([
  [
    'Đảng ủy Khối các cơ quan tỉnh',
    {
      middle: [`Chánh Văn phòng ${BLOC}`, `Phó Trưởng Ban Tổ chức ${BLOC}`, `Phó Chủ nhiệm Ủy ban Kiểm tra ${BLOC}`],
      pins: {
        0: { rank: 'leader', position: `Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư ${BLOC}`, gender: 'male', age: 55 },
        1: { rank: 'deputy', position: `Phó Bí thư Thường trực ${BLOC}`, gender: 'male', age: 54 },
        2: { rank: 'deputy', position: `Phó Bí thư ${BLOC}`, gender: 'male', age: 50 },
        3: { rank: 'deputy', position: `Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra ${BLOC}`, gender: 'male' },
        4: { rank: 'deputy', position: `Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức ${BLOC}`, gender: 'female', age: 52 },
        5: { rank: 'deputy', position: `Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo ${BLOC}` },
      },
    },
  ],
  [
    'Ban Tổ chức Tỉnh ủy',
    { leader: ['secretaryDeputy'], middle: ['Trưởng phòng Tổ chức đảng, đảng viên', 'Trưởng phòng Cán bộ'] },
  ],
  ['Ủy ban Kiểm tra Tỉnh ủy', { leader: ['secretaryDeputy'], staff: ['Kiểm tra viên chính', 'Kiểm tra viên'] }],
  [
    'Ban Tuyên giáo Tỉnh ủy',
    { leader: ['secretaryDeputy'], middle: ['Trưởng phòng Lý luận chính trị', 'Trưởng phòng Tuyên truyền'] },
  ],
  ['Ban Dân vận Tỉnh ủy', { leader: ['secretaryDeputy'] }],
  ['Ban Nội chính Tỉnh ủy', { leader: ['secretaryDeputy'] }],
  [
    'Trường Chính trị tỉnh',
    {
      middle: [
        'Trưởng khoa Xây dựng Đảng',
        'Trưởng khoa Lý luận cơ sở',
        'Trưởng phòng Quản lý đào tạo',
        'Trưởng khoa Nhà nước và Pháp luật',
      ],
      pins: { 2: { ethnicity: 'Thái', gender: 'male' } },
    },
  ],
  [
    'Sở Tài chính',
    {
      leader: HEAD_LEADS,
      middle: [
        'Trưởng phòng Quản lý ngân sách',
        'Trưởng phòng Tài chính đầu tư',
        'Trưởng phòng Quản lý giá và công sản',
        'Chánh Thanh tra Sở',
      ],
    },
  ],
  [
    'Sở Kế hoạch và Đầu tư',
    { leader: HEAD_LEADS, middle: ['Trưởng phòng Tổng hợp, quy hoạch', 'Trưởng phòng Đăng ký kinh doanh'] },
  ],
  [
    'Sở Y tế',
    {
      leader: HEAD_LEADS,
      middle: ['Trưởng phòng Nghiệp vụ Y', 'Trưởng phòng Nghiệp vụ Dược', 'Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm'],
    },
  ],
  [
    'Sở Giáo dục và Đào tạo',
    {
      leader: HEAD_LEADS,
      middle: [
        'Trưởng phòng Giáo dục Trung học',
        'Trưởng phòng Giáo dục Tiểu học',
        'Trưởng phòng Khảo thí và Kiểm định chất lượng giáo dục',
      ],
      pins: { 4: { ethnicity: 'Khơ Mú', gender: 'female' } },
    },
  ],
  [
    'Sở Giao thông vận tải',
    {
      leader: HEAD_LEADS,
      middle: [
        'Chánh Thanh tra Sở',
        'Trưởng phòng Quản lý kết cấu hạ tầng giao thông',
        'Trưởng phòng Quản lý vận tải, phương tiện và người lái',
      ],
      pins: { 3: { gender: 'male', middle: 'Văn', given: 'Đường' } },
    },
  ],
  [
    'Sở Nông nghiệp và Phát triển nông thôn',
    {
      middle: [
        'Chi cục trưởng Chi cục Kiểm lâm',
        'Chi cục trưởng Chi cục Thủy lợi',
        'Chi cục trưởng Chi cục Chăn nuôi và Thú y',
        'Giám đốc Trung tâm Khuyến nông',
        'Trưởng phòng Kế hoạch - Tài chính',
      ],
      staff: ['Kiểm lâm viên chính', 'Kỹ sư chính', 'Chuyên viên chính'],
      pins: { 5: { ethnicity: 'Thái', gender: 'female' } },
    },
  ],
  [
    'Sở Tài nguyên và Môi trường',
    {
      middle: ['Chi cục trưởng Chi cục Bảo vệ môi trường', 'Giám đốc Văn phòng Đăng ký đất đai', 'Trưởng phòng Quản lý đất đai'],
      pins: { 2: { gender: 'female', given: 'Dương' } },
    },
  ],
  [
    'Sở Lao động - Thương binh và Xã hội',
    {
      middle: ['Trưởng phòng Người có công', 'Trưởng phòng Bảo trợ xã hội', 'Giám đốc Trung tâm Dịch vụ việc làm'],
      pins: { 3: { ethnicity: 'Mông', gender: 'male' } },
    },
  ],
  [
    'Sở Văn hóa và Thể thao',
    { leader: HEAD_LEADS, middle: ['Giám đốc Trung tâm Văn hóa tỉnh', 'Giám đốc Thư viện tỉnh', 'Giám đốc Bảo tàng tỉnh'] },
  ],
  [
    'Sở Thông tin và Truyền thông',
    { leader: HEAD_LEADS, middle: ['Trưởng phòng Bưu chính, Viễn thông và Công nghệ thông tin'] },
  ],
  [
    'Sở Nội vụ',
    { leader: HEAD_LEADS, middle: ['Trưởng ban Thi đua - Khen thưởng', 'Trưởng phòng Công chức, viên chức'] },
  ],
  ['Ban Dân tộc tỉnh', { pins: { 0: { ethnicity: 'Thái', gender: 'male' } } }],
  [
    'Cục Thuế tỉnh',
    {
      middle: [
        'Trưởng phòng Thanh tra - Kiểm tra thuế',
        'Chi cục trưởng Chi cục Thuế khu vực',
        'Trưởng phòng Kê khai và Kế toán thuế',
      ],
      staff: ['Kiểm tra viên chính thuế', 'Kiểm tra viên thuế'],
    },
  ],
  [
    'Kho bạc Nhà nước tỉnh',
    {
      middle: ['Trưởng phòng Kiểm soát chi', 'Trưởng phòng Kế toán nhà nước'],
      staff: ['Kiểm soát viên chính', 'Kế toán viên'],
    },
  ],
  [
    'Bảo hiểm xã hội tỉnh',
    {
      middle: ['Trưởng phòng Quản lý thu', 'Trưởng phòng Chế độ bảo hiểm xã hội', 'Trưởng phòng Giám định bảo hiểm y tế'],
      pins: { 4: { ethnicity: 'Thái', gender: 'male' } },
    },
  ],
  [
    'Tòa án nhân dân tỉnh',
    {
      middle: ['Chánh tòa Hình sự', 'Chánh tòa Dân sự', 'Chánh tòa Hành chính'],
      staff: ['Thẩm phán trung cấp', 'Thư ký Tòa án'],
    },
  ],
  [
    'Viện Kiểm sát nhân dân tỉnh',
    {
      middle: ['Trưởng phòng Thực hành quyền công tố và kiểm sát xét xử hình sự', 'Chánh Văn phòng'],
      staff: ['Kiểm sát viên trung cấp', 'Kiểm tra viên'],
    },
  ],
  [
    'Cục Thi hành án dân sự tỉnh',
    {
      middle: ['Trưởng phòng Nghiệp vụ và Tổ chức thi hành án', 'Chi cục trưởng Chi cục Thi hành án dân sự'],
      staff: ['Chấp hành viên trung cấp', 'Thẩm tra viên'],
    },
  ],
  ['Hội Liên hiệp Phụ nữ tỉnh', { womenOnly: true }],
  ['Tỉnh đoàn', { leader: ['head'], pins: { 0: { age: 39 } } }],
  ['Đài Phát thanh và Truyền hình tỉnh', { pins: { 5: { gender: 'female', age: 30 } } }],
  ['Hội Nông dân tỉnh', { leader: ['head'], pins: { 0: { ethnicity: 'Thổ' } } }],
  [
    'Hội Cựu chiến binh tỉnh',
    { leader: ['head'], pins: { 0: { gender: 'male', age: 58, admittedAfter: { years: 18, months: 2 } } } },
  ],
  [
    'Trường Đại học Y khoa',
    {
      middle: [
        'Trưởng khoa Y học cơ sở',
        'Trưởng khoa Điều dưỡng',
        'Trưởng phòng Đào tạo đại học',
        'Trưởng khoa Y tế công cộng',
      ],
    },
  ],
  [
    'Trung tâm Kiểm soát bệnh tật tỉnh',
    {
      middle: ['Trưởng khoa Phòng, chống bệnh truyền nhiễm', 'Trưởng khoa Xét nghiệm'],
      staff: ['Bác sĩ', 'Y sĩ', 'Kỹ thuật viên xét nghiệm'],
    },
  ],
]);

const MIDDLE_BY_KIND: Readonly<Record<DemoOrganisationKind, readonly string[]>> = {
  blocCommittee: [`Chánh Văn phòng ${BLOC}`],
  partyBoard: ['Trưởng phòng Tổng hợp', 'Trưởng phòng Nghiệp vụ', 'Phó Trưởng phòng Tổng hợp'],
  office: [
    'Trưởng phòng Tổng hợp',
    'Trưởng phòng Hành chính - Tổ chức',
    'Trưởng phòng Quản trị - Tài vụ',
    'Trưởng phòng Kinh tế',
  ],
  department: [
    'Chánh Văn phòng',
    'Chánh Thanh tra',
    'Trưởng phòng Tổ chức cán bộ',
    'Trưởng phòng Kế hoạch - Tài chính',
    'Trưởng phòng Pháp chế',
    'Phó Chánh Văn phòng',
    'Phó Trưởng phòng Kế hoạch - Tài chính',
  ],
  judicial: ['Chánh Văn phòng', 'Trưởng phòng Tổ chức cán bộ'],
  branch: [
    'Trưởng phòng Tổ chức cán bộ',
    'Trưởng phòng Tổng hợp',
    'Trưởng phòng Kiểm tra nội bộ',
    'Chánh Văn phòng',
    'Phó Trưởng phòng Tổng hợp',
  ],
  mass: ['Chánh Văn phòng', 'Trưởng ban Tổ chức - Kiểm tra', 'Trưởng ban Tuyên giáo', 'Phó Trưởng ban Tuyên giáo'],
  media: ['Trưởng phòng Thời sự', 'Trưởng phòng Chuyên đề', 'Trưởng phòng Kỹ thuật', 'Trưởng phòng Biên tập'],
  school: [
    'Trưởng phòng Đào tạo',
    'Trưởng phòng Tổ chức - Hành chính',
    'Trưởng khoa Khoa học cơ bản',
    'Phó Trưởng phòng Đào tạo',
  ],
  hospital: [
    'Trưởng khoa Nội tổng hợp',
    'Trưởng khoa Ngoại tổng hợp',
    'Trưởng khoa Hồi sức tích cực',
    'Trưởng phòng Kế hoạch tổng hợp',
    'Phó Trưởng khoa Cấp cứu',
    'Điều dưỡng trưởng bệnh viện',
    'Trưởng khoa Dược',
  ],
  service: ['Trưởng phòng Kế hoạch - Kỹ thuật', 'Trưởng phòng Hành chính - Tổng hợp', 'Phó Trưởng phòng Kế hoạch - Kỹ thuật'],
};

const STAFF_BY_KIND: Readonly<Record<DemoOrganisationKind, readonly string[]>> = {
  blocCommittee: ['Chuyên viên chính'],
  partyBoard: ['Chuyên viên chính', 'Chuyên viên'],
  office: ['Chuyên viên chính', 'Chuyên viên'],
  department: ['Chuyên viên chính', 'Chuyên viên', 'Thanh tra viên chính'],
  judicial: ['Chuyên viên chính'],
  branch: ['Chuyên viên chính', 'Chuyên viên'],
  mass: ['Chuyên viên chính', 'Chuyên viên'],
  media: ['Biên tập viên chính', 'Phóng viên', 'Biên tập viên'],
  school: ['Giảng viên chính', 'Giảng viên'],
  hospital: ['Bác sĩ chuyên khoa II', 'Bác sĩ chuyên khoa I', 'Bác sĩ', 'Điều dưỡng chính', 'Dược sĩ'],
  service: ['Kỹ sư', 'Chuyên viên'],
};

const EDUCATION: Readonly<Record<Rank, Weighted<string>>> = {
  leader: [
    ['Tiến sĩ', 8],
    ['Thạc sĩ', 60],
    ['Đại học', 32],
  ],
  deputy: [
    ['Tiến sĩ', 4],
    ['Thạc sĩ', 55],
    ['Đại học', 41],
  ],
  middle: [
    ['Tiến sĩ', 2],
    ['Thạc sĩ', 40],
    ['Đại học', 57],
    ['Cao đẳng', 1],
  ],
  staff: [
    ['Tiến sĩ', 1],
    ['Thạc sĩ', 25],
    ['Đại học', 70],
    ['Cao đẳng', 4],
  ],
};

const POLITICAL_THEORY: Readonly<Record<Rank, Weighted<string>>> = {
  leader: [['Cao cấp', 1]],
  deputy: [
    ['Cao cấp', 80],
    ['Trung cấp', 20],
  ],
  middle: [
    ['Cao cấp', 35],
    ['Trung cấp', 62],
    ['Sơ cấp', 3],
  ],
  staff: [
    ['Cao cấp', 5],
    ['Trung cấp', 75],
    ['Sơ cấp', 20],
  ],
};

const WOMEN_SHARE: Readonly<Record<Rank, number>> = { leader: 0.14, deputy: 0.3, middle: 0.42, staff: 0.52 };
const WOMEN_MORE: ReadonlySet<DemoOrganisationKind> = new Set(['hospital', 'school', 'media']);
const DOCTORATES_MORE: ReadonlySet<DemoOrganisationKind> = new Set(['hospital', 'school']);

/** Age reached in the congress year, by rank; women of the bloc retire earlier. */
const AGES: Readonly<Record<Rank, readonly [number, number]>> = {
  leader: [46, 58],
  deputy: [40, 57],
  middle: [34, 56],
  staff: [30, 50],
};
const WOMEN_OLDEST = 55;
/** No one but the long-serving veteran was admitted younger than this. */
const EARLIEST_ADMISSION_AGE = 21;

interface Seat {
  readonly organisation: string;
  readonly category: DelegateCategory;
  readonly rank: Rank;
  readonly position: string;
  readonly kind: DemoOrganisationKind;
  readonly womenOnly: boolean;
  readonly pin: Pin;
}

interface Guest {
  readonly organisation: string;
  readonly position: string;
  readonly gender: Gender;
}

const GUESTS: readonly Guest[] = [
  { organisation: 'Tỉnh ủy', position: 'Ủy viên Dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy', gender: 'male' },
  { organisation: 'Tỉnh ủy', position: 'Phó Bí thư Tỉnh ủy', gender: 'male' },
  { organisation: 'Ủy ban nhân dân tỉnh', position: 'Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh', gender: 'male' },
  {
    organisation: 'Hội đồng nhân dân tỉnh',
    position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực Hội đồng nhân dân tỉnh',
    gender: 'female',
  },
  { organisation: 'Tỉnh ủy', position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy', gender: 'male' },
  { organisation: 'Tỉnh ủy', position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy', gender: 'male' },
  { organisation: 'Tỉnh ủy', position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy', gender: 'male' },
  { organisation: 'Tỉnh ủy', position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy', gender: 'female' },
  { organisation: 'Tỉnh ủy', position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy', gender: 'male' },
  { organisation: 'Tỉnh ủy', position: 'Tỉnh ủy viên, Chánh Văn phòng Tỉnh ủy', gender: 'male' },
  {
    organisation: 'Đoàn đại biểu Quốc hội tỉnh',
    position: 'Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh',
    gender: 'male',
  },
  { organisation: 'Ủy ban nhân dân tỉnh', position: 'Tỉnh ủy viên, Phó Chủ tịch Ủy ban nhân dân tỉnh', gender: 'male' },
];

/** Alternates in the order they would be called to replace an official delegate. */
const ALTERNATE_UNITS: readonly string[] = [
  'Bệnh viện Hữu nghị đa khoa tỉnh',
  'Bệnh viện Hữu nghị đa khoa tỉnh',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Cục Thuế tỉnh',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Bảo hiểm xã hội tỉnh',
];

/** Base organisations founded or reorganised during the term: their delegate is appointed by the bloc committee. */
const APPOINTED_UNITS: readonly string[] = ['Sở Du lịch', 'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh'];

/** The outgoing standing committee members who also head the largest organisations. */
const STANDING_COMMITTEE_HEADS = 4;

/** Ex officio delegates of the bloc committee's own staff: its secretary, deputies and heads of boards. */
const BLOC_COMMITTEE_SEATS = 6;

function organisationByUnit(unit: string): DemoOrganisation {
  const found = DEMO_ORGANISATIONS.find((o) => o.unit === unit);
  if (!found) throw new RangeError(`unknown demo organisation: ${unit}`);
  return found;
}

/** Elected seats in proportion to party members, at least one each (Sainte-Laguë from one seat). */
function electedSeats(organisations: readonly DemoOrganisation[], total: number): Map<string, number> {
  const seats = new Map<string, number>(organisations.map((o) => [o.unit, 1]));
  for (let given = organisations.length; given < total; given++) {
    let best: DemoOrganisation | undefined;
    let bestPriority = -1;
    for (const o of organisations) {
      const priority = o.partyMembers / ((seats.get(o.unit) ?? 0) + 0.5);
      if (priority > bestPriority) {
        best = o;
        bestPriority = priority;
      }
    }
    if (best) seats.set(best.unit, (seats.get(best.unit) ?? 0) + 1);
  }
  return seats;
}

function leaderPosition(o: DemoOrganisation, form: LeaderForm): string {
  const committee = committeeOf(o);
  if (form === 'head') return `${o.head} ${o.unit}`;
  if (form === 'secretaryHead') return `Bí thư ${committee}, ${o.head} ${o.unit}`;
  return `Bí thư ${committee}, Phó ${o.head} ${o.unit}`;
}

interface SeatPlan {
  /** Official delegates' seats as the roster lists them: ex officio, appointed, elected. */
  readonly seats: readonly Seat[];
  /** Middle-ranking posts of each organisation (by unit) that no official delegate holds. */
  readonly freePosts: ReadonlyMap<string, string[]>;
}

function planSeats(random: DemoRandom): SeatPlan {
  const appointed = new Set(APPOINTED_UNITS);
  const blocCommittee = DEMO_ORGANISATIONS.filter((o) => o.kind === 'blocCommittee');
  const blocSeats = blocCommittee.length * BLOC_COMMITTEE_SEATS;
  const largest = DEMO_ORGANISATIONS.filter((o) => o.kind !== 'blocCommittee' && !appointed.has(o.unit))
    .map((o, index) => ({ o, index }))
    .sort((a, b) => b.o.partyMembers - a.o.partyMembers || a.index - b.index)
    .slice(0, DEMO_COUNTS.exOfficio - blocSeats)
    .map((entry) => entry.o.unit);
  const exOfficioLeaders = new Set(largest);
  const standing = new Set(largest.slice(0, STANDING_COMMITTEE_HEADS));
  const elected = electedSeats(
    DEMO_ORGANISATIONS.filter((o) => !appointed.has(o.unit)),
    DEMO_COUNTS.elected,
  );

  const byCategory: Record<'exOfficio' | 'appointed' | 'elected', Seat[]> = { exOfficio: [], appointed: [], elected: [] };
  const freePosts = new Map<string, string[]>();
  for (const o of DEMO_ORGANISATIONS) {
    const plan = PLANS.get(o.unit) ?? {};
    const exOfficio = o.kind === 'blocCommittee' ? BLOC_COMMITTEE_SEATS : exOfficioLeaders.has(o.unit) ? 1 : 0;
    const count = exOfficio + (appointed.has(o.unit) ? 1 : 0) + (elected.get(o.unit) ?? 0);
    const form = random.pick(plan.leader ?? ANY_LEAD);
    const deputies = count >= 9 ? 3 : count >= 4 ? 2 : 1;
    const committee = committeeOf(o);
    // A post such as "Trưởng phòng Tổ chức cán bộ" has one holder in an organisation.
    const posts = [...(plan.middle ?? MIDDLE_BY_KIND[o.kind])];
    freePosts.set(o.unit, posts);
    const staff = plan.staff ?? STAFF_BY_KIND[o.kind];
    const maxPin = Math.max(-1, ...Object.keys(plan.pins ?? {}).map(Number));
    if (maxPin >= count) throw new RangeError(`${o.name} has ${count} delegates, fewer than its pinned seats`);

    for (let index = 0; index < count; index++) {
      const pin = plan.pins?.[index] ?? {};
      let rank: Rank;
      let position: string;
      if (index === 0) {
        rank = 'leader';
        position = leaderPosition(o, form);
        if (standing.has(o.unit)) position = `Ủy viên Ban Thường vụ ${BLOC}, ${position}`;
      } else if (index <= deputies) {
        rank = 'deputy';
        const deputy = `Phó ${o.head} ${o.unit}`;
        if (index === 1 && form === 'head') position = `Bí thư ${committee}, ${deputy}`;
        else if (index === 1 && form === 'secretaryDeputy' && o.kind !== 'partyBoard') position = `${o.head} ${o.unit}`;
        else if (index === 2 && committee === 'Đảng ủy') position = `Phó Bí thư ${committee}, ${deputy}`;
        else position = deputy;
        // The head of the agency outranks the secretary who is a deputy head.
        if (index === 1 && form === 'secretaryDeputy' && o.kind !== 'partyBoard') rank = 'leader';
      } else {
        const post = random.chance(0.55) ? random.take(posts) : undefined;
        rank = post === undefined ? 'staff' : 'middle';
        position = post ?? random.pick(staff);
      }
      const category: Seat['category'] =
        index < exOfficio ? 'exOfficio' : index === exOfficio && appointed.has(o.unit) ? 'appointed' : 'elected';
      const seat: Seat = {
        organisation: o.name,
        category,
        rank: pin.rank ?? rank,
        position: pin.position ?? position,
        kind: o.kind,
        womenOnly: plan.womenOnly === true,
        pin,
      };
      if (category === 'exOfficio') byCategory.exOfficio.push(seat);
      else if (category === 'appointed') byCategory.appointed.push(seat);
      else byCategory.elected.push(seat);
    }
  }
  return { seats: [...byCategory.exOfficio, ...byCategory.appointed, ...byCategory.elected], freePosts };
}

interface CongressDay {
  readonly year: number;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A calendar date from parts that may overflow (month 13, day 32), as Date.UTC carries them over. */
function isoFromParts(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Person {
  readonly gender: Gender;
  readonly ethnicity: DemoEthnicity;
  readonly rank: Rank;
  readonly kind: DemoOrganisationKind;
}

type PersonFields = Pick<
  DelegateFields,
  'fullName' | 'gender' | 'birthYear' | 'birthDate' | 'ethnicity' | 'partyAdmissionDate' | 'education' | 'politicalTheory'
>;

function personFields(
  random: DemoRandom,
  names: NameMaker,
  day: CongressDay,
  person: Person,
  pin: Pin,
): PersonFields {
  const { gender, rank, kind } = person;
  const fullName = names.make({
    gender,
    ethnicity: person.ethnicity,
    ...(pin.given === undefined ? {} : { given: pin.given }),
    ...(pin.middle === undefined ? {} : { middle: pin.middle }),
  });
  const [youngest, oldest] = AGES[rank];
  const age = pin.age ?? random.middling(youngest, gender === 'female' ? Math.min(oldest, WOMEN_OLDEST) : oldest);
  const birthYear = day.year - age;
  const hasBirthDate = pin.admittedAfter !== undefined || random.chance(0.6);
  const birthMonth = random.int(1, 12);
  const birthDay = random.int(1, daysIn(birthYear, birthMonth));
  const birthDate = hasBirthDate ? isoFromParts(birthYear, birthMonth, birthDay) : null;

  // Admitted well over a year before the congress: a full party member, never a probationer.
  const admissionAge = random.middling(EARLIEST_ADMISSION_AGE, Math.max(EARLIEST_ADMISSION_AGE, Math.min(age - 3, 34)));
  let partyAdmissionDate: string;
  if (pin.admittedAfter) {
    partyAdmissionDate = isoFromParts(birthYear + pin.admittedAfter.years, birthMonth + pin.admittedAfter.months, birthDay);
  } else if (birthDate) {
    partyAdmissionDate = isoFromParts(birthYear + admissionAge, birthMonth + random.int(0, 11), birthDay + random.int(0, 27));
  } else {
    const month = random.int(1, 12);
    partyAdmissionDate = isoFromParts(birthYear + admissionAge, month, random.int(1, daysIn(birthYear + admissionAge, month)));
  }

  const education = random.weighted(
    DOCTORATES_MORE.has(kind) && rank !== 'staff'
      ? EDUCATION[rank].map(([level, weight]) => [level, level === 'Tiến sĩ' ? weight * 2 : weight] as const)
      : EDUCATION[rank],
  );
  return {
    fullName,
    gender,
    birthYear,
    birthDate,
    ethnicity: person.ethnicity,
    partyAdmissionDate,
    education,
    politicalTheory: random.weighted(POLITICAL_THEORY[rank]),
  };
}

function womanChance(rank: Rank, kind: DemoOrganisationKind): number {
  return WOMEN_SHARE[rank] + (WOMEN_MORE.has(kind) ? 0.12 : 0);
}

function congressYear(date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealDate(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  const year = Number(date.slice(0, 4));
  if (year < 1960 || year > 2099) throw new RangeError(`demo congress year out of range: ${year}`);
  return year;
}

/** The whole demo roster for a congress held on `date` (YYYY-MM-DD). */
export function demoDelegates(date: string): DelegateFields[] {
  const day: CongressDay = { year: congressYear(date) };
  const random = new DemoRandom(SEED);
  const names = new NameMaker(random);
  const { seats, freePosts } = planSeats(random);
  const delegates: DelegateFields[] = [];

  seats.forEach((seat, index) => {
    const gender = seat.pin.gender ?? (seat.womenOnly || random.chance(womanChance(seat.rank, seat.kind)) ? 'female' : 'male');
    const person: Person = { gender, ethnicity: seat.pin.ethnicity ?? 'Kinh', rank: seat.rank, kind: seat.kind };
    delegates.push({
      code: `DB${pad(index + 1, 3)}`,
      organisation: seat.organisation,
      category: seat.category,
      position: seat.position,
      notes: {},
      ...personFields(random, names, day, person, seat.pin),
    });
  });

  ALTERNATE_UNITS.forEach((unit, index) => {
    const o = organisationByUnit(unit);
    const post = random.chance(0.5) ? random.take(freePosts.get(o.unit) ?? []) : undefined;
    const rank: Rank = post === undefined ? 'staff' : 'middle';
    const gender: Gender = random.chance(womanChance(rank, o.kind)) ? 'female' : 'male';
    delegates.push({
      code: `DK${pad(index + 1)}`,
      organisation: o.name,
      category: 'alternate',
      position: post ?? random.pick(PLANS.get(o.unit)?.staff ?? STAFF_BY_KIND[o.kind]),
      notes: {},
      ...personFields(random, names, day, { gender, ethnicity: 'Kinh', rank, kind: o.kind }, {}),
    });
  });

  GUESTS.forEach((guest, index) => {
    const pin: Pin = { age: random.middling(48, guest.gender === 'female' ? 56 : 59) };
    delegates.push({
      code: `KM${pad(index + 1)}`,
      organisation: guest.organisation,
      category: 'guest',
      position: guest.position,
      notes: {},
      // Provincial leaders: education and theory as for the bloc's leaders.
      ...personFields(random, names, day, { gender: guest.gender, ethnicity: 'Kinh', rank: 'leader', kind: 'partyBoard' }, pin),
    });
  });

  return delegates;
}
