import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sittingLive, type LiveRow } from '../../../../shared/domain/agenda/live';
import { clockOfMinutes, numberedTitle } from '../../../../shared/domain/agenda/select';
import { findSitting } from '../../../../shared/domain/congress/model';
import { EMPTY_SESSION } from '../../../../shared/domain/state';
import { formatClock } from '../../../../shared/i18n/format';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage, useLanguage } from '../../i18n';
import { showToast } from '../../ui/toasts';
import { useNow, utcOffsetMinutes } from '../../ui/use-now';
import { PresenterText } from '../agenda/PresenterText';
import { HallDisplayControl } from '../display/HallDisplayControl';
import { formatSpan } from './time-format';
import { openPrintView } from '../print/print-intent';
import './live.css';

const fail = (error: unknown) => showToast({ tone: 'error', message: errorMessage(error) });

/**
 * Running the agenda from the desk: the clock, the current item with the time spent against its
 * plan, Start / Finish / Next / Back, the projected end of the sitting and the items that ran over.
 */
export function LiveDesk() {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const congress = useDesk((v) => v.state.congress);
  const agenda = useDesk((v) => v.state.agenda);
  const roster = useDesk((v) => v.state.roster);
  const activeSittingId = useDesk((v) => v.state.attendance.activeSittingId);
  const runningSittingId = agenda.runningItemId === null ? null : (agenda.items.get(agenda.runningItemId)?.sittingId ?? null);
  const sitting = findSitting(congress, activeSittingId ?? '') ?? congress?.sittings[0];
  const nowIso = new Date(now).toISOString();
  const live = useMemo(
    () => (sitting ? sittingLive({ ...EMPTY_SESSION, congress, agenda, roster }, sitting, nowIso, utcOffsetMinutes(now)) : null),
    [sitting, congress, agenda, roster, nowIso, now],
  );
  if (!sitting || !live) return <p className="muted">{t('live.noSitting')}</p>;

  const api = deskStore().api;
  const elsewhere = runningSittingId !== null && runningSittingId !== sitting.id ? findSitting(congress, runningSittingId) : undefined;
  const { current, next, previous } = live;
  const projectedLate = live.projectedOverrunMinutes > 0;

  return (
    <div className="live">
      <section className="live-top card">
        <div className="live-clock" data-testid="live-clock" aria-label={t('live.clock')}>
          {formatClock(nowIso, language, true)}
        </div>
        <div className="live-sitting">
          <strong>{sitting.title}</strong>
          <span className="muted">{t('live.scheduled', { start: sitting.start, end: sitting.end })}</span>
        </div>
        <dl className="live-figures">
          <div>
            <dt>{t('live.plannedEnd')}</dt>
            <dd>{clockOfMinutes(live.plan.plannedEnd)}</dd>
          </div>
          <div className={projectedLate ? 'late' : ''}>
            <dt>{t('live.projectedEnd')}</dt>
            <dd data-testid="projected-end">{clockOfMinutes(live.projectedEnd)}</dd>
            {projectedLate && <dd className="small">{t('live.pastEnd', { minutes: Math.ceil(live.projectedOverrunMinutes), end: sitting.end })}</dd>}
          </div>
        </dl>
        <HallDisplayControl />
      </section>

      {elsewhere && (
        <div className="banner banner-warning" role="status">
          <span>{t('live.runningElsewhere', { sitting: elsewhere.title })}</span>
          <button type="button" className="btn small" onClick={() => void api.activateSitting({ sittingId: elsewhere.id }).catch(fail)}>
            {t('live.goToSitting')}
          </button>
        </div>
      )}

      <section className={`live-current card${current && current.overSeconds > 0 ? ' over' : ''}`} data-testid="live-current" data-state={current ? 'running' : 'between'}>
        {current ? (
          <>
            <p className="live-label">{t('live.now')}</p>
            <h2 className="live-title">
              {current.row.number && <span className="live-number">{current.row.number}.</span>} {current.row.item.title}
            </h2>
            <p className="live-presenter">
              <PresenterText presenter={current.row.presenter} />
            </p>
            <div className="live-timer" data-testid="live-timer">
              <span className="live-spent">{formatSpan(current.spentSeconds)}</span>
              <span className="muted"> / {formatSpan(current.plannedSeconds)}</span>
              {current.overSeconds > 0 && <span className="live-over"> {t('live.over', { time: formatSpan(current.overSeconds) })}</span>}
            </div>
            <progress className="live-progress" max={Math.max(1, current.plannedSeconds)} value={Math.min(current.spentSeconds, current.plannedSeconds)} />
            <p className="muted small">
              {t('live.startedAt', { time: current.run ? formatClock(current.run.startedAt, language) : '' })} ·{' '}
              {t('live.plannedSlot', { start: clockOfMinutes(current.row.plannedStart), end: clockOfMinutes(current.row.plannedEnd) })}
            </p>
            {current.row.item.notes && (
              <p className="live-notes">
                <strong>{t('live.notes')}:</strong> {current.row.item.notes}
              </p>
            )}
          </>
        ) : (
          <>
            <p className="live-label">{t('live.between')}</p>
            <h2 className="live-title muted">{next ? t('live.upNext', { title: next.row.item.title }) : t('live.allDone')}</h2>
          </>
        )}
        <div className="live-controls">
          <button type="button" className="btn large" data-testid="live-back" disabled={!current && !previous} onClick={() => void api.backAgendaItem({ sittingId: sitting.id }).catch(fail)}>
            ◀ {t('live.back')}
          </button>
          {current && (
            <button type="button" className="btn large" data-testid="live-finish" onClick={() => void api.finishAgendaItem({ itemId: current.row.item.id }).catch(fail)}>
              ■ {t('live.finish')}
            </button>
          )}
          <button
            type="button"
            className="btn large primary"
            data-testid="live-next"
            disabled={!next && !current}
            onClick={() => void api.nextAgendaItem({ sittingId: sitting.id }).catch(fail)}
          >
            {current ? (next ? `${t('live.next')} ▶` : `${t('live.finishLast')} ■`) : `▶ ${t('live.start')}`}
          </button>
        </div>
        {next && <p className="muted small live-next-title">{t('live.nextItem', { number: next.row.number ?? '–', title: next.row.item.title })}</p>}
      </section>

      <div className="live-columns">
        <section className="card live-list" aria-labelledby="live-list-title">
          <div className="live-list-head">
            <h2 id="live-list-title">{t('live.agenda')}</h2>
            <button type="button" className="btn small" data-testid="live-print-run-sheet" onClick={() => openPrintView('run-sheet', { sitting: sitting.id })}>
              {t('live.printRunSheet')}
            </button>
          </div>
          <div className="live-row live-row-head muted small" aria-hidden="true">
            <span />
            <span>{t('live.columns.item')}</span>
            <span>{t('live.columns.planned')}</span>
            <span>{t('live.columns.actual')}</span>
            <span>{t('live.columns.spent')}</span>
            <span />
          </div>
          <ol data-testid="live-list">
            {live.rows.map((row) => (
              <LiveRowView key={row.row.item.id} row={row} canStart={agenda.runningItemId === null} />
            ))}
          </ol>
        </section>
        <section className="card live-overran" aria-labelledby="live-overran-title" data-testid="live-overran">
          <h2 id="live-overran-title">{t('live.overran', { count: live.overran.length })}</h2>
          {live.overran.length === 0 ? (
            <p className="muted">{t('live.noneOverran')}</p>
          ) : (
            <ul>
              {live.overran.map((row) => (
                <li key={row.row.item.id}>
                  <span>{numberedTitle(row.row)}</span>
                  <strong className="live-over">{t('live.over', { time: formatSpan(row.overSeconds) })}</strong>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

function LiveRowView(props: { readonly row: LiveRow; readonly canStart: boolean }) {
  const { t } = useTranslation();
  const { row } = props;
  const language = useLanguage();
  const actual = row.run
    ? `${formatClock(row.run.startedAt, language)}–${row.run.finishedAt ? formatClock(row.run.finishedAt, language) : '…'}`
    : `${clockOfMinutes(row.projectedStart)}–${clockOfMinutes(row.projectedEnd)}`;
  const runnable = row.row.subItemCount === 0;
  return (
    <li className={`live-row status-${row.status} depth-${row.row.depth}`} data-testid="live-row" data-status={row.status} data-item-id={row.row.item.id}>
      <span className="agenda-number">{row.row.number ?? '–'}</span>
      <span className="live-row-title">{row.row.item.title}</span>
      <span className="muted small" title={t('live.plannedSlot', { start: clockOfMinutes(row.row.plannedStart), end: clockOfMinutes(row.row.plannedEnd) })}>
        {clockOfMinutes(row.row.plannedStart)}
      </span>
      <span className="small">{actual}</span>
      <span className="small">
        {row.status === 'done' || row.status === 'running' ? formatSpan(row.spentSeconds) : ''}
        {row.overSeconds > 0 && <strong className="live-over"> +{formatSpan(row.overSeconds)}</strong>}
      </span>
      <span className="live-row-action">
        {row.status === 'running' && <span className="run-badge run-running">{t('agenda.runStatus.running')}</span>}
        {row.status === 'skipped' && <span className="muted small">{t('live.skipped')}</span>}
        {runnable && props.canStart && (row.status === 'upcoming' || row.status === 'skipped') && (
          <button type="button" className="btn small" onClick={() => void deskStore().api.startAgendaItem({ itemId: row.row.item.id }).catch(fail)}>
            {t('live.startThis')}
          </button>
        )}
      </span>
    </li>
  );
}
