// The roster template offered for download: the columns the importer reads, headed in the user's
// language, with two example rows. Written as Excel writes "CSV UTF-8" (a byte order mark, CRLF
// line ends), so that Excel opens it with the Vietnamese letters intact.

import type { Language } from '../domain/congress/model.js';
import importEn from '../i18n/import/en.json' with { type: 'json' };
import importVi from '../i18n/import/vi.json' with { type: 'json' };
import type { RosterField } from './problems.js';
import { toCsv } from '../export/csv.js';

/** The template's columns, in order; the date of birth is left out because the year is what reports use. */
export const TEMPLATE_FIELDS = [
  'code',
  'fullName',
  'organisation',
  'gender',
  'birthYear',
  'ethnicity',
  'position',
  'partyAdmissionDate',
  'education',
  'politicalTheory',
  'category',
] as const satisfies readonly RosterField[];
type TemplateField = (typeof TEMPLATE_FIELDS)[number];

const LOCALES = { vi: importVi, en: importEn } as const satisfies Record<Language, unknown>;

/** Synthetic people: an ex officio member and an elected delegate from an ethnic minority. */
function examples(language: Language): readonly Readonly<Record<TemplateField, string>>[] {
  const { gender, category } = LOCALES[language].values;
  const vi = language === 'vi';
  return [
    {
      code: 'DB001',
      fullName: 'Nguyễn Văn An',
      organisation: vi ? 'Văn phòng Đảng ủy Khối' : 'Office of the Party Committee',
      gender: gender.male,
      birthYear: '1968',
      ethnicity: 'Kinh',
      position: vi ? 'Chánh Văn phòng' : 'Head of Office',
      partyAdmissionDate: '03/02/1995',
      education: vi ? 'Thạc sĩ' : "Master's degree",
      politicalTheory: vi ? 'Cao cấp' : 'Advanced',
      category: category.exOfficio,
    },
    {
      code: 'DB002',
      fullName: 'Lò Thị Hoa',
      organisation: vi ? 'Sở Giáo dục và Đào tạo' : 'Department of Education and Training',
      gender: gender.female,
      birthYear: '1985',
      ethnicity: 'Thái',
      position: vi ? 'Phó Giám đốc' : 'Deputy Director',
      partyAdmissionDate: '19/05/2010',
      education: vi ? 'Đại học' : "Bachelor's degree",
      politicalTheory: vi ? 'Trung cấp' : 'Intermediate',
      category: category.elected,
    },
  ];
}

export interface RosterTemplate {
  readonly fileName: string;
  /** Prefixed with a byte order mark; encode as UTF-8. */
  readonly content: string;
}

export function rosterTemplate(language: Language): RosterTemplate {
  const locale = LOCALES[language];
  const header = TEMPLATE_FIELDS.map((field) => locale.columns[field]);
  const rows = examples(language).map((example) => TEMPLATE_FIELDS.map((field) => example[field]));
  return { fileName: locale.template.fileName, content: toCsv([header, ...rows]) };
}
