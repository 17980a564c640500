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

type Entry = AgendaOutline[number];
const entry = (fields: AgendaItemFields, subItems: AgendaItemFields[] = []): Entry => ({ fields, subItems });

interface TemplateBlocks {
  /** Phiên trù bị: the congress organises itself. */
  readonly preparatory: AgendaOutline;
  /** The first official sitting: opening, credentials, reports, discussion. */
  readonly opening: AgendaOutline;
  /** The last official sitting: directive speech, elections, resolution, closing. */
  readonly closing: AgendaOutline;
}

const TEMPLATES: Readonly<Record<Language, TemplateBlocks>> = {
  vi: {
    preparatory: [
      entry(agendaItem('procedure', 'Báo cáo tình hình đại biểu có mặt', 3)),
      entry(agendaItem('election', 'Bầu các cơ quan làm việc của Đại hội', 0), [
        agendaItem('election', 'Bầu Đoàn Chủ tịch Đại hội', 4),
        agendaItem('election', 'Bầu Đoàn Thư ký Đại hội', 3),
        agendaItem('election', 'Bầu Ban Thẩm tra tư cách đại biểu', 3),
      ]),
      entry(agendaItem('vote', 'Thông qua chương trình làm việc của Đại hội', 4)),
      entry(agendaItem('vote', 'Thông qua quy chế làm việc của Đại hội', 5)),
    ],
    opening: [
      entry(agendaItem('ceremony', 'Chào cờ, hát Quốc ca', 5)),
      entry(agendaItem('procedure', 'Tuyên bố lý do, giới thiệu đại biểu', 7)),
      entry(agendaItem('speech', 'Diễn văn khai mạc Đại hội', 15)),
      entry(agendaItem('report', 'Thẩm tra tư cách đại biểu', 0), [
        agendaItem('report', 'Báo cáo thẩm tra tư cách đại biểu', 10),
        agendaItem('vote', 'Biểu quyết thông qua báo cáo thẩm tra tư cách đại biểu', 3),
      ]),
      entry(agendaItem('report', 'Báo cáo chính trị', 40)),
      entry(agendaItem('report', 'Báo cáo kiểm điểm của Ban Chấp hành nhiệm kỳ qua', 20)),
      entry(agendaItem('break', 'Giải lao', 15)),
      entry(agendaItem('discussion', 'Thảo luận, tham luận các văn kiện Đại hội', 90)),
    ],
    closing: [
      entry(agendaItem('speech', 'Phát biểu chỉ đạo của đồng chí lãnh đạo cấp trên', 30)),
      entry(agendaItem('speech', 'Phát biểu tiếp thu ý kiến chỉ đạo', 5)),
      entry(agendaItem('election', 'Bầu cử', 0), [
        agendaItem('election', 'Bầu Ban Chấp hành khóa mới', 50),
        agendaItem('election', 'Bầu đoàn đại biểu dự Đại hội cấp trên', 40),
      ]),
      entry(agendaItem('break', 'Giải lao', 15)),
      entry(agendaItem('vote', 'Thông qua Nghị quyết Đại hội', 15)),
      entry(agendaItem('ceremony', 'Bế mạc Đại hội', 0), [
        agendaItem('speech', 'Diễn văn bế mạc', 10),
        agendaItem('ceremony', 'Chào cờ bế mạc', 5),
      ]),
    ],
  },
  en: {
    preparatory: [
      entry(agendaItem('procedure', 'Report on the delegates present', 3)),
      entry(agendaItem('election', 'Election of the working bodies of the congress', 0), [
        agendaItem('election', 'Election of the presidium', 4),
        agendaItem('election', 'Election of the secretariat', 3),
        agendaItem('election', 'Election of the credentials committee', 3),
      ]),
      entry(agendaItem('vote', 'Adoption of the agenda of the congress', 4)),
      entry(agendaItem('vote', 'Adoption of the working rules of the congress', 5)),
    ],
    opening: [
      entry(agendaItem('ceremony', 'Flag salute and national anthem', 5)),
      entry(agendaItem('procedure', 'Purpose of the congress, introduction of guests', 7)),
      entry(agendaItem('speech', 'Opening speech', 15)),
      entry(agendaItem('report', 'Credentials of the delegates', 0), [
        agendaItem('report', 'Report of the credentials committee', 10),
        agendaItem('vote', 'Vote on the report of the credentials committee', 3),
      ]),
      entry(agendaItem('report', 'Political report', 40)),
      entry(agendaItem('report', 'Review report of the outgoing executive committee', 20)),
      entry(agendaItem('break', 'Break', 15)),
      entry(agendaItem('discussion', 'Discussion of the congress documents', 90)),
    ],
    closing: [
      entry(agendaItem('speech', 'Directive speech by the upper-level leader', 30)),
      entry(agendaItem('speech', 'Response of the presidium to the directive speech', 5)),
      entry(agendaItem('election', 'Elections', 0), [
        agendaItem('election', 'Election of the new executive committee', 50),
        agendaItem('election', 'Election of the delegates to the higher congress', 40),
      ]),
      entry(agendaItem('break', 'Break', 15)),
      entry(agendaItem('vote', 'Adoption of the resolution of the congress', 15)),
      entry(agendaItem('ceremony', 'Closing of the congress', 0), [
        agendaItem('speech', 'Closing speech', 10),
        agendaItem('ceremony', 'Closing flag salute', 5),
      ]),
    ],
  },
};

/**
 * Which sitting gets which part of the usual agenda: the preparatory part to the first preparatory
 * sitting, the opening part to the first official sitting, the closing part to the last official
 * sitting (all to one when there is only one). Without a preparatory sitting, its part opens the
 * first sitting; without an official one, everything goes to the last sitting.
 */
export function agendaTemplate(congress: Congress): { readonly sitting: Sitting; readonly outline: AgendaOutline }[] {
  const blocks = TEMPLATES[congress.language];
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
