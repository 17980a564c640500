import { TestDesk, congressInput, delegateFields } from './domain.js';
import { createCongress } from '../../shared/domain/congress/commands.js';
import { importRoster } from '../../shared/domain/roster/commands.js';
import { checkIn } from '../../shared/domain/attendance/commands.js';
import { openDiscussion, registerSpeech } from '../../shared/domain/speakers/commands.js';
import type { SpeechFields, SpeechKind } from '../../shared/domain/speakers/model.js';
import type { DelegateFields } from '../../shared/domain/roster/model.js';

/** A congress with a small roster, everyone checked in to the morning sitting, and one open discussion. */
export interface SpeakersDesk {
  readonly desk: TestDesk;
  readonly discussionId: string;
  /** Delegate id by code. */
  readonly id: (code: string) => string;
}

export const ROSTER: readonly DelegateFields[] = [
  delegateFields('A', { fullName: 'Nguyễn Văn An', organisation: 'Sở Tài chính', gender: 'male' }),
  delegateFields('B', { fullName: 'Trần Thị Bình', organisation: 'Sở Tài chính', gender: 'female' }),
  delegateFields('C', { fullName: 'Lê Văn Cường', organisation: 'Sở Y tế', gender: 'male' }),
  delegateFields('D', { fullName: 'Phạm Thị Dung', organisation: 'Sở Y tế', gender: 'female' }),
  delegateFields('E', { fullName: 'Hoàng Văn Em', organisation: 'Sở Nội vụ', gender: null }),
  delegateFields('G', { fullName: 'Đỗ Văn Giang', organisation: 'Tỉnh ủy', category: 'guest', gender: 'male' }),
];

export function speakersDesk(options: { checkedIn?: readonly string[] } = {}): SpeakersDesk {
  const desk = new TestDesk().at('2026-07-23T01:00:00.000Z');
  desk.run(createCongress, congressInput());
  desk.run(importRoster, { fileName: 'r.csv', delegates: [...ROSTER] });
  for (const code of options.checkedIn ?? ['A', 'B', 'C', 'D', 'E', 'G']) {
    desk.run(checkIn, { sittingId: 'am', target: { kind: 'code', code }, method: 'code' });
  }
  const { discussionId } = desk.run(openDiscussion, { sittingId: 'am', title: 'Thảo luận văn kiện', agendaItemId: null, firstTimeSpeakersFirst: false });
  const id = (code: string): string => {
    const found = desk.state.roster.byCode.get(code.toLowerCase());
    if (found === undefined) throw new Error(`no delegate ${code}`);
    return found;
  };
  return { desk, discussionId, id };
}

export function fields(delegateId: string, kind: SpeechKind = 'floorRequest', more: Partial<SpeechFields> = {}): SpeechFields {
  return { speaker: { kind: 'delegate', delegateId }, kind, title: '', document: '', limitSeconds: null, ...more };
}

/** Registers a speech and returns its id. */
export function register(s: SpeakersDesk, code: string, kind: SpeechKind = 'floorRequest', more: Partial<SpeechFields> = {}): string {
  return s.desk.run(registerSpeech, { discussionId: s.discussionId, ...fields(s.id(code), kind, more) }).speechId;
}

/** A guest off the roster who gives the directive speech, without a time limit. */
export const GUEST = { name: 'Võ Thị Hằng', title: 'Phó Chủ tịch UBND tỉnh' } as const;

/**
 * The list of a morning discussion, in this order: An's prepared contribution "Tài chính công",
 * Bình's floor request and the guest's directive speech.
 */
export function registerMorningList(s: SpeakersDesk): void {
  register(s, 'A', 'preparedContribution', { title: 'Tài chính công' });
  register(s, 'B');
  s.desk.run(registerSpeech, {
    discussionId: s.discussionId,
    speaker: { kind: 'guest', ...GUEST },
    kind: 'directiveSpeech',
    title: '',
    document: '',
    limitSeconds: null,
  });
}
