import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Delegate } from '../../../../shared/domain/roster/model';
import { CREDENTIAL_STATUSES, type CredentialStatus } from '../../../../shared/domain/credentials/model';
import { credentialOf, credentialsSettings, hasCredentials, standingOf } from '../../../../shared/domain/credentials/standing';
import { formatNumber } from '../../../../shared/i18n/format';
import { useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';
import { ConfirmDialog } from '../../ui/Dialog';
import { useDelegateIndex } from '../roster/delegate-index';
import { MemberField } from './MemberField';
import { requireMember, useCommitteeMember } from './member';
import { recordDecision } from './decisions';
import { DecisionDialog } from './DecisionDialog';
import { DelegateCredentials } from './DelegateCredentials';
import { CredentialsSettingsDialog } from './CredentialsSettingsDialog';
import { VerificationRule } from './VerificationRule';
import './credentials.css';
import { OrganisationFilter } from '../roster/OrganisationFilter';

const ROW_HEIGHT = 40;
/** Pending first, then those still in question, then the decided. */
const STATUS_RANK: Readonly<Record<CredentialStatus, number>> = { pending: 0, challenged: 1, notEligible: 2, verified: 3 };

type Asking = { readonly delegate: Delegate; readonly status: 'challenged' | 'notEligible' | 'pending' };

/** The credentials committee's work: every delegate to verify, pending first, decided by keyboard or mouse. */
export function CredentialsView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const index = useDelegateIndex();
  const state = useDesk((v) => v.state);
  const credentials = useDesk((v) => v.state.credentials);
  const [member] = useCommitteeMember();
  const [query, setQuery] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [status, setStatus] = useState<CredentialStatus | ''>('');
  const [cursor, setCursor] = useState(0);
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set());
  const [asking, setAsking] = useState<Asking | null>(null);
  const [confirmBulk, setConfirmBulk] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const settings = credentialsSettings(state);

  const subjects = useMemo(() => index.sorted.filter(hasCredentials), [index]);
  const organisations = useMemo(() => [...new Set(subjects.map((d) => d.organisation))].sort(new Intl.Collator('vi').compare), [subjects]);
  const rows = useMemo(() => {
    const base = query.trim() ? index.search(query, Number.POSITIVE_INFINITY).filter(hasCredentials) : subjects;
    const order = new Map(subjects.map((d, i) => [d.id, i]));
    return base
      .filter((d) => (organisation === '' || d.organisation === organisation) && (status === '' || credentials.byDelegate.get(d.id)?.status === status || (status === 'pending' && !credentials.byDelegate.has(d.id))))
      .map((d) => ({ d, rank: STATUS_RANK[credentials.byDelegate.get(d.id)?.status ?? 'pending'] }))
      .sort((a, b) => a.rank - b.rank || (query.trim() ? 0 : (order.get(a.d.id) ?? 0) - (order.get(b.d.id) ?? 0)))
      .map((r) => r.d);
  }, [index, subjects, query, organisation, status, credentials]);

  const current = rows[Math.min(cursor, rows.length - 1)];
  const markedIds = useMemo(() => rows.filter((d) => marked.has(d.id)).map((d) => d.id), [rows, marked]);

  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });

  const toggle = (id: string) =>
    setMarked((m) => {
      const next = new Set(m);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const verify = (ids: readonly string[], name: string) => {
    const who = requireMember(member);
    if (!who) return;
    void recordDecision(state, ids, 'verified', null, who, t('credentials.decide.done', { name, status: t('credentials.status.verified') }));
  };

  const ask = (delegate: Delegate, next: Asking['status']) => {
    if (requireMember(member)) setAsking({ delegate, status: next });
  };

  const bulkVerify = () => {
    if (markedIds.length === 0) return;
    if (requireMember(member)) setConfirmBulk(true);
  };

  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = (to: number) => {
      event.preventDefault();
      const next = Math.max(0, Math.min(rows.length - 1, to));
      setCursor(next);
      virtualizer.scrollToIndex(next);
    };
    const key = event.key;
    if (key === 'ArrowDown') move(cursor + 1);
    else if (key === 'ArrowUp') move(cursor - 1);
    else if (key === 'PageDown') move(cursor + 10);
    else if (key === 'PageUp') move(cursor - 10);
    else if (key === 'Home') move(0);
    else if (key === 'End') move(rows.length - 1);
    else if (key === ' ' && current) {
      event.preventDefault();
      toggle(current.id);
    } else if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'a') {
      event.preventDefault();
      setMarked(new Set(rows.map((d) => d.id)));
    } else if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    } else if (key === 'V' && event.shiftKey) {
      event.preventDefault();
      bulkVerify();
    } else if (key === 'v' && current) {
      event.preventDefault();
      verify([current.id], current.fullName);
    } else if (key === 'c' && current) {
      event.preventDefault();
      ask(current, 'challenged');
    } else if (key === 'n' && current) {
      event.preventDefault();
      ask(current, 'notEligible');
    }
  };

  const counts = useMemo(() => {
    const c = { pending: 0, challenged: 0, notEligible: 0, verified: 0 };
    for (const id of markedIds) c[credentialOf(state, id).status]++;
    return c;
  }, [markedIds, state]);

  return (
    <div className="credentials">
      <section className="credentials-main">
        <div className="toolbar">
          <MemberField />
          <button type="button" className="btn ghost" onClick={() => setSettingsOpen(true)} data-testid="credentials-settings">
            {t('credentials.work.settings')}
          </button>
        </div>
        <VerificationRule />
        <div className="toolbar">
          <input
            type="search"
            className="grow"
            placeholder={t('credentials.work.search')}
            aria-label={t('credentials.work.search')}
            value={query}
            data-testid="credentials-search"
            onChange={(e) => {
              setQuery(e.target.value);
              setCursor(0);
            }}
          />
          <OrganisationFilter
            organisations={organisations}
            value={organisation}
            onChange={(o) => {
              setOrganisation(o);
              setCursor(0);
            }}
            testId="credentials-organisation"
          />
          <select
            aria-label={t('credentials.work.statusFilter')}
            value={status}
            data-testid="credentials-status"
            onChange={(e) => {
              setStatus(CREDENTIAL_STATUSES.find((s) => s === e.target.value) ?? '');
              setCursor(0);
            }}
          >
            <option value="">{t('credentials.work.allStatuses')}</option>
            {CREDENTIAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`credentials.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar">
          <span className="muted small grow" data-testid="credentials-count">
            {t('credentials.work.shown', { shown: formatNumber(rows.length, language), total: formatNumber(subjects.length, language) })}
            {markedIds.length > 0 && ` · ${t('credentials.work.selected', { count: markedIds.length })}`}
          </span>
          <button type="button" className="btn small ghost" onClick={() => setMarked(new Set(rows.map((d) => d.id)))}>
            {t('credentials.work.selectAll')}
          </button>
          <button type="button" className="btn small ghost" disabled={marked.size === 0} onClick={() => setMarked(new Set())}>
            {t('credentials.work.clearSelection')}
          </button>
          <button type="button" className="btn small primary" disabled={markedIds.length === 0} onClick={bulkVerify} data-testid="verify-marked">
            {t('credentials.work.verifySelected', { count: markedIds.length })}
          </button>
        </div>
        <div className="grid-header credentials-grid" role="row">
          <span role="columnheader" aria-label={t('credentials.work.columns.select')} />
          <span role="columnheader">{t('roster.fields.code')}</span>
          <span role="columnheader">{t('roster.fields.fullName')}</span>
          <span role="columnheader">{t('roster.fields.organisation')}</span>
          <span role="columnheader">{t('roster.fields.category')}</span>
          <span role="columnheader">{t('credentials.work.columns.status')}</span>
          <span role="columnheader" className="num">
            {t('credentials.work.columns.checks')}
          </span>
        </div>
        <div ref={scroller} className="grid-scroll" role="grid" aria-rowcount={rows.length} tabIndex={0} onKeyDown={onListKey} data-testid="credentials-list">
          {rows.length === 0 && <p className="muted empty-list">{t('credentials.work.empty')}</p>}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const d = rows[item.index];
              if (!d) return null;
              const record = credentialOf(state, d.id);
              const standing = standingOf(state, d);
              const isCurrent = d.id === current?.id;
              return (
                <div
                  key={d.id}
                  role="row"
                  aria-rowindex={item.index + 1}
                  aria-selected={isCurrent}
                  data-code={d.code}
                  data-status={record.status}
                  className={`grid-row credentials-grid${isCurrent ? ' selected' : ''}`}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                  onClick={() => setCursor(item.index)}
                >
                  <span role="gridcell">
                    <input type="checkbox" checked={marked.has(d.id)} onChange={() => toggle(d.id)} aria-label={t('credentials.work.columns.select')} tabIndex={-1} />
                  </span>
                  <span role="gridcell" className="code">
                    {d.code}
                  </span>
                  <span role="gridcell" className="ellipsis">
                    <strong>{d.fullName}</strong>
                  </span>
                  <span role="gridcell" className="ellipsis" title={d.organisation}>
                    {d.organisation}
                  </span>
                  <span role="gridcell" className="ellipsis">
                    {t(`roster.category.${d.category}`)}
                  </span>
                  <span role="gridcell" className="ellipsis">
                    <span className={`status status-${record.status}`}>{t(`credentials.status.${record.status}`)}</span>
                    {(standing === 'replaced' || (d.category === 'alternate' && standing === 'summoned')) && (
                      <span className="muted small"> · {t(`credentials.standing.${standing === 'replaced' ? 'replaced' : 'seated'}`)}</span>
                    )}
                  </span>
                  <span role="gridcell" className="num small">
                    {record.checks.filter((c) => settings.checklist.some((i) => i.id === c)).length}/{settings.checklist.length}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
        <p className="muted small">{t('credentials.work.hint')}</p>
      </section>
      <aside className="credentials-side">
        {current ? (
          <DelegateCredentials key={current.id} delegate={current} onAsk={(next) => ask(current, next)} onVerify={() => verify([current.id], current.fullName)} />
        ) : (
          <p className="muted">{t('credentials.detail.none')}</p>
        )}
      </aside>
      {asking && (
        <DecisionDialog
          name={asking.delegate.fullName}
          status={asking.status}
          initialReason={credentialOf(state, asking.delegate.id).status === asking.status ? (credentialOf(state, asking.delegate.id).reason ?? '') : ''}
          onClose={() => setAsking(null)}
          onDecide={(reason) => {
            const { delegate, status: next } = asking;
            setAsking(null);
            const who = requireMember(member);
            if (who) void recordDecision(state, [delegate.id], next, reason, who, t('credentials.decide.done', { name: delegate.fullName, status: t(`credentials.status.${next}`) }));
            scroller.current?.focus();
          }}
        />
      )}
      {confirmBulk && (
        <ConfirmDialog
          title={t('credentials.bulk.title', { count: markedIds.length })}
          message={t('credentials.bulk.message', { ...counts, member })}
          confirmLabel={t('credentials.bulk.confirm', { count: markedIds.length })}
          onCancel={() => setConfirmBulk(false)}
          onConfirm={() => {
            setConfirmBulk(false);
            const ids = markedIds;
            void recordDecision(state, ids, 'verified', null, member, t('credentials.bulk.done', { count: ids.length - counts.verified })).then((changed) => {
              if (changed > 0) setMarked(new Set());
            });
            scroller.current?.focus();
          }}
        />
      )}
      {settingsOpen && <CredentialsSettingsDialog onClose={() => setSettingsOpen(false)} />}
    </div>
  );
}
