import type { Decide } from '../decision.js';
import type { SessionEvent } from '../events.js';
import type { Congress, Language, Sitting } from '../congress/model.js';
import { createCongress, type ParsedCongressInput } from '../congress/commands.js';
import type { SessionState } from '../state.js';
import type { CommandContext } from '../decision.js';
import type { AgendaItemFields, AgendaKind } from './model.js';
import { outlineEvents, type AgendaOutline } from './commands.js';

// The usual agenda of a delegates' congress (see the domain notes, "Sittings and agenda"), in the
// congress's language. A new congress starts from it as ordinary items the secretariat then edits.

export function agendaItem(kind: AgendaKind, title: string, durationMinutes: number, more: Partial<AgendaItemFields> = {}): AgendaItemFields {
  return { title, kind, presenter: null, fixedStart: null, durationMinutes, description: '', notes: '', ...more };
}

interface TemplateBlocks {
  /** Phiên trù bị: the congress organises itself. */
  readonly preparatory: AgendaOutline;
  /** The first official sitting: opening, credentials, reports, discussion. */
  readonly opening: AgendaOutline;
  /** The last official sitting: directive speech, elections, resolution, closing. */
  readonly closing: AgendaOutline;
}

/** An item of the usual agenda, its title in both languages a congress may be held in. */
interface TemplateItem {
  readonly kind: AgendaKind;
  readonly title: Readonly<Record<Language, string>>;
  readonly minutes: number;
}

interface TemplateEntry extends TemplateItem {
  readonly subItems: readonly TemplateItem[];
}

const t = (vi: string, en: string): Readonly<Record<Language, string>> => ({ vi, en });
const item = (kind: AgendaKind, title: Readonly<Record<Language, string>>, minutes: number, subItems: readonly TemplateItem[] = []): TemplateEntry => ({
  kind,
  title,
  minutes,
  subItems,
});

const TEMPLATE: Readonly<Record<keyof TemplateBlocks, readonly TemplateEntry[]>> = {
  preparatory: [
    item('procedure', t('Báo cáo tình hình đại biểu có mặt', 'Report on the delegates present'), 3),
    item('election', t('Bầu các cơ quan làm việc của Đại hội', 'Election of the working bodies of the congress'), 0, [
      item('election', t('Bầu Đoàn Chủ tịch Đại hội', 'Election of the presidium'), 4),
      item('election', t('Bầu Đoàn Thư ký Đại hội', 'Election of the secretariat'), 3),
      item('election', t('Bầu Ban Thẩm tra tư cách đại biểu', 'Election of the credentials committee'), 3),
    ]),
    item('vote', t('Thông qua chương trình làm việc của Đại hội', 'Adoption of the agenda of the congress'), 4),
    item('vote', t('Thông qua quy chế làm việc của Đại hội', 'Adoption of the working rules of the congress'), 5),
  ],
  opening: [
    item('ceremony', t('Chào cờ, hát Quốc ca', 'Flag salute and national anthem'), 5),
    item('procedure', t('Tuyên bố lý do, giới thiệu đại biểu', 'Purpose of the congress, introduction of guests'), 7),
    item('speech', t('Diễn văn khai mạc Đại hội', 'Opening speech'), 15),
    item('report', t('Thẩm tra tư cách đại biểu', 'Credentials of the delegates'), 0, [
      item('report', t('Báo cáo thẩm tra tư cách đại biểu', 'Report of the credentials committee'), 10),
      item('vote', t('Biểu quyết thông qua báo cáo thẩm tra tư cách đại biểu', 'Vote on the report of the credentials committee'), 3),
    ]),
    item('report', t('Báo cáo chính trị', 'Political report'), 40),
    item('report', t('Báo cáo kiểm điểm của Ban Chấp hành nhiệm kỳ qua', 'Review report of the outgoing executive committee'), 20),
    item('break', t('Giải lao', 'Break'), 15),
    item('discussion', t('Thảo luận, tham luận các văn kiện Đại hội', 'Discussion of the congress documents'), 90),
  ],
  closing: [
    item('speech', t('Phát biểu chỉ đạo của đồng chí lãnh đạo cấp trên', 'Directive speech by the upper-level leader'), 30),
    item('speech', t('Phát biểu tiếp thu ý kiến chỉ đạo', 'Response of the presidium to the directive speech'), 5),
    item('election', t('Bầu cử', 'Elections'), 0, [
      item('election', t('Bầu Ban Chấp hành khóa mới', 'Election of the new executive committee'), 50),
      item('election', t('Bầu đoàn đại biểu dự Đại hội cấp trên', 'Election of the delegates to the higher congress'), 40),
    ]),
    item('break', t('Giải lao', 'Break'), 15),
    item('vote', t('Thông qua Nghị quyết Đại hội', 'Adoption of the resolution of the congress'), 15),
    item('ceremony', t('Bế mạc Đại hội', 'Closing of the congress'), 0, [
      item('speech', t('Diễn văn bế mạc', 'Closing speech'), 10),
      item('ceremony', t('Chào cờ bế mạc', 'Closing flag salute'), 5),
    ]),
  ],
};

/** The usual agenda in one language, as the outlines the sittings of a new congress are given. */
function templateBlocks(language: Language): TemplateBlocks {
  const fields = (entry: TemplateItem) => agendaItem(entry.kind, entry.title[language], entry.minutes);
  const outline = (entries: readonly TemplateEntry[]): AgendaOutline => entries.map((entry) => ({ fields: fields(entry), subItems: entry.subItems.map(fields) }));
  return { preparatory: outline(TEMPLATE.preparatory), opening: outline(TEMPLATE.opening), closing: outline(TEMPLATE.closing) };
}

/**
 * Which sitting gets which part of the usual agenda: the preparatory part to the first preparatory
 * sitting, the opening part to the first official sitting, the closing part to the last official
 * sitting (all to one when there is only one). Without a preparatory sitting, its part opens the
 * first sitting; without an official one, everything goes to the last sitting.
 */
export function agendaTemplate(congress: Congress): { readonly sitting: Sitting; readonly outline: AgendaOutline }[] {
  const blocks = templateBlocks(congress.language);
  const official = congress.sittings.filter((s) => s.kind === 'official');
  const first = official[0] ?? congress.sittings[congress.sittings.length - 1];
  const last = official[official.length - 1] ?? first;
  const preparatory = congress.sittings.find((s) => s.kind === 'preparatory') ?? first;
  const bySitting = new Map<string, AgendaOutline>();
  const add = (sitting: Sitting | undefined, outline: AgendaOutline) => {
    if (sitting) bySitting.set(sitting.id, [...(bySitting.get(sitting.id) ?? []), ...outline]);
  };
  add(preparatory, blocks.preparatory);
  add(first, blocks.opening);
  add(last, blocks.closing);
  return congress.sittings.flatMap((sitting) => {
    const outline = bySitting.get(sitting.id);
    return outline ? [{ sitting, outline }] : [];
  });
}

export function agendaTemplateEvents(state: SessionState, congress: Congress, context: CommandContext): SessionEvent[] {
  return agendaTemplate(congress).flatMap(({ sitting, outline }) => outlineEvents(state, sitting.id, outline, 'template', '', context));
}

/** A new congress with the usual agenda, appended together: a congress is never seen without its agenda. */
export const createCongressWithAgenda: Decide<ParsedCongressInput, Congress> = (state, input, context) => {
  const created = createCongress(state, input, context);
  return { events: [...created.events, ...agendaTemplateEvents(state, created.result, context)], result: created.result };
};
