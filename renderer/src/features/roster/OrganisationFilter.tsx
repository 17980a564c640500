import { useTranslation } from 'react-i18next';

/** Narrows a list of delegates to one base organisation of the roster, or shows them all (""). */
export function OrganisationFilter(props: { readonly organisations: readonly string[]; readonly value: string; readonly onChange: (organisation: string) => void; readonly testId?: string }) {
  const { t } = useTranslation();
  return (
    <select aria-label={t('roster.filter.organisation')} value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid={props.testId}>
      <option value="">{t('roster.filter.allOrganisations', { count: props.organisations.length })}</option>
      {props.organisations.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  );
}
