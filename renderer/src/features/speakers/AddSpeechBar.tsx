import { forwardRef, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Delegate } from '../../../../shared/domain/roster/model';
import { codeKey } from '../../../../shared/domain/roster/code';
import { SPEECH_KINDS, type Discussion, type SpeechKind } from '../../../../shared/domain/speakers/model';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { useDelegateIndex } from '../roster/delegate-index';

const SUGGESTIONS = 8;

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
  const index = useDelegateIndex();
  const byCode = useDesk((v) => v.state.roster.byCode);
  const delegates = useDesk((v) => v.state.roster.delegates);
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState<number | null>(null);
  const [kind, setKind] = useState<SpeechKind>('floorRequest');
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState<Message | null>(null);

  const suggestions = useMemo(() => (query.trim().length >= 2 ? index.search(query, SUGGESTIONS) : []), [index, query]);

  const register = (delegate: Delegate) => {
    // Cleared at once, so the next request can be typed while this one is being saved.
    const asked = title;
    setQuery('');
    setHighlight(null);
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

  const submit = () => {
    const text = query.trim();
    if (!text) return;
    const chosen = highlight !== null ? suggestions[highlight] : undefined;
    if (chosen) return register(chosen);
    const byItsCode = delegates.get(byCode.get(codeKey(text)) ?? '');
    if (byItsCode) return register(byItsCode);
    const matches = index.search(text, 2);
    const only = matches[0];
    if (matches.length === 1 && only) return register(only);
    if (matches.length > 1) {
      setHighlight(0);
      setMessage({ tone: 'warn', text: (tr) => tr('speakers.add.several', { text }) });
      return;
    }
    setMessage({ tone: 'bad', text: (tr) => tr('speakers.add.none', { text }) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      submit();
    } else if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault();
      setHighlight((h) => (h === null ? 0 : Math.min(h + 1, suggestions.length - 1)));
    } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
      event.preventDefault();
      setHighlight((h) => (h === null || h === 0 ? null : h - 1));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (query !== '') {
        setQuery('');
        setHighlight(null);
      } else {
        props.onLeave();
      }
    }
  };

  return (
    <section className="add-speech" aria-labelledby="add-speech-title">
      <h2 id="add-speech-title" className="visually-hidden">
        {t('speakers.add.label')}
      </h2>
      <div className="add-speech-row">
        <div className="checkin-combo">
          <input
            ref={ref}
            className="add-speech-input"
            data-testid="speaker-search"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('speakers.add.search')}
            aria-label={t('speakers.add.search')}
            role="combobox"
            aria-expanded={suggestions.length > 0}
            aria-controls="speaker-suggestions"
            aria-activedescendant={highlight !== null ? `speaker-suggestion-${highlight}` : undefined}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setHighlight(null);
            }}
            onKeyDown={onKeyDown}
          />
          {suggestions.length > 0 && (
            <ul id="speaker-suggestions" className="suggestions" role="listbox" data-testid="speaker-suggestions">
              {suggestions.map((d, i) => (
                <li
                  key={d.id}
                  id={`speaker-suggestion-${i}`}
                  role="option"
                  aria-selected={i === highlight}
                  className={i === highlight ? 'highlight' : undefined}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    register(d);
                  }}
                >
                  <span className="code">{d.code}</span> <strong>{d.fullName}</strong> <span className="muted">{d.organisation}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
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
