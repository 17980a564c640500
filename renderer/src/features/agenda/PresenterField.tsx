import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Presenter } from '../../../../shared/domain/agenda/model';
import { useDesk } from '../../store/desk-store';
import { useDelegateIndex } from '../roster/delegate-index';

export type PresenterDraft =
  | { readonly kind: 'none' }
  | { readonly kind: 'delegate'; readonly delegateId: string }
  | { readonly kind: 'guest'; readonly name: string; readonly title: string };

export function draftOf(presenter: Presenter | null): PresenterDraft {
  return presenter ?? { kind: 'none' };
}

export function presenterOf(draft: PresenterDraft): Presenter | null {
  return draft.kind === 'none' ? null : draft;
}

const MODES = ['none', 'delegate', 'guest'] as const;

/**
 * Who presents: nobody named, someone on the roster (found by name without diacritics or by code),
 * or a guest who is not on the roster, given by name and title.
 */
export function PresenterField(props: { readonly value: PresenterDraft; readonly onChange: (value: PresenterDraft) => void }) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  const index = useDelegateIndex();
  const delegates = useDesk((v) => v.state.roster.delegates);
  const [query, setQuery] = useState('');
  const matches = useMemo(() => (query.trim() === '' ? [] : index.search(query, 8)), [index, query]);
  const chosen = value.kind === 'delegate' ? delegates.get(value.delegateId) : undefined;

  return (
    <fieldset className="presenter-field span-2">
      <legend>{t('agenda.fields.presenter')}</legend>
      <div className="inline-fields" role="radiogroup" aria-label={t('agenda.fields.presenter')}>
        {MODES.map((mode) => (
          <label key={mode} className="radio">
            <input
              type="radio"
              name="presenter-kind"
              value={mode}
              checked={value.kind === mode}
              data-testid={`presenter-${mode}`}
              onChange={() =>
                onChange(mode === 'none' ? { kind: 'none' } : mode === 'delegate' ? { kind: 'delegate', delegateId: chosen?.id ?? '' } : { kind: 'guest', name: '', title: '' })
              }
            />
            {t(`agenda.presenterMode.${mode}`)}
          </label>
        ))}
      </div>
      {value.kind === 'delegate' && (
        <div className="presenter-search">
          {chosen ? (
            <p className="presenter-chosen" data-testid="presenter-chosen">
              <strong>{chosen.fullName}</strong> <span className="code">{chosen.code}</span>
              <br />
              <span className="muted small">{chosen.position || chosen.organisation}</span>
            </p>
          ) : (
            <p className="muted small">{t('agenda.presenterNoneChosen')}</p>
          )}
          <input
            type="search"
            placeholder={t('agenda.presenterSearch')}
            aria-label={t('agenda.presenterSearch')}
            value={query}
            data-testid="presenter-search"
            onChange={(e) => setQuery(e.target.value)}
          />
          {matches.length > 0 && (
            <ul className="presenter-matches" role="listbox" aria-label={t('agenda.presenterSearch')}>
              {matches.map((d) => (
                <li key={d.id}>
                  <button
                    type="button"
                    role="option"
                    aria-selected={d.id === value.delegateId}
                    onClick={() => {
                      onChange({ kind: 'delegate', delegateId: d.id });
                      setQuery('');
                    }}
                  >
                    <strong>{d.fullName}</strong> <span className="code">{d.code}</span>
                    <span className="muted small ellipsis">{d.position || d.organisation}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {value.kind === 'guest' && (
        <div className="form-grid">
          <label className="field">
            <span>{t('agenda.fields.guestName')}</span>
            <input required value={value.name} data-testid="guest-name" onChange={(e) => onChange({ ...value, name: e.target.value })} />
          </label>
          <label className="field">
            <span>{t('agenda.fields.guestTitle')}</span>
            <input value={value.title} data-testid="guest-title" onChange={(e) => onChange({ ...value, title: e.target.value })} />
          </label>
        </div>
      )}
    </fieldset>
  );
}
