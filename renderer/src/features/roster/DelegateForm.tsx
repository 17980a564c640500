import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate, DelegateFields } from '../../../../shared/domain/roster/model';
import { DELEGATE_CATEGORIES, EMPTY_DELEGATE_FIELDS, GENDERS } from '../../../../shared/domain/roster/model';
import { seatingInvolving } from '../../../../shared/domain/credentials/alternates';
import { deskStore, useDesk } from '../../store/desk-store';
import { FormDialog } from '../../ui/Dialog';
import { showToast } from '../../ui/toasts';
import './delegate-form.css';

type TextKey = 'code' | 'fullName' | 'ethnicity' | 'position' | 'education' | 'politicalTheory';

function fieldsOf(delegate: Delegate | null): DelegateFields {
  if (!delegate) return EMPTY_DELEGATE_FIELDS;
  const { id: _id, listOrder: _order, ...fields } = delegate;
  return fields;
}

/** Add or edit one delegate by hand; organisations already on the roster are offered as you type. */
export function DelegateForm(props: { readonly delegate: Delegate | null; readonly organisations: readonly string[]; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<DelegateFields>(() => fieldsOf(props.delegate));
  const set = <K extends keyof DelegateFields>(key: K, value: DelegateFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const api = deskStore().api;
  // A delegate in a seating keeps their organisation and category until the seating is undone (the services refuse it too).
  const state = useDesk((v) => v.state);
  const seating = props.delegate ? seatingInvolving(state, props.delegate.id) : undefined;
  const seatingLock = seating
    ? t('errors.delegate.lockedInSeating', {
        replaced: state.roster.delegates.get(seating.replacedId)?.fullName ?? '',
        alternate: state.roster.delegates.get(seating.alternateId)?.fullName ?? '',
      })
    : null;

  const save = async () => {
    const saved = props.delegate ? await api.updateDelegate({ delegateId: props.delegate.id, fields }) : await api.addDelegate(fields);
    showToast({ tone: 'success', message: t(props.delegate ? 'roster.form.updated' : 'roster.form.added', { name: saved.fullName }) });
  };

  const text = (key: TextKey, required = false) => (
    <label className="field">
      <span>
        {t(`roster.fields.${key}`)}
        {required && ' *'}
      </span>
      <input name={key} required={required} value={fields[key]} onChange={(e) => set(key, e.target.value)} />
    </label>
  );

  const notes = Object.entries(fields.notes);
  return (
    <FormDialog
      title={props.delegate ? t('roster.form.editTitle', { name: props.delegate.fullName }) : t('roster.form.addTitle')}
      submitLabel={t('common.actions.save')}
      onClose={props.onClose}
      testId="delegate-form"
      onSubmit={save}
    >
        {text('code', true)}
        {text('fullName', true)}
        <label className="field">
          <span>
            {t('roster.fields.organisation')} *
            {seatingLock !== null && <span className="field-locked">{t('roster.form.locked')}</span>}
          </span>
          <input
            name="organisation"
            required
            list="known-organisations"
            value={fields.organisation}
            disabled={seatingLock !== null}
            aria-describedby={seatingLock === null ? undefined : 'seating-lock'}
            onChange={(e) => set('organisation', e.target.value)}
          />
        </label>
        <datalist id="known-organisations">
          {props.organisations.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
        <label className="field">
          <span>
            {t('roster.fields.category')} *
            {seatingLock !== null && <span className="field-locked">{t('roster.form.locked')}</span>}
          </span>
          <select
            name="category"
            value={fields.category}
            disabled={seatingLock !== null}
            aria-describedby={seatingLock === null ? undefined : 'seating-lock'}
            onChange={(e) => set('category', DELEGATE_CATEGORIES.find((c) => c === e.target.value) ?? 'elected')}
          >
            {DELEGATE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`roster.category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        {/* One sentence under the two locked fields, which sit side by side: who replaced whom, and how to undo it. */}
        {seatingLock !== null && (
          <p id="seating-lock" className="field-lock span-2" data-testid="seating-lock">
            {seatingLock}
          </p>
        )}
        <label className="field">
          <span>{t('roster.fields.gender')}</span>
          <select name="gender" value={fields.gender ?? ''} onChange={(e) => set('gender', GENDERS.find((g) => g === e.target.value) ?? null)}>
            <option value="">—</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`roster.gender.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('roster.fields.birthYear')}</span>
          <input
            name="birthYear"
            type="number"
            min={1900}
            max={2100}
            value={fields.birthYear ?? ''}
            onChange={(e) => set('birthYear', e.target.value === '' ? null : Math.floor(Number(e.target.value)))}
          />
        </label>
        <label className="field">
          <span>{t('roster.fields.birthDate')}</span>
          <input
            name="birthDate"
            type="date"
            value={fields.birthDate ?? ''}
            onChange={(e) => {
              const value = e.target.value === '' ? null : e.target.value;
              setFields((f) => ({ ...f, birthDate: value, birthYear: value ? Number(value.slice(0, 4)) : f.birthYear }));
            }}
          />
        </label>
        {text('ethnicity')}
        {text('position')}
        <label className="field">
          <span>{t('roster.fields.partyAdmissionDate')}</span>
          <input
            name="partyAdmissionDate"
            type="date"
            value={fields.partyAdmissionDate ?? ''}
            onChange={(e) => set('partyAdmissionDate', e.target.value === '' ? null : e.target.value)}
          />
        </label>
        {text('education')}
        {text('politicalTheory')}
        {notes.length > 0 && (
          <div className="field span-2">
            <span>{t('roster.fields.notes')}</span>
            <dl className="notes">
              {notes.map(([key, value]) => (
                <div key={key}>
                  <dt>{key}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </div>
        )}
    </FormDialog>
  );
}
