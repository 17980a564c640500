import { describe, expect, it } from 'vitest';
import { addSpeechTime, callSpeaker, endSpeech, openDiscussion, pauseSpeech, recordSpeech, resumeSpeech } from './commands.js';
import { speechLog } from './log.js';
import { speakingStats } from './stats.js';
import { fields, register, registerMorningList, speakersDesk, type SpeakersDesk } from '../../../tests/support/speakers.js';

const T = (hhmmss: string) => `2026-07-23T${hhmmss}.000Z`;

/**
 * A morning discussion: An (7 min limit) speaks 02:00:00–02:07:30 with a 60 s pause; Bình twice
 * (3 min floor requests, the second with a minute added); a guest; Cường is still speaking.
 */
function morning(): SpeakersDesk {
  const s = speakersDesk();
  registerMorningList(s);
  const a = s.desk.at(T('02:00:00')).run(callSpeaker, { discussionId: s.discussionId }).speechId;
  s.desk.at(T('02:03:00')).run(pauseSpeech, { speechId: a });
  s.desk.at(T('02:04:00')).run(resumeSpeech, { speechId: a });
  const b = s.desk.at(T('02:08:30')).run(callSpeaker, { discussionId: s.discussionId }).speechId;
  s.desk.at(T('02:10:00')).run(endSpeech, { speechId: b });
  s.desk.at(T('02:10:30')).run(callSpeaker, { discussionId: s.discussionId });
  const g = s.desk.state.speakers.currentSpeechId ?? '';
  s.desk.at(T('02:30:30')).run(endSpeech, { speechId: g });
  const b2 = register(s, 'B');
  s.desk.at(T('02:31:00')).run(callSpeaker, { discussionId: s.discussionId, speechId: b2 });
  s.desk.at(T('02:32:00')).run(addSpeechTime, { speechId: b2, seconds: 60 });
  s.desk.at(T('02:35:30')).run(endSpeech, { speechId: b2 });
  register(s, 'C');
  s.desk.at(T('02:36:00')).run(callSpeaker, { discussionId: s.discussionId });
  return s;
}

describe('the speech log', () => {
  it('lists every speech given, in order, with start, end, time spoken and overrun', () => {
    const s = morning();
    const log = speechLog(s.desk.state, Date.parse(T('02:37:00')));
    expect(log.map((e) => [e.number, e.speaker.name, e.kind, e.startedAt, e.endedAt, e.durationMs / 1000, e.overrunMs / 1000])).toEqual([
      [1, 'Nguyễn Văn An', 'preparedContribution', T('02:00:00'), T('02:08:30'), 450, 30],
      [2, 'Trần Thị Bình', 'floorRequest', T('02:08:30'), T('02:10:00'), 90, 0],
      [3, 'Võ Thị Hằng', 'directiveSpeech', T('02:10:30'), T('02:30:30'), 1200, 0],
      [4, 'Trần Thị Bình', 'floorRequest', T('02:31:00'), T('02:35:30'), 270, 30],
      [5, 'Lê Văn Cường', 'floorRequest', T('02:36:00'), null, 60, 0],
    ]);
    expect(log[0]).toMatchObject({ title: 'Tài chính công', spanMs: 510_000, allowedMs: 420_000, discussionTitle: 'Thảo luận văn kiện', sittingId: 'am' });
    expect(log[0]?.speaker.detail).toBe('Sở Tài chính');
    expect(log[2]?.speaker.detail).toBe('Phó Chủ tịch UBND tỉnh');
    expect(log[2]?.allowedMs).toBeNull();
    expect(log[3]?.allowedMs).toBe(240_000);
  });

  it('filters by discussion and by sitting, and orders a recorded speech by when it was given', () => {
    const s = morning();
    const pm = s.desk.run(openDiscussion, { sittingId: 'pm', title: 'Chiều', agendaItemId: null, firstTimeSpeakersFirst: false });
    s.desk.at(T('09:00:00')).run(recordSpeech, {
      discussionId: pm.discussionId,
      ...fields(s.id('D')),
      startedAt: T('07:00:00'),
      endedAt: T('07:03:10'),
    });
    s.desk.at(T('09:00:00')).run(recordSpeech, {
      discussionId: s.discussionId,
      ...fields(s.id('E')),
      startedAt: T('01:50:00'),
      endedAt: T('01:52:00'),
    });
    const now = Date.parse(T('09:00:00'));
    expect(speechLog(s.desk.state, now).map((e) => e.speaker.name)).toEqual([
      'Hoàng Văn Em',
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Võ Thị Hằng',
      'Trần Thị Bình',
      'Lê Văn Cường',
      'Phạm Thị Dung',
    ]);
    expect(speechLog(s.desk.state, now, { sittingId: 'pm' }).map((e) => [e.number, e.speaker.name, e.overrunMs])).toEqual([[1, 'Phạm Thị Dung', 10_000]]);
    expect(speechLog(s.desk.state, now, { discussionId: pm.discussionId })).toHaveLength(1);
    expect(speechLog(s.desk.state, now, { discussionId: s.discussionId })).toHaveLength(6);
  });
});

describe('speaking statistics', () => {
  it('totals time per delegate, organisation, gender and kind, counting only speeches that ended', () => {
    const s = morning();
    const stats = speakingStats(s.desk.state);
    expect(stats.total).toEqual({ speeches: 4, spokenMs: (450 + 90 + 1200 + 270) * 1000, speakers: 3 });
    expect(stats.delegates.map((d) => [d.name, d.speeches, d.spokenMs / 1000])).toEqual([
      ['Nguyễn Văn An', 1, 450],
      ['Trần Thị Bình', 2, 360],
    ]);
    expect(stats.guests).toEqual([{ name: 'Võ Thị Hằng', title: 'Phó Chủ tịch UBND tỉnh', speeches: 1, spokenMs: 1_200_000 }]);
    expect(stats.byKind.floorRequest).toEqual({ speeches: 2, spokenMs: 360_000 });
    expect(stats.byKind.preparedContribution).toEqual({ speeches: 1, spokenMs: 450_000 });
    expect(stats.byKind.directiveSpeech).toEqual({ speeches: 1, spokenMs: 1_200_000 });
    expect(stats.byKind.pointOfOrder).toEqual({ speeches: 0, spokenMs: 0 });
    expect(stats.organisations.map((o) => [o.organisation, o.delegates, o.speakers, o.speeches, o.spokenMs / 1000])).toEqual([
      ['Sở Tài chính', 2, 2, 3, 810],
      ['Sở Nội vụ', 1, 0, 0, 0],
      ['Sở Y tế', 2, 0, 0, 0],
    ]);
    expect(stats.byGender.map((g) => [g.gender, g.delegates, g.speakers, g.speeches, g.spokenMs / 1000])).toEqual([
      ['male', 2, 1, 1, 450],
      ['female', 2, 1, 2, 360],
      [null, 1, 0, 0, 0],
    ]);
  });

  it('names the summoned delegates and the organisations that have not spoken', () => {
    const s = morning();
    const stats = speakingStats(s.desk.state);
    // Cường is still speaking: not yet counted. The guest delegate Giang is not summoned.
    expect(stats.silentDelegates.map((d) => d.name)).toEqual(['Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em']);
    expect(stats.silentOrganisations).toEqual(['Sở Nội vụ', 'Sở Y tế']);
    const end = s.desk.state.speakers.currentSpeechId ?? '';
    s.desk.at(T('02:40:00')).run(endSpeech, { speechId: end });
    const after = speakingStats(s.desk.state);
    expect(after.silentDelegates.map((d) => d.name)).toEqual(['Phạm Thị Dung', 'Hoàng Văn Em']);
    expect(after.silentOrganisations).toEqual(['Sở Nội vụ']);
  });

  it('counts nothing for a sitting without speeches, and everyone summoned as not having spoken', () => {
    const s = morning();
    const stats = speakingStats(s.desk.state, { sittingId: 'pm' });
    expect(stats.total).toEqual({ speeches: 0, spokenMs: 0, speakers: 0 });
    expect(stats.silentDelegates).toHaveLength(5);
    expect(stats.silentOrganisations).toEqual(['Sở Nội vụ', 'Sở Tài chính', 'Sở Y tế']);
  });
});
