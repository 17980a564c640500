import { describe, expect, it } from 'vitest';
import {
  activateDiscussion,
  callSpeaker,
  closeSpeakerList,
  endSpeech,
  importSpeeches,
  moveSpeech,
  openDiscussion,
  registerSpeech,
  reopenSpeakerList,
  restoreSpeech,
  setSpeakerSettings,
  undoCallSpeaker,
  updateDiscussion,
  updateSpeech,
  withdrawSpeech,
  pauseSpeech,
} from './commands.js';
import { waitingQueue } from './queue.js';
import { currentSpeech, hallView } from './select.js';
import { DEFAULT_SPEAKER_SETTINGS } from './model.js';
import { removeDelegate } from '../roster/commands.js';
import { updateCongress } from '../congress/commands.js';
import { congressInput } from '../../../tests/support/domain.js';
import { fields, register, speakersDesk, type SpeakersDesk } from '../../../tests/support/speakers.js';
import { add } from '../../../tests/support/agenda.js';

const queueOf = (s: SpeakersDesk) => waitingQueue(s.desk.state, s.discussionId).map((q) => q.speech.id);

describe('discussions', () => {
  it('opens a discussion of a sitting and makes it the one the desk runs', () => {
    const s = speakersDesk();
    const discussion = s.desk.state.speakers.discussions.get(s.discussionId);
    expect(discussion).toMatchObject({ sittingId: 'am', title: 'Thảo luận văn kiện', agendaItemId: null, listClosed: false, order: [] });
    expect(s.desk.state.speakers.activeDiscussionId).toBe(s.discussionId);
    expect(() => s.desk.run(openDiscussion, { sittingId: 'nope', title: 'x', agendaItemId: null, firstTimeSpeakersFirst: false })).toThrowError(/sitting.unknown/);
  });

  it('follows an agenda item of its own sitting, and changes title and option', () => {
    const s = speakersDesk();
    const item = add(s.desk, 'Thảo luận các văn kiện', 90, { kind: 'discussion', sittingId: 'am' });
    const elsewhere = add(s.desk, 'Thảo luận buổi chiều', 60, { kind: 'discussion', sittingId: 'pm' });
    s.desk.run(updateDiscussion, { discussionId: s.discussionId, title: 'Thảo luận', agendaItemId: item.id, firstTimeSpeakersFirst: true });
    expect(s.desk.state.speakers.discussions.get(s.discussionId)).toMatchObject({ title: 'Thảo luận', agendaItemId: item.id, firstTimeSpeakersFirst: true });
    const before = s.desk.entries.length;
    s.desk.run(updateDiscussion, { discussionId: s.discussionId, title: 'Thảo luận', agendaItemId: item.id, firstTimeSpeakersFirst: true });
    expect(s.desk.entries.length).toBe(before);
    // An item of another sitting, or one that does not exist, is refused.
    expect(() => s.desk.run(updateDiscussion, { discussionId: s.discussionId, title: 'x', agendaItemId: elsewhere.id, firstTimeSpeakersFirst: true })).toThrowError(/discussion.agendaItem/);
    expect(() => s.desk.run(openDiscussion, { sittingId: 'am', title: 'x', agendaItemId: 'no-such-item', firstTimeSpeakersFirst: false })).toThrowError(/discussion.agendaItem/);
  });

  it('does not move the desk to another discussion while someone is speaking', () => {
    const s = speakersDesk();
    register(s, 'A');
    s.desk.run(callSpeaker, { discussionId: s.discussionId });
    const other = s.desk.run(openDiscussion, { sittingId: 'pm', title: 'Chiều', agendaItemId: null, firstTimeSpeakersFirst: false });
    expect(s.desk.state.speakers.activeDiscussionId).toBe(s.discussionId);
    expect(() => s.desk.run(activateDiscussion, other)).toThrowError(/speech.inProgress/);
    s.desk.run(endSpeech, { speechId: currentSpeech(s.desk.state)?.id ?? '' });
    s.desk.run(activateDiscussion, other);
    expect(s.desk.state.speakers.activeDiscussionId).toBe(other.discussionId);
  });

  it('keeps a sitting that has a discussion', () => {
    const s = speakersDesk();
    const congress = s.desk.state.congress;
    if (!congress) throw new Error('no congress');
    expect(() => s.desk.run(updateCongress, congressInput({ sittings: congress.sittings.filter((x) => x.id !== 'am') }))).toThrowError(/congress.sittingInUse/);
  });
});

describe('the waiting list', () => {
  it('lists registrations in order; a point of order goes ahead', () => {
    const s = speakersDesk();
    const a = register(s, 'A', 'preparedContribution', { title: 'Tham luận 1' });
    const b = register(s, 'B', 'preparedContribution', { title: 'Tham luận 2' });
    const c = register(s, 'C');
    const p = register(s, 'D', 'pointOfOrder');
    expect(queueOf(s)).toEqual([p, a, b, c]);
  });

  it('reorders by position, and a point of order stays ahead whatever is dragged above it', () => {
    const s = speakersDesk();
    const a = register(s, 'A');
    const b = register(s, 'B');
    const c = register(s, 'C');
    s.desk.run(moveSpeech, { speechId: c, toIndex: 0 });
    expect(queueOf(s)).toEqual([c, a, b]);
    s.desk.run(moveSpeech, { speechId: c, toIndex: 2 });
    expect(queueOf(s)).toEqual([a, b, c]);
    s.desk.run(moveSpeech, { speechId: a, toIndex: 1 });
    expect(queueOf(s)).toEqual([b, a, c]);
    const p = register(s, 'D', 'pointOfOrder');
    const before = s.desk.entries.length;
    s.desk.run(moveSpeech, { speechId: b, toIndex: 0 });
    expect(queueOf(s)).toEqual([p, b, a, c]);
    expect(s.desk.entries.length).toBe(before);
  });

  it('withdraws and restores a request at its former place', () => {
    const s = speakersDesk();
    const a = register(s, 'A');
    const b = register(s, 'B');
    const c = register(s, 'C');
    s.desk.run(withdrawSpeech, { speechId: b });
    expect(queueOf(s)).toEqual([a, c]);
    expect(() => s.desk.run(withdrawSpeech, { speechId: b })).toThrowError(/speech.notWaiting/);
    expect(() => s.desk.run(moveSpeech, { speechId: b, toIndex: 0 })).toThrowError(/speech.notWaiting/);
    s.desk.run(restoreSpeech, { speechId: b });
    expect(queueOf(s)).toEqual([a, b, c]);
    expect(() => s.desk.run(restoreSpeech, { speechId: b })).toThrowError(/speech.notWithdrawn/);
  });

  it('with first-time speakers first, someone who has spoken drops behind those who have not', () => {
    const s = speakersDesk();
    s.desk.run(updateDiscussion, { discussionId: s.discussionId, title: 'Thảo luận', agendaItemId: null, firstTimeSpeakersFirst: true });
    const a1 = register(s, 'A', 'preparedContribution');
    const a2 = register(s, 'A');
    const b = register(s, 'B');
    expect(queueOf(s)).toEqual([a1, a2, b]);
    s.desk.run(callSpeaker, { discussionId: s.discussionId });
    expect(queueOf(s)).toEqual([b, a2]);
    // Turn the option off: the arrangement stands again.
    s.desk.run(updateDiscussion, { discussionId: s.discussionId, title: 'Thảo luận', agendaItemId: null, firstTimeSpeakersFirst: false });
    expect(queueOf(s)).toEqual([a2, b]);
  });

  it('refuses requests from the floor on a closed list, but not a point of order; reopening takes them again', () => {
    const s = speakersDesk();
    s.desk.run(closeSpeakerList, { discussionId: s.discussionId });
    expect(() => register(s, 'A')).toThrowError(/discussion.listClosed/);
    expect(() => register(s, 'A', 'preparedContribution')).toThrowError(/discussion.listClosed/);
    const p = register(s, 'B', 'pointOfOrder');
    const g = register(s, 'G', 'directiveSpeech');
    expect(queueOf(s)).toEqual([p, g]);
    s.desk.run(reopenSpeakerList, { discussionId: s.discussionId });
    const a = register(s, 'A');
    expect(queueOf(s)).toEqual([p, g, a]);
  });

  it('refuses the same request twice while the first is waiting', () => {
    const s = speakersDesk();
    register(s, 'A');
    expect(() => register(s, 'A')).toThrowError(/speech.alreadyWaiting/);
    register(s, 'A', 'preparedContribution');
  });

  it('warns about a delegate not checked in, and refuses a request from the floor when the rule forbids it', () => {
    const s = speakersDesk({ checkedIn: ['A'] });
    const warned = s.desk.run(registerSpeech, { discussionId: s.discussionId, ...fields(s.id('B')) });
    expect(warned.warning).toBe('notCheckedIn');
    const fine = s.desk.run(registerSpeech, { discussionId: s.discussionId, ...fields(s.id('A')) });
    expect(fine.warning).toBeNull();
    s.desk.run(setSpeakerSettings, { ...DEFAULT_SPEAKER_SETTINGS, checkInRule: 'forbid' });
    expect(() => register(s, 'C')).toThrowError(/speech.notCheckedIn/);
    expect(() => register(s, 'C', 'pointOfOrder')).toThrowError(/speech.notCheckedIn/);
    // Arranged beforehand, when nobody is checked in yet: a warning only.
    const prepared = s.desk.run(registerSpeech, { discussionId: s.discussionId, ...fields(s.id('C'), 'preparedContribution') });
    expect(prepared.warning).toBe('notCheckedIn');
  });

  it('takes a guest who is not on the roster', () => {
    const s = speakersDesk();
    const id = s.desk.run(registerSpeech, {
      discussionId: s.discussionId,
      speaker: { kind: 'guest', name: 'Võ Thị Hằng', title: 'Phó Chủ tịch UBND tỉnh' },
      kind: 'floorRequest',
      title: '',
      document: '',
      limitSeconds: null,
    });
    expect(id.warning).toBeNull();
    expect(hallView(s.desk.state).next[0]?.speaker).toMatchObject({ name: 'Võ Thị Hằng', detail: 'Phó Chủ tịch UBND tỉnh' });
  });

  it('imports prepared contributions all at once, or nothing', () => {
    const s = speakersDesk();
    register(s, 'C', 'preparedContribution');
    const before = s.desk.state;
    expect(() =>
      s.desk.run(importSpeeches, {
        discussionId: s.discussionId,
        speeches: [fields(s.id('A'), 'preparedContribution', { title: 'Một' }), fields(s.id('C'), 'preparedContribution', { title: 'Hai' })],
      }),
    ).toThrowError(/speech.alreadyWaiting/);
    expect(s.desk.state).toBe(before);
    const result = s.desk.run(importSpeeches, {
      discussionId: s.discussionId,
      speeches: [fields(s.id('A'), 'preparedContribution', { title: 'Một', limitSeconds: 300 }), fields(s.id('B'), 'preparedContribution', { title: 'Hai' })],
    });
    expect(result.added).toBe(2);
    expect(hallView(s.desk.state).next.map((c) => c.title)).toEqual(['', 'Một', 'Hai']);
  });

  it('edits a registration without losing its place', () => {
    const s = speakersDesk();
    const a = register(s, 'A', 'preparedContribution', { title: 'Cũ' });
    const b = register(s, 'B');
    s.desk.run(updateSpeech, { speechId: a, ...fields(s.id('A'), 'preparedContribution', { title: 'Mới', limitSeconds: 300 }) });
    expect(s.desk.state.speakers.speeches.get(a)).toMatchObject({ title: 'Mới', limitSeconds: 300 });
    expect(queueOf(s)).toEqual([a, b]);
  });
});

describe('calling speakers', () => {
  it('calls the first of the list with the limit of its kind, ending the speech before', () => {
    const s = speakersDesk();
    const a = register(s, 'A', 'preparedContribution');
    const b = register(s, 'B', 'floorRequest', { limitSeconds: 240 });
    const first = s.desk.run(callSpeaker, { discussionId: s.discussionId });
    expect(first.speechId).toBe(a);
    expect(s.desk.state.speakers.speeches.get(a)?.timing?.limitSeconds).toBe(420);
    s.desk.run(callSpeaker, { discussionId: s.discussionId });
    expect(s.desk.state.speakers.speeches.get(a)?.status).toBe('ended');
    expect(currentSpeech(s.desk.state)?.id).toBe(b);
    expect(currentSpeech(s.desk.state)?.timing?.limitSeconds).toBe(240);
    expect(() => s.desk.run(callSpeaker, { discussionId: s.discussionId })).toThrowError(/speech.queueEmpty/);
    expect(currentSpeech(s.desk.state)?.id).toBe(b);
  });

  it('calls a chosen speaker out of turn, and a call made by mistake goes back to its place', () => {
    const s = speakersDesk();
    const a = register(s, 'A');
    const b = register(s, 'B');
    const c = register(s, 'C');
    s.desk.run(callSpeaker, { discussionId: s.discussionId, speechId: c });
    expect(queueOf(s)).toEqual([a, b]);
    s.desk.run(undoCallSpeaker, { speechId: c });
    expect(queueOf(s)).toEqual([a, b, c]);
    expect(s.desk.state.speakers.speeches.get(c)).toMatchObject({ status: 'waiting', timing: null });
    expect(currentSpeech(s.desk.state)).toBeNull();
  });

  it('acts only on the speech being given (a second desk may have moved on)', () => {
    const s = speakersDesk();
    const a = register(s, 'A');
    register(s, 'B');
    s.desk.run(callSpeaker, { discussionId: s.discussionId });
    s.desk.run(callSpeaker, { discussionId: s.discussionId });
    expect(() => s.desk.run(pauseSpeech, { speechId: a })).toThrowError(/speech.noCurrent/);
    expect(() => s.desk.run(endSpeech, { speechId: a })).toThrowError(/speech.noCurrent/);
  });

  it('shows the hall the speaker, the next three, and warns when the called delegate is not checked in', () => {
    const s = speakersDesk({ checkedIn: ['A', 'B', 'C', 'D'] });
    register(s, 'A', 'preparedContribution', { title: 'Tài chính công' });
    for (const code of ['B', 'C', 'D', 'E']) register(s, code);
    s.desk.run(callSpeaker, { discussionId: s.discussionId });
    const view = hallView(s.desk.state);
    expect(view.current?.speaker).toMatchObject({ name: 'Nguyễn Văn An', detail: 'Sở Tài chính' });
    expect(view.current?.title).toBe('Tài chính công');
    expect(view.next.map((c) => c.speaker.name)).toEqual(['Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung']);
    for (let i = 0; i < 3; i++) s.desk.run(callSpeaker, { discussionId: s.discussionId });
    expect(s.desk.run(callSpeaker, { discussionId: s.discussionId }).warning).toBe('notCheckedIn');
  });
});

describe('the roster and speeches', () => {
  it('keeps a delegate who is on a list of speakers', () => {
    const s = speakersDesk({ checkedIn: [] });
    register(s, 'A', 'preparedContribution');
    expect(() => s.desk.run(removeDelegate, { delegateId: s.id('A') })).toThrowError(/delegate.hasSpeeches/);
    s.desk.run(removeDelegate, { delegateId: s.id('B') });
  });
});
