import { describe, expect, it } from 'vitest';
import type { DeskService } from './desk.js';
import { dispatch } from './dispatch.js';
import { congressInput, delegateFields } from '../../tests/support/domain.js';
import { currentSpeech } from '../../shared/domain/speakers/select.js';
import { readTimer } from '../../shared/domain/speakers/timer.js';
import { speechLog } from '../../shared/domain/speakers/log.js';
import { serviceDesks } from '../../tests/support/services.js';

const desks = serviceDesks('desk-speakers-');

/** A desk whose clock the test moves. */
function newDesk(clock: { now: number }): DeskService {
  return desks.open({ clock: () => new Date(clock.now) });
}

describe('the speaker queue through the services', () => {
  it('keeps a speech\'s exact time across a pause and a restart of the app', async () => {
    const clock = { now: Date.parse('2026-07-23T02:00:00.000Z') };
    const first = newDesk(clock);
    const info = await first.createCongress(congressInput());
    await first.importRoster({ fileName: 'r.csv', delegates: [delegateFields('A1'), delegateFields('A2')] });
    const { discussionId } = await first.openDiscussion({ sittingId: 'am', title: 'Thảo luận', agendaItemId: null, firstTimeSpeakersFirst: false });
    const delegateId = first.state.roster.byCode.get('a1') ?? '';
    await first.registerSpeech({ discussionId, speaker: { kind: 'delegate', delegateId }, kind: 'floorRequest', title: '', document: '', limitSeconds: null });
    const { speechId, warning } = await first.callSpeaker({ discussionId });
    expect(warning).toBe('notCheckedIn');
    clock.now += 40_000;
    await first.pauseSpeech({ speechId });
    clock.now += 600_000;
    await first.resumeSpeech({ speechId });
    clock.now += 20_000;
    await first.addSpeechTime({ speechId, seconds: 30 });
    await first.close();

    // The app restarts ten seconds later; the speaker went on talking meanwhile.
    clock.now += 10_000;
    const second = newDesk(clock);
    await second.openSession({ path: info.path });
    const speech = currentSpeech(second.state);
    if (!speech?.timing) throw new Error('the current speech was lost');
    expect(readTimer(speech.timing, clock.now)).toMatchObject({ elapsedMs: 70_000, allowedMs: 210_000, remainingMs: 140_000, running: true });
    await second.endSpeech({ speechId });
    expect(speechLog(second.state, clock.now)[0]).toMatchObject({ durationMs: 70_000, overrunMs: 0, endedAt: new Date(clock.now).toISOString() });
  });

  it('refuses through the contract with the error code and its parameters', async () => {
    const clock = { now: Date.parse('2026-07-23T02:00:00.000Z') };
    const desk = newDesk(clock);
    await desk.createCongress(congressInput());
    const { discussionId } = await desk.openDiscussion({ sittingId: 'am', title: 'Thảo luận', agendaItemId: null, firstTimeSpeakersFirst: false });
    expect(await dispatch(desk, 'callSpeaker', { discussionId })).toEqual({ ok: false, error: { code: 'speech.queueEmpty', params: {} } });
    expect(await dispatch(desk, 'addSpeechTime', { speechId: 'x', seconds: 0 })).toMatchObject({ ok: false, error: { code: 'input.invalid', params: { field: 'seconds' } } });
    await desk.closeSpeakerList({ discussionId });
    const guest = { kind: 'guest', name: 'Võ Thị Hằng', title: '' };
    expect(await dispatch(desk, 'registerSpeech', { discussionId, speaker: guest, kind: 'floorRequest', title: '', document: '', limitSeconds: null })).toEqual({
      ok: false,
      error: { code: 'discussion.listClosed', params: { title: 'Thảo luận' } },
    });
  });

  it('opens the demo with a finished discussion in the morning sitting', async () => {
    const desk = newDesk({ now: Date.now() });
    await desk.openDemo({});
    const log = speechLog(desk.state, Date.now());
    expect(log).toHaveLength(13);
    expect(log.every((e) => e.endedAt !== null && e.sittingId === 's-am')).toBe(true);
    expect(log.filter((e) => e.overrunMs > 0).length).toBeGreaterThan(0);
    // The demo's discussion follows the morning agenda's discussion item.
    const linked = log[0]?.agendaItemId ?? null;
    expect(linked).not.toBeNull();
    expect(desk.state.agenda.items.get(linked ?? '')).toMatchObject({ kind: 'discussion', sittingId: 's-am' });
  });
});
