import { useMemo } from 'react';
import type { SilentDelegate } from '../../../../../shared/domain/speakers/stats';
import { formatDuration } from '../../../../../shared/domain/speakers/timer';
import { speakingStatsDocument, type OffRosterSpeaking, type WithShare } from '../../../../../shared/print/documents/speaking-stats';
import { limitRows } from '../../../../../shared/print/documents/lists';
import { formatNumber, formatPercent } from '../../../../../shared/i18n/format';
import { DocumentFrame } from '../DocumentFrame';
import { FigureTable, type FigureRow, type FigureTotal } from '../../../ui/FigureTable';
import { PrintTable, type PrintColumn } from './PrintTable';
import { PreviewRowsNote } from './PreviewRowsNote';
import { speechScopeLines } from './SpeechScopeLine';
import type { DocumentProps } from './types';

interface NumberedSilent extends SilentDelegate {
  readonly no: number;
}

/**
 * THỐNG KÊ PHÁT BIỂU: the desk's speaking statistics on paper, in numbered sections as reports
 * are set out: the summary, by kind of speech, by gender, each speaker, each organisation, then
 * the official delegates and the organisations that have not spoken. Each table's shares add up
 * to 100 %, with a total row.
 */
export function SpeakingStatsDocument({ request, state, congress, t, rowLimit }: DocumentProps<'speaking-stats'>) {
  const { lang, options } = request;
  // Statistics read the roster, the speeches and the congress: check-ins do not recompute them.
  const doc = useMemo(() => speakingStatsDocument(state, options), [state.speakers, state.roster, state.congress, options]);
  const { stats } = doc;
  const n = (value: number) => formatNumber(value, lang);
  const share = (permille: number) => formatPercent(permille / 1000, lang);
  const time = formatDuration;
  const totalShare = share(stats.total.spokenMs > 0 ? 1000 : 0);

  const h = (key: string) => t(`speakers.stats.columns.${key}`);
  const table = (kind: string, props: { readonly labelHeader: string; readonly figureHeaders: readonly string[]; readonly numbered?: boolean; readonly rows: readonly FigureRow[]; readonly total?: FigureTotal }) => (
    <FigureTable
      className={`doc-table doc-stats doc-${kind}`}
      numberHeader={props.numbered ? t('print.table.no') : undefined}
      labelHeader={props.labelHeader}
      figureHeaders={props.figureHeaders}
      rows={props.rows}
      total={props.total}
      testId={kind}
    />
  );

  const totalLabel = t('print.speakingStats.total');
  // Speakers not on the roster (guests): a row of their own, with no delegates to count.
  const offRoster = (figures: WithShare<OffRosterSpeaking> | null): FigureRow[] =>
    figures
      ? [
          {
            key: 'off-roster',
            label: t('print.speakingStats.offRoster', { count: n(figures.speakers) }),
            figures: ['', n(figures.speakers), n(figures.speeches), time(figures.spokenMs), share(figures.permille)],
          },
        ]
      : [];
  const kindRows: FigureRow[] = doc.byKind.map((k) => ({ key: k.kind, label: t(`speakers.kind.${k.kind}`), figures: [n(k.speeches), time(k.spokenMs), share(k.permille)] }));
  const kindTotal: FigureTotal = { label: totalLabel, figures: [n(stats.total.speeches), time(stats.total.spokenMs), totalShare] };
  const genderRows: FigureRow[] = [
    ...doc.byGender.map((g) => ({
      key: g.gender ?? 'unknown',
      label: t(`speakers.stats.gender.${g.gender ?? 'unknown'}`),
      figures: [n(g.delegates), n(g.speakers), n(g.speeches), time(g.spokenMs), share(g.permille)],
    })),
    ...offRoster(doc.byGenderOffRoster),
  ];
  const genderTotal: FigureTotal = {
    label: totalLabel,
    figures: [n(doc.byGender.reduce((s, g) => s + g.delegates, 0)), n(stats.total.speakers), n(stats.total.speeches), time(stats.total.spokenMs), totalShare],
  };
  const speaker = (name: string, detail: string) => (
    <>
      <p>{name}</p>
      {detail !== '' && <p className="doc-speaker-detail">{detail}</p>}
    </>
  );
  const speakerRows: FigureRow[] = [
    ...doc.delegates.map((d, i) => ({ key: d.delegateId, no: i + 1, label: speaker(d.name, d.organisation), figures: [n(d.speeches), time(d.spokenMs), share(d.permille)] })),
    ...doc.guests.map((g, i) => ({
      key: `guest-${i}`,
      no: doc.delegates.length + i + 1,
      label: speaker(g.name, g.title),
      figures: [n(g.speeches), time(g.spokenMs), share(g.permille)],
    })),
  ];
  const organisationRows: FigureRow[] = [
    ...doc.organisations.map((o, i) => ({
      key: o.organisation,
      no: i + 1,
      label: o.organisation,
      figures: [n(o.delegates), n(o.speakers), n(o.speeches), time(o.spokenMs), share(o.permille)],
    })),
    ...offRoster(doc.organisationsOffRoster),
  ];
  const silent = limitRows([{ rows: stats.silentDelegates.map((d, i): NumberedSilent => ({ ...d, no: i + 1 })) }], rowLimit ?? Infinity);
  const silentColumns: PrintColumn<NumberedSilent>[] = [
    { key: 'no', header: t('print.table.no'), className: 'col-no', cell: (d) => d.no },
    { key: 'code', header: t('roster.fields.code'), className: 'col-code', cell: (d) => d.code },
    { key: 'name', header: h('name'), className: 'col-name', cell: (d) => d.name },
    { key: 'organisation', header: h('organisation'), className: 'col-organisation', cell: (d) => d.organisation },
  ];

  return (
    <DocumentFrame
      t={t}
      lang={lang}
      congress={congress}
      title={t('print.documents.speaking-stats.title')}
      subtitle={[congress.name, ...speechScopeLines(doc.scope, t, lang)]}
      date={doc.scope.date}
      testId="document-speaking-stats"
    >
      <p className="doc-note">{t('print.speakingStats.onlyEnded')}</p>
      <section className="doc-stats-section" data-testid="stats-summary">
        <h2 className="doc-stats-title">{t('print.speakingStats.sections.summary')}</h2>
        <ul className="doc-figures">
          <li>{t('print.speakingStats.summary.speeches', { count: n(stats.total.speeches) })}</li>
          <li>{t('print.speakingStats.summary.speakers', { count: n(stats.total.speakers) })}</li>
          <li>{t('print.speakingStats.summary.time', { time: time(stats.total.spokenMs) })}</li>
        </ul>
      </section>
      <section className="doc-stats-section">
        <h2 className="doc-stats-title">{t('print.speakingStats.sections.byKind')}</h2>
        {table('stats-kind', { labelHeader: h('kind'), figureHeaders: [h('speeches'), h('time'), h('share')], rows: kindRows, total: kindTotal })}
      </section>
      <section className="doc-stats-section">
        <h2 className="doc-stats-title">{t('print.speakingStats.sections.byGender')}</h2>
        {table('stats-gender', { labelHeader: h('gender'), figureHeaders: [h('delegates'), h('speakers'), h('speeches'), h('time'), h('share')], rows: genderRows, total: genderTotal })}
      </section>
      <section className="doc-stats-section">
        <h2 className="doc-stats-title">{t('print.speakingStats.sections.delegates')}</h2>
        {speakerRows.length === 0 ? (
          <p>{t('print.speakingStats.none')}</p>
        ) : (
          table('stats-people', { labelHeader: h('name'), figureHeaders: [h('speeches'), h('time'), h('share')], numbered: true, rows: speakerRows })
        )}
      </section>
      <section className="doc-stats-section">
        <h2 className="doc-stats-title">{t('print.speakingStats.sections.organisations')}</h2>
        {table('stats-organisations', {
          labelHeader: h('organisation'),
          figureHeaders: [h('delegates'), h('speakers'), h('speeches'), h('time'), h('share')],
          numbered: true,
          rows: organisationRows,
        })}
      </section>
      <section className="doc-stats-section">
        <h2 className="doc-stats-title">{t('print.speakingStats.sections.silentDelegates', { count: n(stats.silentDelegates.length) })}</h2>
        {stats.silentDelegates.length === 0 ? (
          <p>{t('print.speakingStats.none')}</p>
        ) : (
          <PrintTable
            kind="stats-silent"
            columns={silentColumns}
            groups={silent.groups.map((g) => ({ key: 'silent', heading: null, rows: g.rows }))}
            rowKey={(d) => d.delegateId}
            testId="stats-silent-delegates"
          />
        )}
        <PreviewRowsNote t={t} shown={silent.shown} total={silent.total} />
      </section>
      <section className="doc-stats-section">
        <h2 className="doc-stats-title">{t('print.speakingStats.sections.silentOrganisations', { count: n(stats.silentOrganisations.length) })}</h2>
        {stats.silentOrganisations.length === 0 ? (
          <p>{t('print.speakingStats.none')}</p>
        ) : (
          <ol className="doc-plain-list" data-testid="stats-silent-organisations">
            {stats.silentOrganisations.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ol>
        )}
      </section>
    </DocumentFrame>
  );
}
