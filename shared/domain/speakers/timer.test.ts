import { describe, expect, it } from 'vitest';
import { EMPTY_SESSION } from '../state.js';
import { replay } from '../reducer.js';
import { addSpeechTime, callSpeaker, endSpeech, pauseSpeech, recordSpeech, resumeSpeech, undoEndSpeech } from './commands.js';
import { formatCountdown, formatDuration, readTimer, timerText, WARNING_MS } from './timer.js';
import { currentSpeech } from './select.js';
import { fields, register, speakersDesk, type SpeakersDesk } from '../../../tests/support/speakers.js';

const T0 = '2026-07-23T02:00:00.000Z';
const at = (seconds: number) => Date.parse(T0) + seconds * 1000;

function timing(s: SpeakersDesk) {
  const speech = currentSpeech(s.desk.state);
  if (!speech?.timing) throw new Error('nobody is speaking');
  return speech.timing;
}

/** A floor request (3 minutes by default) called at T0. */
function calledAtT0(): { s: SpeakersDesk; speechId: string } {
  const s = speakersDesk();
  const speechId = register(s, 'A');
  s.desk.at(T0).run(callSpeaker, { discussionId: s.discussionId });
  return { s, speechId };
}

describe('the timer, from events', () => {
  it('counts down from the default limit of the kind', () => {
    const { s } = calledAtT0();
    const reading = readTimer(timing(s), at(100));
    expect(reading).toMatchObject({ elapsedMs: 100_000, allowedMs: 180_000, remainingMs: 80_000, running: true, ended: false, phase: 'normal' });
    expect(timerText(reading)).toBe('01:20');
  });

  it('keeps exact time across a pause and resumes where it stopped', () => {
    const { s, speechId } = calledAtT0();
    s.desk.at(new Date(at(50)).toISOString()).run(pauseSpeech, { speechId });
    // However long the pause, the timer stands still at 50 seconds spoken.
    expect(readTimer(timing(s), at(50)).elapsedMs).toBe(50_000);
    expect(readTimer(timing(s), at(400)).elapsedMs).toBe(50_000);
    expect(readTimer(timing(s), at(400)).running).toBe(false);
    s.desk.at(new Date(at(500)).toISOString()).run(resumeSpeech, { speechId });
    expect(readTimer(timing(s), at(530)).elapsedMs).toBe(80_000);
    expect(readTimer(timing(s), at(530)).remainingMs).toBe(100_000);
  });

  it('adds time to the allowed time, and turns to warning in the last minute and to overrun after', () => {
    const { s, speechId } = calledAtT0();
    s.desk.at(new Date(at(10)).toISOString()).run(addSpeechTime, { speechId, seconds: 60 });
    expect(readTimer(timing(s), at(10)).allowedMs).toBe(240_000);
    expect(readTimer(timing(s), at(240 - 61)).phase).toBe('normal');
    expect(readTimer(timing(s), at(240 - 60)).phase).toBe('warning');
    expect(readTimer(timing(s), at(239)).phase).toBe('warning');
    expect(readTimer(timing(s), at(240)).phase).toBe('overrun');
    const over = readTimer(timing(s), at(275));
    expect(over.remainingMs).toBe(-35_000);
    expect(timerText(over)).toBe('\u221200:35');
    expect(WARNING_MS).toBe(60_000);
  });

  it('takes back time added by mistake, never below zero', () => {
    const { s, speechId } = calledAtT0();
    s.desk.run(addSpeechTime, { speechId, seconds: -60 });
    expect(timing(s).addedSeconds).toBe(-60);
    expect(() => s.desk.run(addSpeechTime, { speechId, seconds: -121 })).toThrowError(/speech.timeBelowZero/);
    expect(timing(s).addedSeconds).toBe(-60);
  });

  it('is the same after a restart: replaying the journal gives the same reading at the same moment', () => {
    const { s, speechId } = calledAtT0();
    s.desk.at(new Date(at(30)).toISOString()).run(pauseSpeech, { speechId });
    s.desk.at(new Date(at(90)).toISOString()).run(resumeSpeech, { speechId });
    s.desk.at(new Date(at(100)).toISOString()).run(addSpeechTime, { speechId, seconds: 30 });
    const before = readTimer(timing(s), at(200));
    const reopened = replay(s.desk.entries, EMPTY_SESSION);
    const speech = currentSpeech(reopened);
    if (!speech?.timing) throw new Error('lost the current speech on replay');
    expect(readTimer(speech.timing, at(200))).toEqual(before);
    // 30 s before the pause and 110 s after it: 140 s of 210 allowed.
    expect(before).toMatchObject({ elapsedMs: 140_000, allowedMs: 210_000, remainingMs: 70_000, phase: 'normal', running: true });
  });

  it('stops at the end: the reading no longer moves', () => {
    const { s, speechId } = calledAtT0();
    s.desk.at(new Date(at(200)).toISOString()).run(endSpeech, { speechId });
    const speech = s.desk.state.speakers.speeches.get(speechId);
    if (!speech?.timing) throw new Error('no timing');
    expect(readTimer(speech.timing, at(5000))).toMatchObject({ elapsedMs: 200_000, remainingMs: -20_000, ended: true, running: false, phase: 'overrun' });
    expect(s.desk.state.speakers.currentSpeechId).toBeNull();
  });

  it('takes back an end pressed too soon: a running speech runs on, a paused one stays paused', () => {
    const { s, speechId } = calledAtT0();
    s.desk.at(new Date(at(60)).toISOString()).run(endSpeech, { speechId });
    s.desk.at(new Date(at(65)).toISOString()).run(undoEndSpeech, { speechId });
    expect(s.desk.state.speakers.currentSpeechId).toBe(speechId);
    // The five seconds between the end and its undo were spoken.
    expect(readTimer(timing(s), at(90))).toMatchObject({ elapsedMs: 90_000, running: true, ended: false });
    s.desk.at(new Date(at(100)).toISOString()).run(pauseSpeech, { speechId });
    s.desk.at(new Date(at(110)).toISOString()).run(endSpeech, { speechId });
    s.desk.at(new Date(at(120)).toISOString()).run(undoEndSpeech, { speechId });
    expect(readTimer(timing(s), at(500))).toMatchObject({ elapsedMs: 100_000, running: false, ended: false });
  });

  it('does not take back an end once someone else has been called', () => {
    const { s, speechId } = calledAtT0();
    register(s, 'B');
    s.desk.at(new Date(at(60)).toISOString()).run(callSpeaker, { discussionId: s.discussionId });
    expect(() => s.desk.run(undoEndSpeech, { speechId })).toThrowError(/speech.cannotReopen/);
    const b = currentSpeech(s.desk.state)?.id ?? '';
    s.desk.at(new Date(at(90)).toISOString()).run(endSpeech, { speechId: b });
    expect(() => s.desk.run(undoEndSpeech, { speechId })).toThrowError(/speech.cannotReopen/);
    s.desk.run(undoEndSpeech, { speechId: b });
    expect(currentSpeech(s.desk.state)?.id).toBe(b);
  });

  it('counts up for a speech without a limit (the directive speech)', () => {
    const s = speakersDesk();
    register(s, 'G', 'directiveSpeech');
    s.desk.at(T0).run(callSpeaker, { discussionId: s.discussionId });
    const reading = readTimer(timing(s), at(1805));
    expect(reading).toMatchObject({ allowedMs: null, remainingMs: null, phase: 'unlimited' });
    expect(timerText(reading)).toBe('30:05');
    expect(() => s.desk.run(addSpeechTime, { speechId: currentSpeech(s.desk.state)?.id ?? '', seconds: 60 })).toThrowError(/speech.noLimit/);
  });

  it('takes a speech recorded after the fact at its own times, with the limit of its kind', () => {
    const s = speakersDesk();
    const { speechId } = s.desk.at('2026-07-23T09:00:00.000Z').run(recordSpeech, {
      discussionId: s.discussionId,
      ...fields(s.id('B'), 'preparedContribution'),
      startedAt: '2026-07-23T02:10:00.000Z',
      endedAt: '2026-07-23T02:17:45.000Z',
    });
    const speech = s.desk.state.speakers.speeches.get(speechId);
    expect(speech?.status).toBe('ended');
    if (!speech?.timing) throw new Error('no timing');
    expect(speech.timing.recorded).toBe(true);
    expect(readTimer(speech.timing, at(99_999))).toMatchObject({ elapsedMs: 465_000, allowedMs: 420_000, remainingMs: -45_000 });
    // The journal line itself carries the moment of entry, not the speech's times.
    expect(s.desk.entries.at(-1)?.at).toBe('2026-07-23T09:00:00.000Z');
    expect(() =>
      s.desk.run(recordSpeech, {
        discussionId: s.discussionId,
        ...fields(s.id('B')),
        startedAt: '2026-07-23T02:10:00.000Z',
        endedAt: '2026-07-23T02:10:00.000Z',
      }),
    ).toThrowError(/speech.times/);
  });
});

describe('timer text', () => {
  it('rounds remaining time up and overrun down, with a real minus sign', () => {
    expect(formatCountdown(420_000)).toBe('07:00');
    expect(formatCountdown(419_001)).toBe('07:00');
    expect(formatCountdown(59_000)).toBe('00:59');
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(-999)).toBe('00:00');
    expect(formatCountdown(-1000)).toBe('\u221200:01');
    expect(formatCountdown(-83_500)).toBe('\u221201:23');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatDuration(3_723_999)).toBe('1:02:03');
    expect(formatDuration(-5)).toBe('00:00');
  });
});
