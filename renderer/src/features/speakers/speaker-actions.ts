// What the desk's keys and buttons do to the speaker queue. Each reads the state as it is at the
// moment of the key press (not as it was when a component last rendered), calls the services, and
// shows a refusal or a warning in the user's language.

import i18next from 'i18next';
import { deskStore } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { showToast } from '../../ui/toasts';
import { activeDiscussion, currentSpeech, speakerLabel } from '../../../../shared/domain/speakers/select';
import type { SpeakerWarning } from '../../../../shared/domain/speakers/commands';
import { isRunning } from '../../../../shared/domain/speakers/timer';

const state = () => deskStore().getView().state;
const api = () => deskStore().api;

function refused(error: unknown): void {
  showToast({ tone: 'error', message: errorMessage(error) });
}

function warnAbout(speechId: string, warning: SpeakerWarning): void {
  if (warning !== 'notCheckedIn') return;
  const speech = state().speakers.speeches.get(speechId);
  if (!speech) return;
  showToast({ tone: 'info', message: i18next.t('speakers.add.notCheckedIn', { name: speakerLabel(state(), speech.speaker).name }) });
}

/** Calls the first of the waiting list (or a chosen speech) in the discussion the desk runs. */
export function callSpeaker(speechId?: string): void {
  const discussion = activeDiscussion(state());
  if (!discussion) return;
  api()
    .callSpeaker(speechId === undefined ? { discussionId: discussion.id } : { discussionId: discussion.id, speechId })
    .then((called) => warnAbout(called.speechId, called.warning))
    .catch(refused);
}

export function togglePause(): void {
  const speech = currentSpeech(state());
  if (!speech?.timing) return;
  const call = isRunning(speech.timing) ? api().pauseSpeech : api().resumeSpeech;
  call({ speechId: speech.id }).catch(refused);
}

export function addTime(seconds: number): void {
  const speech = currentSpeech(state());
  if (!speech?.timing || speech.timing.limitSeconds === null) return;
  api().addSpeechTime({ speechId: speech.id, seconds }).catch(refused);
}

/** Ends the speech, with Undo at hand: one key ends it, and a speaker may not have finished. */
export function endSpeech(): void {
  const speech = currentSpeech(state());
  if (!speech) return;
  const name = speakerLabel(state(), speech.speaker).name;
  api()
    .endSpeech({ speechId: speech.id })
    .then(() =>
      showToast({
        tone: 'info',
        message: i18next.t('speakers.current.ended', { name }),
        action: { label: i18next.t('common.actions.undo'), run: () => void api().undoEndSpeech({ speechId: speech.id }).catch(refused) },
      }),
    )
    .catch(refused);
}

export function undoCall(): void {
  const speech = currentSpeech(state());
  if (!speech) return;
  api().undoCallSpeaker({ speechId: speech.id }).catch(refused);
}

export function moveSpeech(speechId: string, toIndex: number): Promise<void> {
  return api()
    .moveSpeech({ speechId, toIndex })
    .then(() => undefined)
    .catch(refused);
}

/** Withdraws a request, with Undo at hand: a withdrawal is one key away and easy to get wrong. */
export function withdrawSpeech(speechId: string): void {
  const speech = state().speakers.speeches.get(speechId);
  if (!speech) return;
  const name = speakerLabel(state(), speech.speaker).name;
  api()
    .withdrawSpeech({ speechId })
    .then(() =>
      showToast({
        tone: 'info',
        message: i18next.t('speakers.queue.withdrawn', { name }),
        action: { label: i18next.t('common.actions.undo'), run: () => restoreSpeech(speechId) },
      }),
    )
    .catch(refused);
}

export function restoreSpeech(speechId: string): void {
  api().restoreSpeech({ speechId }).catch(refused);
}
