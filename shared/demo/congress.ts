// The built-in demo congress offered on first start: the one-day congress of delegates of a
// provincial agencies bloc's party organisation, 250 delegates representing 5,112 party members of
// 64 base organisations. Pure data: the same options always give the same congress and roster.

import type { CongressInput } from '../domain/congress/commands.js';
import type { Language, SittingKind } from '../domain/congress/model.js';
import type { DelegateFields } from '../domain/roster/model.js';
import { demoDelegates } from './roster.js';

export interface DemoOptions {
  /** The day of the congress, YYYY-MM-DD. */
  readonly date: string;
  /** The language of the congress texts (name, theme, sittings, header); delegate data stays Vietnamese. */
  readonly language?: Language;
}

export interface DemoCongress {
  readonly congress: CongressInput;
  readonly delegates: DelegateFields[];
}

export const DEMO_MEMBERS_REPRESENTED = 5112;

export const DEMO_SITTING_IDS = { preparatory: 's-prep', morning: 's-am', afternoon: 's-pm' } as const;

/** The congress's guiding slogan (phương châm), printed on its banners beside the theme. */
export const DEMO_MOTTO: Readonly<Record<Language, string>> = {
  vi: 'Đoàn kết - Nêu gương - Kỷ cương - Đổi mới - Hiệu quả',
  en: 'Solidarity - Setting an example - Discipline - Renewal - Effectiveness',
};

interface Texts {
  readonly name: (term: string) => string;
  readonly issuingBody: string;
  readonly theme: string;
  readonly venue: string;
  readonly issuer: readonly string[];
  readonly motto: readonly string[];
  readonly sittings: { readonly preparatory: string; readonly morning: string; readonly afternoon: string };
}

const TEXTS: Readonly<Record<Language, Texts>> = {
  vi: {
    name: (term) => `Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh lần thứ XX, nhiệm kỳ ${term}`,
    issuingBody: 'Đảng ủy Khối các cơ quan tỉnh',
    theme:
      'Phát huy truyền thống đoàn kết; đề cao trách nhiệm nêu gương; tăng cường kỷ luật, kỷ cương; ' +
      'đổi mới, sáng tạo, hiệu quả; xây dựng Đảng bộ Khối trong sạch, vững mạnh',
    venue: 'Hội trường lớn, Trung tâm Hội nghị tỉnh',
    issuer: ['ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH', 'ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XX'],
    motto: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
    sittings: {
      preparatory: 'Phiên trù bị',
      morning: 'Phiên chính thức (buổi sáng)',
      afternoon: 'Phiên chính thức (buổi chiều)',
    },
  },
  en: {
    name: (term) => `20th Congress of Delegates of the Party Committee of the Provincial Agencies Bloc, term ${term}`,
    issuingBody: 'Party Committee of the Provincial Agencies Bloc',
    theme:
      'Uphold the tradition of solidarity; raise the duty of setting an example; strengthen discipline and order; ' +
      'renew, create and deliver; build a clean and strong Party organisation of the Bloc',
    venue: 'Main hall, Provincial Conference Centre',
    issuer: ['PARTY COMMITTEE OF THE PROVINCIAL AGENCIES BLOC', '20TH CONGRESS OF DELEGATES'],
    motto: ['COMMUNIST PARTY OF VIETNAM'],
    sittings: {
      preparatory: 'Preparatory sitting',
      morning: 'Official sitting (morning)',
      afternoon: 'Official sitting (afternoon)',
    },
  },
};

/** The place printed under the header ("Nghệ An, ngày 23 tháng 7 năm 2020"). */
export const DEMO_PLACE = 'Nghệ An';

/** A five-year term starting in the congress year, as "2020–2025". */
export function demoTerm(date: string): string {
  const year = Number(date.slice(0, 4));
  return `${year}–${year + 5}`;
}

type SittingInput = CongressInput['sittings'][number];

function sitting(id: string, kind: SittingKind, title: string, date: string, start: string, end: string): SittingInput {
  return { id, kind, title, date, start, end };
}

export function demoCongress(options: DemoOptions): DemoCongress {
  const { date } = options;
  const language = options.language ?? 'vi';
  // The roster checks the date first, so a bad date fails before any text is built.
  const delegates = demoDelegates(date);
  const texts = TEXTS[language];
  const term = demoTerm(date);
  const congress: CongressInput = {
    name: texts.name(term),
    issuingBody: texts.issuingBody,
    term,
    theme: texts.theme,
    venue: texts.venue,
    startDate: date,
    endDate: date,
    language,
    sittings: [
      sitting(DEMO_SITTING_IDS.preparatory, 'preparatory', texts.sittings.preparatory, date, '07:30', '08:00'),
      sitting(DEMO_SITTING_IDS.morning, 'official', texts.sittings.morning, date, '08:00', '11:30'),
      sitting(DEMO_SITTING_IDS.afternoon, 'official', texts.sittings.afternoon, date, '13:30', '17:00'),
    ],
    quorum: { numerator: 2, denominator: 3, comparison: 'atLeast' },
    header: { issuer: [...texts.issuer], motto: [...texts.motto], place: DEMO_PLACE },
    membersRepresented: DEMO_MEMBERS_REPRESENTED,
  };
  return { congress, delegates };
}
