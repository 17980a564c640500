import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deskStore, useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';
import { formatDate, formatNumber } from '../../../../shared/i18n/format';
import { CongressForm } from './CongressForm';
import { SecretariatSigners } from '../signers/SecretariatSigners';

/** The congress's own settings: what the documents print and the rule the quorum uses. */
export function CongressSettings() {
  const { t } = useTranslation();
  const language = useLanguage();
  const congress = useDesk((v) => v.state.congress);
  const [editing, setEditing] = useState(false);
  if (!congress) return null;
  const rows: [string, string][] = [
    [t('congress.fields.name'), congress.name],
    [t('congress.fields.issuingBody'), congress.issuingBody],
    [t('congress.fields.term'), congress.term],
    [t('congress.fields.theme'), congress.theme],
    [t('congress.fields.venue'), congress.venue],
    [t('congress.fields.startDate'), formatDate(congress.startDate, language)],
    [t('congress.fields.endDate'), formatDate(congress.endDate, language)],
    [t('congress.fields.membersRepresented'), congress.membersRepresented === null ? '—' : formatNumber(congress.membersRepresented, language)],
    [
      t('congress.quorum.title'),
      t(`congress.quorum.summary.${congress.quorum.comparison}`, { numerator: congress.quorum.numerator, denominator: congress.quorum.denominator }),
    ],
    [t('congress.header.issuer'), congress.header.issuer.join(' / ')],
    [t('congress.header.motto'), congress.header.motto.join(' / ')],
    [t('congress.header.place'), congress.header.place],
  ];
  return (
    <section className="congress-settings" data-testid="congress-settings">
      <div className="toolbar">
        <h1 className="grow">{t('congress.settingsTitle')}</h1>
        <button type="button" className="btn primary" onClick={() => setEditing(true)} data-testid="edit-congress">
          {t('common.actions.edit')}
        </button>
      </div>
      <dl className="settings-list">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value || '—'}</dd>
          </div>
        ))}
      </dl>
      {/* Beside the header and motto: the other texts the secretariat's documents print. */}
      <SecretariatSigners />
      <h2>{t('congress.sittings.title')}</h2>
      <table className="plain">
        <thead>
          <tr>
            <th>{t('congress.sittings.name')}</th>
            <th>{t('congress.sittings.kind')}</th>
            <th>{t('congress.sittings.date')}</th>
            <th>{t('congress.sittings.start')}</th>
            <th>{t('congress.sittings.end')}</th>
          </tr>
        </thead>
        <tbody>
          {congress.sittings.map((s) => (
            <tr key={s.id}>
              <td>{s.title}</td>
              <td>{t(`congress.sittingKinds.${s.kind}`)}</td>
              <td>{formatDate(s.date, language)}</td>
              <td>{s.start}</td>
              <td>{s.end}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing && (
        <CongressForm mode="edit" congress={congress} onClose={() => setEditing(false)} onSubmit={(input) => deskStore().api.updateCongress(input)} />
      )}
    </section>
  );
}
