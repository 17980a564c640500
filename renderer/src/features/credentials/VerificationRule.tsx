import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { verificationCounts } from '../../../../shared/domain/credentials/select';
import { useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';
import { count } from './labels';

/** Who counts and where verification stands: shown wherever figures are, so the rule is never hidden. */
export function VerificationRule(props: { readonly compact?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useDesk((v) => v.state);
  const c = useMemo(() => verificationCounts(state), [state]);
  const n = (value: number) => count(value, language);
  return (
    <div className={props.compact ? 'verification-rule compact' : 'verification-rule'} data-testid="verification-rule">
      <p className="verification-counts" data-testid="verification-counts">
        {t('credentials.rule.verified', { verified: n(c.verified), summoned: n(c.summoned), pending: n(c.pending), challenged: n(c.challenged), notEligible: n(c.notEligible) })}
      </p>
      <p className="small muted">{t('credentials.rule.summoned')}</p>
    </div>
  );
}
