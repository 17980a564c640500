import { describe, expect, it } from 'vitest';
import { callSpeaker, endSpeech, openDiscussion, recordSpeech } from '../../domain/speakers/commands.js';
import { speechLog } from '../../domain/speakers/log.js';
import { speakingStats } from '../../domain/speakers/stats.js';
import { refusal } from '../../../tests/support/agenda.js';
import { TestDesk } from '../../../tests/support/domain.js';
import { fields, register, registerMorningList, speakersDesk, type SpeakersDesk } from '../../../tests/support/speakers.js';
import { speechLogDocument } from './speech-log.js';
import { speakingStatsDocument } from './speaking-stats.js';
import { speechScope } from './speech-scope.js';
import { printRequestProblem } from '../check.js';
import { printRequest } from '../../../tests/support/print.js';

const T = (hhmmss: string) => `2026-07-23T${hhmmss}.000Z`;
const ALL = { sitting: null, discussion: null } as const;

/**
 * Morning discussion: An 7:30 on a 7:00 limit (30 s over), Bình 1:30, a guest off the roster
 * 20:00, Cường still speaking; afternoon discussion: Dung's 3:10 (10 s over) entered afterwards.
 */
function congress(): { s: SpeakersDesk; afternoon: string; now: number } {
  const s = speakersDesk();
  registerMorningList(s);
  const a = s.desk.at(T('02:00:00')).run(callSpeaker, { discussionId: s.discussionId }).speechId;
  const b = s.desk.at(T('02:07:30')).run(callSpeaker, { discussionId: s.discussionId }).speechId;
  s.desk.at(T('02:09:00')).run(endSpeech, { speechId: b });
  const g = s.desk.at(T('02:10:00')).run(callSpeaker, { discussionId: s.discussionId }).speechId;
  s.desk.at(T('02:30:00')).run(endSpeech, { speechId: g });
  register(s, 'C');
  s.desk.at(T('02:36:00')).run(callSpeaker, { discussionId: s.discussionId });
  expect(a).not.toBe(b);
  const { discussionId: afternoon } = s.desk.run(openDiscussion, { sittingId: 'pm', title: 'Thảo luận buổi chiều', agendaItemId: null, firstTimeSpeakersFirst: false });
  s.desk.run(recordSpeech, { discussionId: afternoon, ...fields(s.id('D')), startedAt: T('06:40:00'), endedAt: T('06:43:10') });
  return { s, afternoon, now: Date.parse(T('07:00:00')) };
}

describe('the printed speech log', () => {
  it('lists every speech under its discussion, numbered on, with the totals of the desk’s log', () => {
    const { s, now } = congress();
    const doc = speechLogDocument(s.desk.state, ALL, now);
    expect(doc.groups.map((g) => [g.discussionTitle, g.sitting?.id, g.entries.map((e) => `${e.number} ${e.speaker.name}`)])).toEqual([
      ['Thảo luận văn kiện', 'am', ['1 Nguyễn Văn An', '2 Trần Thị Bình', '3 Võ Thị Hằng', '4 Lê Văn Cường']],
      ['Thảo luận buổi chiều', 'pm', ['5 Phạm Thị Dung']],
    ]);
    expect(doc.groups.flatMap((g) => g.entries)).toEqual(speechLog(s.desk.state, now));
    // An 450 s (limit 420), Bình 90 s, the guest 1,200 s (no limit), Cường 4:24:00 so far (02:36
    // to 07:00, limit 180), Dung 190 s (limit 180).
    expect(doc.totals).toEqual({
      speeches: 5,
      spokenMs: (450 + 90 + 1200 + 4 * 3600 + 24 * 60 + 190) * 1000,
      overrun: 3,
      overrunMs: (30 + (4 * 3600 + 24 * 60 - 180) + 10) * 1000,
      inProgress: 1,
      recorded: 1,
    });
    expect(doc.recordedMarking).toBe('each');
    expect(doc.scope).toMatchObject({ sitting: null, discussion: null, date: '2026-07-23' });
  });

  it('takes a sitting, a discussion, or both, as the desk’s log does', () => {
    const { s, afternoon, now } = congress();
    const names = (options: { sitting: string | null; discussion: string | null }) =>
      speechLogDocument(s.desk.state, options, now).groups.flatMap((g) => g.entries.map((e) => e.speaker.name));
    expect(names({ sitting: 'pm', discussion: null })).toEqual(['Phạm Thị Dung']);
    expect(names({ sitting: null, discussion: s.discussionId })).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Võ Thị Hằng', 'Lê Văn Cường']);
    expect(names({ sitting: 'am', discussion: afternoon })).toEqual([]);
    const pm = speechLogDocument(s.desk.state, { sitting: 'pm', discussion: null }, now);
    expect(pm.recordedMarking).toBe('all');
    expect(pm.scope.sitting?.title).toBe('Phiên chiều');
    expect(speechLogDocument(s.desk.state, { sitting: 'am', discussion: null }, now).recordedMarking).toBe('none');
  });

  it('refuses a sitting or discussion the session does not have, and a session without a congress', () => {
    const { s, now } = congress();
    expect(refusal(() => speechLogDocument(s.desk.state, { sitting: 'evening', discussion: null }, now)).code).toBe('sitting.unknown');
    expect(refusal(() => speechLogDocument(s.desk.state, { sitting: null, discussion: 'nope' }, now)).code).toBe('discussion.unknown');
    expect(refusal(() => speechScope(new TestDesk().state, ALL)).code).toBe('congress.none');
  });

  it('is checked against the session before it renders', () => {
    const { s } = congress();
    const request = (discussion: string) => printRequest('speech-log', { discussion });
    expect(printRequestProblem(s.desk.state, request(s.discussionId))).toBeNull();
    expect(printRequestProblem(s.desk.state, request('nope'))?.code).toBe('discussion.unknown');
  });

  it('dates a discussion’s record on the day of its sitting', () => {
    const { s, afternoon } = congress();
    expect(speechScope(s.desk.state, { sitting: null, discussion: afternoon })).toMatchObject({ date: '2026-07-23', filter: { sittingId: null, discussionId: afternoon } });
  });
});

describe('the printed speaking statistics', () => {
  it('are the desk’s statistics, with shares of time that add up to 100.0 % in every table', () => {
    const { s } = congress();
    const doc = speakingStatsDocument(s.desk.state, ALL);
    expect(doc.stats).toEqual(speakingStats(s.desk.state, {}));
    // Ended speeches only: An 450 s, Bình 90 s, the guest 1,200 s, Dung 190 s = 1,930 s.
    expect(doc.stats.total).toEqual({ speeches: 4, spokenMs: 1_930_000, speakers: 4 });
    expect(doc.byKind.map((k) => [k.kind, k.speeches, k.spokenMs, k.permille])).toEqual([
      ['preparedContribution', 1, 450_000, 233],
      ['floorRequest', 2, 280_000, 145],
      ['directiveSpeech', 1, 1_200_000, 622],
      ['pointOfOrder', 0, 0, 0],
    ]);
    const sum = (rows: readonly { permille: number }[]) => rows.reduce((n, r) => n + r.permille, 0);
    expect(sum(doc.byKind)).toBe(1000);
    expect(sum(doc.byGender) + (doc.byGenderOffRoster?.permille ?? 0)).toBe(1000);
    expect(sum(doc.organisations) + (doc.organisationsOffRoster?.permille ?? 0)).toBe(1000);
    expect(sum(doc.delegates) + sum(doc.guests)).toBe(1000);
  });

  it('counts the guest off the roster apart from every gender and organisation', () => {
    const { s } = congress();
    const doc = speakingStatsDocument(s.desk.state, ALL);
    expect(doc.byGenderOffRoster).toEqual({ speakers: 1, speeches: 1, spokenMs: 1_200_000, permille: 622 });
    expect(doc.organisationsOffRoster).toEqual(doc.byGenderOffRoster);
    expect(doc.guests.map((g) => [g.name, g.title, g.permille])).toEqual([['Võ Thị Hằng', 'Phó Chủ tịch UBND tỉnh', 622]]);
    expect(doc.byGender.map((g) => [g.gender, g.delegates, g.speakers, g.speeches, g.spokenMs])).toEqual([
      ['male', 2, 1, 1, 450_000],
      ['female', 2, 2, 2, 280_000],
      // Hoàng Văn Em's gender is not on the roster: the row stays.
      [null, 1, 0, 0, 0],
    ]);
  });

  it('lists only the organisations that spoke; the others are among those that have not', () => {
    const { s } = congress();
    const doc = speakingStatsDocument(s.desk.state, ALL);
    expect(doc.organisations.map((o) => [o.organisation, o.speakers, o.speeches])).toEqual([
      ['Sở Tài chính', 2, 2],
      ['Sở Y tế', 1, 1],
    ]);
    expect(doc.stats.silentOrganisations).toEqual(['Sở Nội vụ']);
    expect(doc.stats.silentDelegates.map((d) => d.name)).toEqual(['Lê Văn Cường', 'Hoàng Văn Em']);
  });

  it('leaves out the "not given" gender when every delegate has one', () => {
    const s = speakersDesk();
    const doc = speakingStatsDocument(s.desk.state, { sitting: 'am', discussion: null });
    expect(doc.stats.total.speeches).toBe(0);
    expect(doc.byGender.map((g) => g.gender)).toEqual(['male', 'female', null]);
    expect(doc.byGender.every((g) => g.permille === 0)).toBe(true);
    expect(doc.byGenderOffRoster).toBeNull();
  });
});
