import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Delegate } from '../../../../shared/domain/roster/model';
import { SPEECH_KINDS, type Discussion, type SpeechKind } from '../../../../shared/domain/speakers/model';
import { assertNever } from '../../../../shared/domain/errors';
import { deskStore } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { DelegateCombobox, useDelegateSearch } from '../roster/DelegateCombobox';
import type { DelegateLookup } from '../roster/delegate-lookup';

/** Kept as what to say rather than the words, so that it follows a change of language. */
type Message = { readonly tone: 'good' | 'warn' | 'bad'; readonly text: (t: TFunction) => string };

/**
 * A request from the floor in a few keystrokes: type part of a name (without diacritics) or a
 * code, Enter. The kind and an optional title are kept for the next request; a prepared
 * contribution is registered the same way with its title.
 */
export const AddSpeechBar = forwardRef<HTMLInputElement, { readonly discussion: Discussion; readonly onLeave: () => void }>(function AddSpeechBar(
  props,
  ref,
) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<SpeechKind>('floorRequest');
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState<Message | null>(null);

  const register = (delegate: Delegate) => {
    // Cleared at once, so the next request can be typed while this one is being saved.
    const asked = title;
    search.clear();
    setTitle('');
    deskStore()
      .api.registerSpeech({
        discussionId: props.discussion.id,
        speaker: { kind: 'delegate', delegateId: delegate.id },
        kind,
        title: asked,
        document: '',
        limitSeconds: null,
      })
      .then((result) => {
        const added = (tr: TFunction) => tr('speakers.add.added', { name: delegate.fullName, kind: tr(`speakers.kind.${kind}`) });
        setMessage(
          result.warning === 'notCheckedIn'
            ? { tone: 'warn', text: (tr) => `${added(tr)} ${tr('speakers.add.notCheckedIn', { name: delegate.fullName })}` }
            : { tone: 'good', text: added },
        );
      })
      .catch((error: unknown) => {
        setTitle((current) => (current === '' ? asked : current));
        setMessage({ tone: 'bad', text: () => errorMessage(error) });
      });
  };

  const onLookup = (lookup: DelegateLookup) => {
    switch (lookup.kind) {
      case 'suggestion':
      case 'code':
      case 'name':
        return register(lookup.delegate);
      case 'several':
        return setMessage({ tone: 'warn', text: (tr) => tr('speakers.add.several', { text: lookup.text }) });
      case 'none':
        return setMessage({ tone: 'bad', text: (tr) => tr('speakers.add.none', { text: lookup.text }) });
      default:
        return assertNever(lookup);
    }
  };
  const search = useDelegateSearch({ onLookup, onEscapeEmpty: props.onLeave });

  return (
    <section className="add-speech" aria-labelledby="add-speech-title">
      <h2 id="add-speech-title" className="visually-hidden">
        {t('speakers.add.label')}
      </h2>
      <div className="add-speech-row">
        <DelegateCombobox
          search={search}
          listId="speaker-suggestions"
          listTestId="speaker-suggestions"
          testId="speaker-search"
          inputRef={ref}
          className="add-speech-input"
          placeholder={t('speakers.add.search')}
          ariaLabel={t('speakers.add.search')}
        />
        <select aria-label={t('speakers.add.kind')} data-testid="speech-kind" value={kind} onChange={(e) => setKind(SPEECH_KINDS.find((k) => k === e.target.value) ?? 'floorRequest')}>
          {SPEECH_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`speakers.kind.${k}`)}
            </option>
          ))}
        </select>
        <input
          className="add-speech-title"
          data-testid="speech-title"
          placeholder={t('speakers.add.title')}
          aria-label={t('speakers.add.title')}
          maxLength={500}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') props.onLeave();
          }}
        />
      </div>
      <p className="muted small">{t('speakers.add.hint')}</p>
      {message && (
        <p className={`add-speech-message tone-${message.tone}`} role={message.tone === 'bad' ? 'alert' : 'status'} data-testid="speaker-add-message">
          {message.text(t)}
        </p>
      )}
    </section>
  );
});
