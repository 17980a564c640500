// The agenda file template offered for download: the columns the importer reads, headed in the
// user's language, with example rows showing an item, its sub-items, a time range and a guest.
// Written as Excel writes "CSV UTF-8" (byte order mark, CRLF), so the Vietnamese letters survive.

import type { Language } from '../domain/congress/model.js';
import agendaEn from '../i18n/agenda/en.json' with { type: 'json' };
import agendaVi from '../i18n/agenda/vi.json' with { type: 'json' };
import { toCsv } from '../export/csv.js';
import type { AgendaColumn } from './problems.js';

export const TEMPLATE_COLUMNS = ['number', 'start', 'duration', 'title', 'kind', 'presenter', 'presenterTitle', 'description', 'notes'] as const satisfies readonly AgendaColumn[];
type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];

const LOCALES = { vi: agendaVi, en: agendaEn } as const satisfies Record<Language, unknown>;

function examples(language: Language): readonly Readonly<Record<TemplateColumn, string>>[] {
  const kind = LOCALES[language].kind;
  const vi = language === 'vi';
  const row = (values: Partial<Record<TemplateColumn, string>>): Record<TemplateColumn, string> => ({
    number: '', start: '', duration: '', title: '', kind: '', presenter: '', presenterTitle: '', description: '', notes: '', ...values,
  });
  return [
    row({ number: '1', start: '08:00', duration: '5', title: vi ? 'Chào cờ, hát Quốc ca' : 'Flag salute and national anthem', kind: kind.ceremony,
      notes: vi ? 'Mời đại biểu đứng nghiêm' : 'Delegates stand' }),
    row({ number: '2', duration: '15', title: vi ? 'Diễn văn khai mạc Đại hội' : 'Opening speech', kind: kind.speech, presenter: 'DB001' }),
    row({ number: '3', title: vi ? 'Thảo luận, tham luận' : 'Discussion', kind: kind.discussion }),
    row({ number: '3.1', duration: '7', title: vi ? 'Tham luận của Đảng bộ Sở Y tế' : 'Contribution of the Department of Health', kind: kind.discussion, presenter: 'DB012' }),
    row({ number: '3.2', duration: '20', title: vi ? 'Ý kiến phát biểu tại hội trường' : 'Contributions from the floor', kind: kind.discussion }),
    row({ number: '', start: '10:00 - 10:15', title: vi ? 'Giải lao' : 'Break', kind: kind.break }),
    row({ number: '4', duration: '30', title: vi ? 'Phát biểu chỉ đạo' : 'Directive speech', kind: kind.speech,
      presenter: vi ? 'Nguyễn Văn Lâm' : 'Nguyen Van Lam', presenterTitle: vi ? 'Bí thư Tỉnh ủy' : 'Provincial party secretary',
      description: vi ? 'Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo Đại hội' : 'The provincial party secretary addresses the congress' }),
  ];
}

export interface AgendaTemplateFile {
  readonly fileName: string;
  /** Prefixed with a byte order mark; encode as UTF-8. */
  readonly content: string;
}

export function agendaTemplateFile(language: Language): AgendaTemplateFile {
  const locale = LOCALES[language];
  const header = TEMPLATE_COLUMNS.map((column) => locale.import.columns[column]);
  const rows = examples(language).map((example) => TEMPLATE_COLUMNS.map((column) => example[column]));
  return { fileName: locale.import.templateFileName, content: toCsv([header, ...rows]) };
}
