import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { speakingStats, type SilentDelegate } from '../../../../shared/domain/speakers/stats';
import { SPEECH_KINDS } from '../../../../shared/domain/speakers/model';
import { formatDuration } from '../../../../shared/domain/speakers/timer';
import { formatNumber, formatPercent } from '../../../../shared/i18n/format';
import { deskStore, useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';
import { ScopeSelect, filterOf, printParamsOf, type Scope } from './ScopeSelect';
import { openPrintView } from '../print/print-intent';
import { FigureTable } from '../../ui/FigureTable';

/** Who spoke how often and how long, by delegate, organisation, gender and kind; who has not spoken. */
export function SpeakingStatsView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const speakers = useDesk((v) => v.state.speakers);
  const roster = useDesk((v) => v.state.roster);
  const [scope, setScope] = useState<Scope>('');
  // Statistics read only the roster and the speeches: check-ins at the door do not recompute them.
  const stats = useMemo(() => speakingStats(deskStore().getView().state, filterOf(scope)), [speakers, roster, scope]);
  const share = (ms: number) => (stats.total.spokenMs > 0 ? formatPercent(ms / stats.total.spokenMs, language) : '—');
  const n = (value: number) => formatNumber(value, language);
  const h = (key: string) => t(`speakers.stats.columns.${key}`);

  return (
    <section className="speaking-stats" data-testid="speaking-stats">
      <div className="toolbar">
        <ScopeSelect value={scope} onChange={setScope} testId="stats-scope" />
        <span className="muted small grow">{t('speakers.stats.onlyEnded')}</span>
        <button type="button" className="btn" onClick={() => openPrintView('speaking-stats', printParamsOf(scope))} data-testid="print-stats">
          {t('speakers.stats.print')}
        </button>
      </div>
      <dl className="figures stats-figures">
        <div>
          <dt>{t('speakers.stats.speeches')}</dt>
          <dd data-testid="stats-speeches">{n(stats.total.speeches)}</dd>
        </div>
        <div>
          <dt>{t('speakers.stats.speakers')}</dt>
          <dd data-testid="stats-speakers">{n(stats.total.speakers)}</dd>
        </div>
        <div>
          <dt>{t('speakers.stats.time')}</dt>
          <dd data-testid="stats-time">{formatDuration(stats.total.spokenMs)}</dd>
        </div>
      </dl>
      <div className="stats-grid">
        <section>
          <h2>{t('speakers.stats.byKind')}</h2>
          <FigureTable
            className="plain compact"
            labelHeader={h('kind')}
            figureHeaders={[h('speeches'), h('time'), h('share')]}
            rows={SPEECH_KINDS.map((kind) => ({
              key: kind,
              label: t(`speakers.kind.${kind}`),
              figures: [n(stats.byKind[kind].speeches), formatDuration(stats.byKind[kind].spokenMs), share(stats.byKind[kind].spokenMs)],
            }))}
          />
        </section>
        <section>
          <h2>{t('speakers.stats.byGender')}</h2>
          <FigureTable
            className="plain compact"
            labelHeader={h('gender')}
            figureHeaders={[h('delegates'), h('speakers'), h('speeches'), h('time'), h('share')]}
            rows={stats.byGender.map((g) => ({
              key: g.gender ?? 'unknown',
              label: t(`speakers.stats.gender.${g.gender ?? 'unknown'}`),
              figures: [n(g.delegates), n(g.speakers), n(g.speeches), formatDuration(g.spokenMs), share(g.spokenMs)],
            }))}
            testId="stats-gender"
          />
        </section>
        <section>
          <h2>{t('speakers.stats.delegates')}</h2>
          <div className="table-scroll short">
            <table className="plain compact" data-testid="stats-delegates">
              <thead>
                <tr>
                  <th>{h('name')}</th>
                  <th>{h('organisation')}</th>
                  <th className="num">{h('speeches')}</th>
                  <th className="num">{h('time')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.delegates.map((d) => (
                  <tr key={d.delegateId}>
                    <td>{d.name}</td>
                    <td className="muted">{d.organisation}</td>
                    <td className="num">{n(d.speeches)}</td>
                    <td className="num">{formatDuration(d.spokenMs)}</td>
                  </tr>
                ))}
                {stats.guests.map((g) => (
                  <tr key={`guest-${g.name}`}>
                    <td>{g.name}</td>
                    <td className="muted">{g.title}</td>
                    <td className="num">{n(g.speeches)}</td>
                    <td className="num">{formatDuration(g.spokenMs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section>
          <h2>{t('speakers.stats.byOrganisation')}</h2>
          <div className="table-scroll short">
            <FigureTable
              className="plain compact"
              labelHeader={h('organisation')}
              figureHeaders={[h('delegates'), h('speakers'), h('speeches'), h('time')]}
              rows={stats.organisations.map((o) => ({
                key: o.organisation,
                label: o.organisation,
                figures: [n(o.delegates), n(o.speakers), n(o.speeches), formatDuration(o.spokenMs)],
              }))}
              testId="stats-organisations"
            />
          </div>
        </section>
        <section>
          <h2>{t('speakers.stats.silentDelegates', { count: n(stats.silentDelegates.length) })}</h2>
          <SilentList delegates={stats.silentDelegates} />
        </section>
        <section>
          <h2>{t('speakers.stats.silentOrganisations', { count: n(stats.silentOrganisations.length) })}</h2>
          <ul className="table-scroll short plain-list" data-testid="silent-organisations">
            {stats.silentOrganisations.length === 0 && <li className="muted">{t('speakers.stats.none')}</li>}
            {stats.silentOrganisations.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
      </div>
    </section>
  );
}

const ROW = 30;

/** Up to thousands of delegates: virtualised. */
function SilentList(props: { readonly delegates: readonly SilentDelegate[] }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: props.delegates.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 10 });
  if (props.delegates.length === 0) return <p className="muted">{t('speakers.stats.none')}</p>;
  return (
    <div ref={scroller} className="table-scroll short" data-testid="silent-delegates">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const d = props.delegates[item.index];
          if (!d) return null;
          return (
            <div key={d.delegateId} className="silent-row" style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${item.start}px)` }}>
              <span className="code">{d.code}</span> {d.name} <span className="muted small">{d.organisation}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
