// Loads the finished morning discussion into a demo session through the ordinary commands: the
// discussion is opened, every speech is recorded with the times it was given, and the list is
// closed. Speeches are recorded (speech.recorded) rather than timed: the journal's `at` is always
// the moment a line was written, so a past speech carries its own start and end in its payload.

import type { Decide } from '../domain/decision.js';
import type { Language } from '../domain/congress/model.js';
import type { SessionState } from '../domain/state.js';
import { codeKey } from '../domain/roster/code.js';
import { closeSpeakerList, openDiscussion, openDiscussionInput, recordSpeech, recordSpeechInput } from '../domain/speakers/commands.js';
import { DEMO_SITTING_IDS } from './congress.js';
import { DEMO_DISCUSSION_RECORD, DEMO_DISCUSSION_SPEECHES, DEMO_DISCUSSION_TITLE, DEMO_PRESENTATIONS } from './discussion.js';

/** How the demo reaches the session: run a command (append its events), read the state. */
export interface DemoRunner {
  run<I, R>(decide: Decide<I, R>, input: I): Promise<R>;
  state(): SessionState;
}

/** A local clock time on a local date, as an instant: the demo's sittings are on the desk's day. */
export function localInstant(date: string, clock: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm, ss] = clock.split(':').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0, ss ?? 0).toISOString();
}

export async function playDemoDiscussion(runner: DemoRunner, options: { readonly date: string; readonly language: Language }): Promise<void> {
  const { language, date } = options;
  // The discussion follows the morning agenda's discussion item, when the demo has its agenda.
  const agenda = runner.state().agenda;
  const agendaItemId =
    (agenda.bySitting.get(DEMO_SITTING_IDS.morning) ?? []).find((itemId) => agenda.items.get(itemId)?.kind === 'discussion') ?? null;
  const { discussionId } = await runner.run(
    openDiscussion,
    openDiscussionInput.parse({ sittingId: DEMO_SITTING_IDS.morning, title: DEMO_DISCUSSION_TITLE[language], agendaItemId, firstTimeSpeakersFirst: false }),
  );
  for (const speech of DEMO_DISCUSSION_RECORD) {
    const delegateId = runner.state().roster.byCode.get(codeKey(speech.presenterCode));
    if (delegateId === undefined) throw new Error(`demo presenter ${speech.presenterCode} is not on the demo roster`);
    const contribution = DEMO_DISCUSSION_SPEECHES.find((c) => c.id === speech.contributionId);
    const directive = speech.kind === 'directiveSpeech' ? DEMO_PRESENTATIONS.find((p) => p.role === 'directiveSpeech') : undefined;
    const title = contribution?.title[language] ?? speech.title?.[language] ?? directive?.title[language] ?? '';
    await runner.run(
      recordSpeech,
      recordSpeechInput.parse({
        discussionId,
        speaker: { kind: 'delegate', delegateId },
        kind: speech.kind,
        title,
        document: contribution ? `${contribution.id}.docx` : '',
        limitSeconds: contribution ? contribution.minutes * 60 : null,
        startedAt: localInstant(date, speech.start),
        endedAt: localInstant(date, speech.end),
      }),
    );
  }
  await runner.run(closeSpeakerList, { discussionId });
}
