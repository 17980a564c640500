import { useTranslation } from 'react-i18next';
import type { CredentialHistoryItem } from '../../../../shared/domain/credentials/state';
import { credentialOf, credentialsSettings } from '../../../../shared/domain/credentials/standing';
import { formatClock, formatDate } from '../../../../shared/i18n/format';
import { useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';
import { checkLabel } from './labels';

/** Every change to one delegate's credentials, newest first: the audit trail of each decision. */
export function CredentialHistory(props: { readonly delegateId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useDesk((v) => v.state);
  const history = credentialOf(state, props.delegateId).history;
  const checklist = credentialsSettings(state).checklist;
  const name = (id: string) => state.roster.delegates.get(id)?.fullName ?? '';

  const describe = (item: CredentialHistoryItem): string => {
    switch (item.kind) {
      case 'decision':
        return t('credentials.history.decision', { status: t(`credentials.status.${item.status}`) }) + (item.reason ? ` — ${item.reason}` : '');
      case 'check': {
        const found = checklist.find((c) => c.id === item.itemId);
        const label = found ? checkLabel(found) : t('credentials.history.removedItem');
        return t(item.checked ? 'credentials.history.check' : 'credentials.history.uncheck', { item: label });
      }
      case 'seated':
      case 'unseated':
        return t(`credentials.history.${item.kind}`, { alternate: name(item.alternateId), replaced: name(item.replacedId) }) + (item.note ? ` — ${item.note}` : '');
    }
  };

  return (
    <section className="history">
      <h3>{t('credentials.history.title')}</h3>
      {history.length === 0 ? (
        <p className="muted small">{t('credentials.history.empty')}</p>
      ) : (
        <ol className="history-list" data-testid="credential-history">
          {[...history].reverse().map((item) => (
            <li key={`${item.seq}-${item.kind}`} data-kind={item.kind}>
              <span>{describe(item)}</span>
              <span className="muted small">
                {t('credentials.history.by', {
                  member: item.member,
                  time: `${formatDate(item.at.slice(0, 10), language)} ${formatClock(item.at, language, true)}`,
                  actor: item.actor,
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
