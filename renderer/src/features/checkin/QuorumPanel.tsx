import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { attendanceSummary, quorumStatus } from '../../../../shared/domain/attendance/select';
import { DEFAULT_QUORUM_RULE } from '../../../../shared/domain/congress/model';
import { verificationCounts } from '../../../../shared/domain/credentials/select';
import { formatNumber } from '../../../../shared/i18n/format';
import { useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';

/** Summoned, present, absent and the quorum, with the rule and the numbers it needs, always shown. */
export function QuorumPanel(props: { readonly sittingId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useDesk((v) => v.state);
  const summary = useMemo(() => attendanceSummary(state, props.sittingId), [state, props.sittingId]);
  const verification = useMemo(() => verificationCounts(state), [state]);
  const quorum = quorumStatus(state.congress?.quorum ?? DEFAULT_QUORUM_RULE, summary.summoned, summary.present);
  const n = (value: number) => formatNumber(value, language);
  return (
    <section className={`quorum ${quorum.met ? 'quorum-met' : 'quorum-not-met'}`} data-testid="quorum-panel" aria-labelledby="quorum-title">
      <h2 id="quorum-title">{t('checkin.quorum.title')}</h2>
      <p className="quorum-verdict" data-testid="quorum-verdict" data-met={quorum.met}>
        {quorum.met ? t('checkin.quorum.met') : t('checkin.quorum.notMet', { missing: n(quorum.missing) })}
      </p>
      <dl className="figures">
        <div>
          <dt>{t('checkin.quorum.summoned')}</dt>
          <dd data-testid="count-summoned">{n(summary.summoned)}</dd>
        </div>
        <div>
          <dt>{t('checkin.quorum.present')}</dt>
          <dd data-testid="count-present">{n(summary.present)}</dd>
        </div>
        <div>
          <dt>{t('checkin.quorum.absent')}</dt>
          <dd data-testid="count-absent">{n(summary.absent)}</dd>
        </div>
      </dl>
      <p className="small">
        {t('checkin.quorum.absentDetail', { withReason: n(summary.absentWithReason), withoutReason: n(summary.absentWithoutReason) })}
      </p>
      {summary.othersPresent > 0 && <p className="small">{t('checkin.quorum.others', { count: summary.othersPresent })}</p>}
      <p className="small" data-testid="quorum-verification">
        {t('credentials.rule.verified', {
          verified: n(verification.verified),
          summoned: n(verification.summoned),
          pending: n(verification.pending),
          challenged: n(verification.challenged),
          notEligible: n(verification.notEligible),
        })}
      </p>
      <p className="quorum-rule small muted">{t('credentials.rule.summoned')}</p>
      <p className="quorum-rule small" data-testid="quorum-rule">
        {t(`checkin.quorum.rule.${quorum.rule.comparison}`, {
          numerator: quorum.rule.numerator,
          denominator: quorum.rule.denominator,
          required: n(quorum.required),
          summoned: n(quorum.summoned),
        })}
      </p>
    </section>
  );
}
