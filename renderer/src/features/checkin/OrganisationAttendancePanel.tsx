import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationAttendance } from '../../../../shared/domain/attendance/select';
import { useDesk } from '../../store/desk-store';

/** Attendance per base organisation: where the missing delegates come from. */
export function OrganisationAttendancePanel(props: { readonly sittingId: string }) {
  const { t } = useTranslation();
  const state = useDesk((v) => v.state);
  const rows = useMemo(() => organisationAttendance(state, props.sittingId), [state, props.sittingId]);
  return (
    <section className="org-attendance" aria-labelledby="org-title">
      <h2 id="org-title">{t('checkin.organisations.title', { count: rows.length })}</h2>
      <div className="org-scroll">
        <table className="plain compact">
          <thead>
            <tr>
              <th>{t('roster.fields.organisation')}</th>
              <th className="num">{t('checkin.organisations.present')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.organisation} className={row.present === row.summoned ? 'complete' : undefined}>
                <td>{row.organisation}</td>
                <td className="num">
                  {row.present}/{row.summoned}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
