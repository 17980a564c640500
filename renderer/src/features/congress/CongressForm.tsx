import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CongressInput } from '../../../../shared/domain/congress/commands';
import type { Congress, Language, SittingKind } from '../../../../shared/domain/congress/model';
import { DEFAULT_QUORUM_RULE, QUORUM_COMPARISONS, SITTING_KINDS } from '../../../../shared/domain/congress/model';
import { FormDialog } from '../../ui/Dialog';
import { useLanguage } from '../../i18n';

type SittingDraft = CongressInput['sittings'][number];

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A new congress starts with the usual day: preparatory sitting, morning and afternoon sittings. */
export function newCongressDraft(language: Language, t: (key: string) => string): CongressInput {
  const date = today();
  return {
    name: '',
    issuingBody: '',
    term: '',
    theme: '',
    venue: '',
    startDate: date,
    endDate: date,
    language,
    sittings: [
      { kind: 'preparatory', title: t('congress.defaultSittings.preparatory'), date, start: '07:30', end: '08:00' },
      { kind: 'official', title: t('congress.defaultSittings.morning'), date, start: '08:00', end: '11:30' },
      { kind: 'official', title: t('congress.defaultSittings.afternoon'), date, start: '13:30', end: '17:00' },
    ],
    quorum: DEFAULT_QUORUM_RULE,
    header: { issuer: [], motto: [t('congress.defaultMotto')], place: '' },
    membersRepresented: null,
  };
}

function toDraft(congress: Congress): CongressInput {
  return { ...congress, sittings: congress.sittings.map((s) => ({ ...s })), header: { ...congress.header } };
}

const lines = (value: string) => value.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);

export function CongressForm(props: {
  readonly mode: 'create' | 'edit';
  readonly congress?: Congress;
  readonly onClose: () => void;
  readonly onSubmit: (input: CongressInput) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [draft, setDraft] = useState<CongressInput>(() => (props.congress ? toDraft(props.congress) : newCongressDraft(language, t)));
  // Multi-line header texts are edited as typed and split into lines only when saved.
  const [issuerText, setIssuerText] = useState(() => draft.header.issuer.join('\n'));
  const [mottoText, setMottoText] = useState(() => draft.header.motto.join('\n'));

  const set = <K extends keyof CongressInput>(key: K, value: CongressInput[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setSitting = (index: number, patch: Partial<SittingDraft>) =>
    setDraft((d) => ({ ...d, sittings: d.sittings.map((s, i) => (i === index ? { ...s, ...patch } : s)) }));

  const text = (key: 'name' | 'issuingBody' | 'term' | 'theme' | 'venue', required = false) => (
    <label className="field">
      <span>
        {t(`congress.fields.${key}`)}
        {required && ' *'}
      </span>
      <input value={draft[key]} required={required} onChange={(e) => set(key, e.target.value)} name={key} />
    </label>
  );

  return (
    <FormDialog
      title={props.mode === 'create' ? t('congress.createTitle') : t('congress.editTitle')}
      submitLabel={props.mode === 'create' ? t('congress.create') : t('common.actions.save')}
      onClose={props.onClose}
      testId="congress-form"
      onSubmit={() => props.onSubmit({ ...draft, header: { ...draft.header, issuer: lines(issuerText), motto: lines(mottoText) } })}
    >
        {text('name', true)}
        {text('issuingBody', true)}
        {text('term')}
        {text('venue')}
        <label className="field span-2">
          <span>{t('congress.fields.theme')}</span>
          <textarea rows={2} value={draft.theme} onChange={(e) => set('theme', e.target.value)} />
        </label>
        <label className="field">
          <span>{t('congress.fields.startDate')} *</span>
          <input type="date" required value={draft.startDate} onChange={(e) => set('startDate', e.target.value)} />
        </label>
        <label className="field">
          <span>{t('congress.fields.endDate')} *</span>
          <input type="date" required value={draft.endDate} onChange={(e) => set('endDate', e.target.value)} />
        </label>
        <label className="field">
          <span>{t('congress.fields.language')}</span>
          <select value={draft.language} onChange={(e) => set('language', e.target.value === 'en' ? 'en' : 'vi')}>
            <option value="vi">{t('common.language.vi')}</option>
            <option value="en">{t('common.language.en')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('congress.fields.membersRepresented')}</span>
          <input
            type="number"
            min={0}
            value={draft.membersRepresented ?? ''}
            onChange={(e) => set('membersRepresented', e.target.value === '' ? null : Math.max(0, Math.floor(Number(e.target.value))))}
          />
        </label>

        <fieldset className="span-2">
          <legend>{t('congress.quorum.title')}</legend>
          <div className="inline-fields">
            <select
              aria-label={t('congress.quorum.comparison')}
              value={draft.quorum.comparison}
              onChange={(e) => set('quorum', { ...draft.quorum, comparison: e.target.value === 'moreThan' ? 'moreThan' : 'atLeast' })}
            >
              {QUORUM_COMPARISONS.map((c) => (
                <option key={c} value={c}>
                  {t(`congress.quorum.${c}`)}
                </option>
              ))}
            </select>
            <input
              type="number"
              min={1}
              aria-label={t('congress.quorum.numerator')}
              value={draft.quorum.numerator}
              onChange={(e) => set('quorum', { ...draft.quorum, numerator: Math.floor(Number(e.target.value)) })}
            />
            <span>/</span>
            <input
              type="number"
              min={1}
              aria-label={t('congress.quorum.denominator')}
              value={draft.quorum.denominator}
              onChange={(e) => set('quorum', { ...draft.quorum, denominator: Math.floor(Number(e.target.value)) })}
            />
            <span>{t('congress.quorum.ofSummoned')}</span>
          </div>
        </fieldset>

        <fieldset className="span-2">
          <legend>{t('congress.sittings.title')}</legend>
          <table className="plain">
            <thead>
              <tr>
                <th>{t('congress.sittings.kind')}</th>
                <th>{t('congress.sittings.name')}</th>
                <th>{t('congress.sittings.date')}</th>
                <th>{t('congress.sittings.start')}</th>
                <th>{t('congress.sittings.end')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {draft.sittings.map((sitting, index) => (
                <tr key={sitting.id ?? `new-${index}`}>
                  <td>
                    <select
                      aria-label={t('congress.sittings.kind')}
                      value={sitting.kind}
                      onChange={(e) => setSitting(index, { kind: SITTING_KINDS.find((k) => k === e.target.value) ?? 'official' })}
                    >
                      {SITTING_KINDS.map((k: SittingKind) => (
                        <option key={k} value={k}>
                          {t(`congress.sittingKinds.${k}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input aria-label={t('congress.sittings.name')} required value={sitting.title} onChange={(e) => setSitting(index, { title: e.target.value })} />
                  </td>
                  <td>
                    <input aria-label={t('congress.sittings.date')} type="date" required value={sitting.date} onChange={(e) => setSitting(index, { date: e.target.value })} />
                  </td>
                  <td>
                    <input aria-label={t('congress.sittings.start')} type="time" required value={sitting.start} onChange={(e) => setSitting(index, { start: e.target.value })} />
                  </td>
                  <td>
                    <input aria-label={t('congress.sittings.end')} type="time" required value={sitting.end} onChange={(e) => setSitting(index, { end: e.target.value })} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn small ghost"
                      disabled={draft.sittings.length <= 1}
                      aria-label={t('congress.sittings.remove', { name: sitting.title })}
                      onClick={() => set('sittings', draft.sittings.filter((_, i) => i !== index))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="btn small"
            onClick={() =>
              set('sittings', [...draft.sittings, { kind: 'official', title: '', date: draft.endDate, start: '08:00', end: '11:30' }])
            }
          >
            {t('congress.sittings.add')}
          </button>
        </fieldset>

        <fieldset className="span-2">
          <legend>{t('congress.header.title')}</legend>
          <div className="form-grid">
            <label className="field">
              <span>{t('congress.header.issuer')}</span>
              <textarea rows={3} value={issuerText} onChange={(e) => setIssuerText(e.target.value)} />
            </label>
            <label className="field">
              <span>{t('congress.header.motto')}</span>
              <textarea rows={3} value={mottoText} onChange={(e) => setMottoText(e.target.value)} />
            </label>
            <label className="field">
              <span>{t('congress.header.place')}</span>
              <input value={draft.header.place} onChange={(e) => set('header', { ...draft.header, place: e.target.value })} />
            </label>
          </div>
        </fieldset>
    </FormDialog>
  );
}
