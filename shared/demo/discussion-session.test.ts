import { describe, expect, it } from 'vitest';
import { TestDesk } from '../../tests/support/domain.js';
import { congressInputSchema, createCongress } from '../domain/congress/commands.js';
import { importRoster, importRosterInput } from '../domain/roster/commands.js';
import { isOfficial } from '../domain/roster/model.js';
import { speechLog } from '../domain/speakers/log.js';
import { speakingStats } from '../domain/speakers/stats.js';
import { activeDiscussion } from '../domain/speakers/select.js';
import type { Language } from '../domain/congress/model.js';
import { demoCongress, DEMO_SITTING_IDS } from './congress.js';
import { localInstant, playDemoDiscussion } from './discussion-session.js';
import { DEMO_DISCUSSION_RECORD } from './discussion.js';

const DATE = '2020-07-23';

async function demoDesk(language: Language = 'vi'): Promise<TestDesk> {
  const desk = new TestDesk().at('2020-07-23T00:00:00.000Z');
  const demo = demoCongress({ date: DATE, language });
  desk.run(createCongress, congressInputSchema.parse(demo.congress));
  desk.run(importRoster, importRosterInput.parse({ fileName: 'demo', delegates: demo.delegates }));
  await playDemoDiscussion({ run: (decide, input) => Promise.resolve(desk.run(decide, input)), state: () => desk.state }, { date: DATE, language });
  return desk;
}

describe('the demo discussion', () => {
  it('is a finished discussion of the morning sitting, its list closed, nobody speaking', async () => {
    const desk = await demoDesk();
    const discussion = activeDiscussion(desk.state);
    expect(discussion).toMatchObject({ sittingId: DEMO_SITTING_IDS.morning, title: 'Thảo luận các dự thảo văn kiện trình Đại hội', listClosed: true });
    expect(desk.state.speakers.currentSpeechId).toBeNull();
    expect([...desk.state.speakers.speeches.values()].every((s) => s.status === 'ended')).toBe(true);
  });

  it('logs thirteen speeches within the morning sitting, in order, some over time', async () => {
    const desk = await demoDesk();
    const log = speechLog(desk.state, Date.now());
    expect(log).toHaveLength(DEMO_DISCUSSION_RECORD.length);
    expect(log.map((e) => e.kind)).toEqual(DEMO_DISCUSSION_RECORD.map((r) => r.kind));
    const morningStart = Date.parse(localInstant(DATE, '08:00:00'));
    const morningEnd = Date.parse(localInstant(DATE, '11:30:00'));
    for (const entry of log) {
      expect(Date.parse(entry.startedAt)).toBeGreaterThanOrEqual(morningStart);
      expect(Date.parse(entry.endedAt ?? '')).toBeLessThanOrEqual(morningEnd);
    }
    for (let i = 1; i < log.length; i++) expect(Date.parse(log[i]?.startedAt ?? '')).toBeGreaterThan(Date.parse(log[i - 1]?.endedAt ?? ''));
    expect(log[0]).toMatchObject({ startedAt: localInstant(DATE, '09:36:00'), durationMs: 455_000, allowedMs: 420_000, overrunMs: 35_000 });
    expect(log[0]?.title).toMatch(/^Tham luận: Nâng cao chất lượng công tác xây dựng Đảng/);
    expect(log[0]?.speaker.name).toBe('Thái Bá Đức');
    const overrun = log.filter((e) => e.overrunMs > 0);
    expect(overrun.length).toBeGreaterThanOrEqual(4);
    expect(overrun.length).toBeLessThan(log.length);
    const directive = log.at(-1);
    expect(directive).toMatchObject({ kind: 'directiveSpeech', allowedMs: null, overrunMs: 0, durationMs: 1_700_000 });
    expect(directive?.speaker.name).toBe('Nguyễn Văn Lâm');
  });

  it('gives its speakers from the roster: official delegates, and the provincial secretary as guest', async () => {
    const desk = await demoDesk();
    const byId = desk.state.roster.delegates;
    for (const speech of desk.state.speakers.speeches.values()) {
      if (speech.speaker.kind !== 'delegate') throw new Error('a demo speaker is off the roster');
      const delegate = byId.get(speech.speaker.delegateId);
      expect(delegate).toBeDefined();
      if (!delegate) continue;
      expect(speech.kind === 'directiveSpeech' ? delegate.category === 'guest' : isOfficial(delegate)).toBe(true);
    }
  });

  it('gives the statistics content: women and men spoke, most organisations did not', async () => {
    const stats = speakingStats((await demoDesk()).state);
    expect(stats.total.speeches).toBe(13);
    expect(stats.total.speakers).toBe(13);
    expect(stats.byKind.preparedContribution.speeches).toBe(8);
    expect(stats.byKind.floorRequest.speeches).toBe(3);
    const female = stats.byGender.find((g) => g.gender === 'female');
    const male = stats.byGender.find((g) => g.gender === 'male');
    expect(female?.speakers).toBe(3);
    // The provincial secretary (a guest on the roster) is among the men who spoke.
    expect(male?.speakers).toBe(10);
    expect(stats.silentDelegates).toHaveLength(250 - 12);
    expect(stats.silentOrganisations.length).toBeGreaterThan(40);
  });

  it('writes titles in the congress language', async () => {
    const log = speechLog((await demoDesk('en')).state, Date.now());
    expect(log[0]?.title).toMatch(/^Contribution: /);
    expect(log[4]?.title).toBe('Proposal to keep time for requests from the floor');
    expect(log.at(-1)?.title).toBe('Directive speech by the provincial party secretary');
  });
});
