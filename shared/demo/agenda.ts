// The demo congress's agenda: its preparatory, morning and afternoon sittings as the secretariat of
// such a congress plans them, with the presenters of the demo roster named by their code and the
// prepared contributions of the discussion. Pure data, in Vietnamese and English.

import type { Language } from '../domain/congress/model.js';
import type { AgendaItemFields, AgendaKind, Presenter } from '../domain/agenda/model.js';
import type { AgendaOutline } from '../domain/agenda/commands.js';
import { DEMO_SITTING_IDS } from './congress.js';
import { DEMO_DISCUSSION_SPEECHES, DEMO_PRESENTATIONS, type DemoAgendaRole, type DemoText } from './discussion.js';

/** A presenter on the demo roster (by code), or a guest who is not on it. */
export type DemoPresenter = { readonly code: string } | { readonly name: string; readonly title: DemoText } | null;

export interface DemoAgendaEntry {
  readonly kind: AgendaKind;
  readonly title: DemoText;
  readonly minutes: number;
  readonly presenter: DemoPresenter;
  readonly description?: DemoText;
  readonly notes?: DemoText;
  readonly subItems?: readonly DemoAgendaEntry[];
}

export type DemoSittingKey = keyof typeof DEMO_SITTING_IDS;

const t = (vi: string, en: string): DemoText => ({ vi, en });

/** The master of ceremonies, from the bloc committee's office: not a delegate. */
const MASTER_OF_CEREMONIES: DemoPresenter = { name: 'Nguyễn Thị Thu Hà', title: t('Phó Chánh Văn phòng Đảng ủy Khối', 'Deputy head of the Bloc Committee office') };

function presentation(role: DemoAgendaRole, kind: AgendaKind, more: Partial<DemoAgendaEntry> = {}): DemoAgendaEntry {
  const found = DEMO_PRESENTATIONS.find((p) => p.role === role);
  if (!found) throw new Error(`no demo presentation for ${role}`);
  return { kind, title: found.title, minutes: found.minutes, presenter: { code: found.presenterCode }, ...more };
}

const item = (kind: AgendaKind, title: DemoText, minutes: number, presenter: DemoPresenter, more: Partial<DemoAgendaEntry> = {}): DemoAgendaEntry => ({
  kind,
  title,
  minutes,
  presenter,
  ...more,
});

export const DEMO_AGENDA: Readonly<Record<DemoSittingKey, readonly DemoAgendaEntry[]>> = {
  preparatory: [
    item('procedure', t('Báo cáo tình hình đại biểu có mặt', 'Report on the delegates present'), 3, { code: 'DB005' }, {
      notes: t('Số liệu lấy từ màn hình điểm danh lúc 07:30.', 'Figures from the check-in screen at 07:30.'),
    }),
    item('election', t('Bầu các cơ quan làm việc của Đại hội', 'Election of the working bodies of the congress'), 0, { code: 'DB002' }, {
      subItems: [
        item('election', t('Bầu Đoàn Chủ tịch Đại hội', 'Election of the presidium'), 4, { code: 'DB002' }, {
          notes: t('Danh sách đề cử 11 đồng chí; biểu quyết bằng giơ thẻ đại biểu.', 'Eleven nominees; vote by raising the delegate card.'),
        }),
        item('election', t('Bầu Đoàn Thư ký Đại hội', 'Election of the secretariat'), 3, { code: 'DB002' }),
        item('election', t('Bầu Ban Thẩm tra tư cách đại biểu', 'Election of the credentials committee'), 3, { code: 'DB002' }),
      ],
    }),
    item('vote', t('Thông qua chương trình làm việc của Đại hội', 'Adoption of the agenda of the congress'), 4, { code: 'DB004' }),
    item('vote', t('Thông qua quy chế làm việc của Đại hội', 'Adoption of the working rules of the congress'), 5, { code: 'DB006' }),
  ],
  morning: [
    item('ceremony', t('Chào cờ, hát Quốc ca, Quốc tế ca', 'Flag salute, national anthem and the Internationale'), 5, null, {
      notes: t('Mời đại biểu đứng nghiêm; Ban Tổ chức phát nhạc.', 'Delegates stand; the organising staff play the music.'),
    }),
    item('procedure', t('Tuyên bố lý do, giới thiệu đại biểu', 'Purpose of the congress, introduction of guests'), 7, MASTER_OF_CEREMONIES),
    presentation('opening', 'speech'),
    item('report', t('Thẩm tra tư cách đại biểu', 'Credentials of the delegates'), 0, null, {
      subItems: [
        presentation('credentialsReport', 'report'),
        item('vote', t('Biểu quyết thông qua báo cáo thẩm tra tư cách đại biểu', 'Vote on the report of the credentials committee'), 3, { code: 'DB001' }, {
          notes: t('Biểu quyết bằng giơ thẻ đại biểu; Đoàn Thư ký ghi kết quả vào biên bản.', 'Vote by raising the delegate card; the secretariat records the result.'),
        }),
      ],
    }),
    presentation('politicalReport', 'report', {
      description: t('Trình bày tóm tắt; toàn văn trong tài liệu Đại hội.', 'Summary; the full text is in the congress documents.'),
    }),
    presentation('reviewReport', 'report'),
    item('break', t('Giải lao', 'Break'), 15, null),
    item('discussion', t('Thảo luận, tham luận các văn kiện Đại hội', 'Discussion of the congress documents'), 0, null, {
      subItems: [
        ...DEMO_DISCUSSION_SPEECHES.map((speech) => item('discussion', speech.title, speech.minutes, { code: speech.presenterCode })),
        item('discussion', t('Ý kiến phát biểu tại hội trường', 'Contributions from the floor'), 20, null, {
          notes: t('Mỗi ý kiến tối đa 5 phút; ý kiến về thủ tục được phát biểu trước.', 'Five minutes each at most; points of order go first.'),
        }),
      ],
    }),
  ],
  afternoon: [
    presentation('directiveSpeech', 'speech', {
      notes: t('Không ngắt lời; ghi giờ bắt đầu và kết thúc cho biên bản.', 'Not cut off; record the start and end for the minutes.'),
    }),
    presentation('response', 'speech'),
    item('election', t('Bầu cử', 'Elections'), 0, null, {
      subItems: [
        item('vote', t('Thông qua quy chế bầu cử; bầu Ban Kiểm phiếu', 'Adoption of the election rules; election of the vote-counting committee'), 10, { code: 'DB002' }),
        item('election', t('Bầu Ban Chấp hành Đảng bộ Khối khóa XX', 'Election of the 20th executive committee of the Bloc'), 50, { code: 'DB002' }, {
          description: t('Bỏ phiếu kín.', 'Secret ballot.'),
        }),
        item('election', t('Bầu đoàn đại biểu dự Đại hội đại biểu Đảng bộ tỉnh', 'Election of the delegates to the provincial party congress'), 40, { code: 'DB002' }, {
          description: t('Bỏ phiếu kín.', 'Secret ballot.'),
        }),
      ],
    }),
    item('break', t('Giải lao', 'Break'), 15, null, {
      notes: t('Ban Kiểm phiếu làm việc tại phòng kiểm phiếu.', 'The vote-counting committee counts in its room.'),
    }),
    item('procedure', t('Công bố kết quả bầu cử', 'Announcement of the election results'), 10, { code: 'DB004' }),
    item('vote', t('Thông qua Nghị quyết Đại hội', 'Adoption of the resolution of the congress'), 15, { code: 'DB003' }),
    item('ceremony', t('Bế mạc Đại hội', 'Closing of the congress'), 0, null, {
      subItems: [presentation('closing', 'speech'), item('ceremony', t('Chào cờ bế mạc', 'Closing flag salute'), 5, null)],
    }),
  ],
};

function presenterOf(presenter: DemoPresenter, language: Language, delegateIdOf: (code: string) => string | undefined): Presenter | null {
  if (presenter === null) return null;
  if ('code' in presenter) {
    const delegateId = delegateIdOf(presenter.code);
    if (delegateId === undefined) throw new Error(`demo presenter ${presenter.code} is not on the demo roster`);
    return { kind: 'delegate', delegateId };
  }
  return { kind: 'guest', name: presenter.name, title: presenter.title[language] };
}

function fieldsOf(entry: DemoAgendaEntry, language: Language, delegateIdOf: (code: string) => string | undefined): AgendaItemFields {
  return {
    title: entry.title[language],
    kind: entry.kind,
    presenter: presenterOf(entry.presenter, language, delegateIdOf),
    fixedStart: null,
    durationMinutes: entry.minutes,
    description: entry.description?.[language] ?? '',
    notes: entry.notes?.[language] ?? '',
  };
}

/** The demo agenda of each sitting, presenters resolved to the ids the demo roster got on import. */
export function demoAgendaOutlines(
  language: Language,
  delegateIdOf: (code: string) => string | undefined,
): { readonly sittingId: string; readonly outline: AgendaOutline }[] {
  return (Object.keys(DEMO_AGENDA) as DemoSittingKey[]).map((key) => ({
    sittingId: DEMO_SITTING_IDS[key],
    outline: DEMO_AGENDA[key].map((entry) => ({
      fields: fieldsOf(entry, language, delegateIdOf),
      subItems: (entry.subItems ?? []).map((sub) => fieldsOf(sub, language, delegateIdOf)),
    })),
  }));
}
