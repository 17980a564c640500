import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeDiscussion } from '../../../../shared/domain/speakers/select';
import { useDesk } from '../../store/desk-store';
import { DiscussionBar } from './DiscussionBar';
import { AddSpeechBar } from './AddSpeechBar';
import { SpeakerQueue } from './SpeakerQueue';
import { CurrentSpeechPanel } from './CurrentSpeechPanel';
import { SpeechForm } from './SpeechForm';
import { ImportSpeechesDialog } from './ImportSpeechesDialog';
import { addTime, callSpeaker, endSpeech, togglePause } from './speaker-actions';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

/**
 * Running a discussion from the desk: the waiting list on the left, the speaker and the timer on
 * the right. One key calls the next speaker (N, or F9 from anywhere, even while typing a name).
 */
export function SpeakerDesk() {
  const { t } = useTranslation();
  // A discussion is an immutable record: selecting it returns the same object until it changes.
  const discussion = useDesk((v) => activeDiscussion(v.state));
  const search = useRef<HTMLInputElement>(null);
  const queue = useRef<HTMLOListElement>(null);
  const [dialog, setDialog] = useState<'guest' | 'import' | null>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      if (event.key === 'F9') {
        event.preventDefault();
        callSpeaker();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      switch (event.key) {
        case 'n':
        case 'N':
          event.preventDefault();
          callSpeaker();
          return;
        case 'p':
        case 'P':
          event.preventDefault();
          togglePause();
          return;
        case 'e':
        case 'E':
          event.preventDefault();
          endSpeech();
          return;
        case '+':
          event.preventDefault();
          addTime(60);
          return;
        case '/':
          event.preventDefault();
          search.current?.focus();
          return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="speaker-desk-wrap">
      <DiscussionBar discussion={discussion} />
      {discussion ? (
        <div className="speaker-desk">
          <section className="speaker-desk-queue">
            {discussion.listClosed && <p className="banner banner-warning small">{t('speakers.discussion.listClosedNote')}</p>}
            <AddSpeechBar
              ref={search}
              discussion={discussion}
              onLeave={() => {
                search.current?.blur();
                (queue.current?.querySelector<HTMLElement>('[data-speech-id]') ?? queue.current)?.focus();
              }}
            />
            <div className="toolbar">
              <button type="button" className="btn small" onClick={() => setDialog('guest')} data-testid="add-guest">
                {t('speakers.add.guest')}
              </button>
              <button type="button" className="btn small" onClick={() => setDialog('import')} data-testid="import-speeches">
                {t('speakers.add.import')}
              </button>
            </div>
            <SpeakerQueue ref={queue} discussion={discussion} />
          </section>
          <aside className="speaker-desk-current">
            <CurrentSpeechPanel discussion={discussion} />
          </aside>
          {dialog === 'guest' && <SpeechForm discussion={discussion} speech={null} onClose={() => setDialog(null)} />}
          {dialog === 'import' && <ImportSpeechesDialog discussion={discussion} onClose={() => setDialog(null)} />}
        </div>
      ) : (
        <p className="card muted">{t('speakers.discussion.none')}</p>
      )}
    </div>
  );
}
