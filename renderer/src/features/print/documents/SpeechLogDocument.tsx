import { useMemo } from 'react';
import type { SpeechLogEntry } from '../../../../../shared/domain/speakers/log';
import { formatDuration } from '../../../../../shared/domain/speakers/timer';
import { speechLogDocument } from '../../../../../shared/print/documents/speech-log';
import { limitRows } from '../../../../../shared/print/documents/lists';
import { formatClock, formatDate, formatNumber } from '../../../../../shared/i18n/format';
import { DocumentFrame } from '../DocumentFrame';
import { PrintTable, type PrintColumn } from './PrintTable';
import { PreviewRowsNote } from './PreviewRowsNote';
import { speechScopeLines } from './SpeechScopeLine';
import { localIsoDate } from '../local-date';
import type { DocumentProps } from './types';
import { SignatureBlock } from './SignatureBlock';
import { documentSignature } from '../../../../../shared/domain/signers/select';

/**
 * NHẬT KÝ PHÁT BIỂU: every speech in the order given, under its discussion, with speaker and
 * organisation, kind, title, start, end, time spoken and time over; then the totals and the
 * secretariat's signature. Speeches entered afterwards are marked, as in the desk's log.
 */
export function SpeechLogDocument({ request, state, congress, t, rowLimit, now }: DocumentProps<'speech-log'>) {
  const { lang, options } = request;
  const nowMs = now.getTime();
  const doc = useMemo(() => speechLogDocument(state, options, nowMs), [state.speakers, state.roster, state.congress, options, nowMs]);
  const columns: PrintColumn<SpeechLogEntry>[] = [
    { key: 'no', header: t('speakers.log.columns.number'), className: 'col-no', cell: (e) => `${e.number}${doc.recordedMarking === 'each' && e.recorded ? '*' : ''}` },
    {
      key: 'speaker',
      header: t('speakers.log.columns.speaker'),
      className: 'col-speaker',
      cell: (e) => (
        <>
          <p className="doc-speaker-name">{e.speaker.name}</p>
          {e.speaker.detail !== '' && <p className="doc-speaker-detail">{e.speaker.detail}</p>}
        </>
      ),
    },
    { key: 'kind', header: t('speakers.log.columns.kind'), className: 'col-kind', cell: (e) => t(`speakers.kind.${e.kind}`) },
    { key: 'title', header: t('speakers.log.columns.title'), className: 'col-title', cell: (e) => e.title },
    { key: 'start', header: t('speakers.log.columns.start'), className: 'col-clock', cell: (e) => formatClock(e.startedAt, lang) },
    {
      key: 'end',
      header: t('speakers.log.columns.end'),
      className: 'col-clock',
      cell: (e) => (e.endedAt === null ? <em>{t('print.speechLog.inProgress')}</em> : formatClock(e.endedAt, lang)),
    },
    { key: 'duration', header: t('speakers.log.columns.duration'), className: 'col-duration', cell: (e) => formatDuration(e.durationMs) },
    { key: 'overrun', header: t('speakers.log.columns.overrun'), className: 'col-duration', cell: (e) => (e.overrunMs > 0 ? `+${formatDuration(e.overrunMs)}` : '') },
  ];
  const groups = doc.groups.map((g) => ({
    key: g.discussionId,
    heading: t('print.speechLog.group', { discussion: g.discussionTitle, sitting: g.sitting?.title ?? '' }),
    rows: g.entries,
  }));
  const shown = limitRows(groups, rowLimit ?? Infinity);
  const { totals } = doc;
  const n = (value: number) => formatNumber(value, lang);
  return (
    <DocumentFrame
      t={t}
      lang={lang}
      congress={congress}
      title={t('print.documents.speech-log.title')}
      subtitle={[congress.name, ...speechScopeLines(doc.scope, t, lang)]}
      date={doc.scope.date}
      testId="document-speech-log"
    >
      {totals.speeches === 0 ? (
        <p className="doc-note">{t('print.speechLog.empty')}</p>
      ) : (
        <PrintTable kind="speech-log" columns={columns} groups={shown.groups} rowKey={(e) => e.speechId} testId="speech-log-table" />
      )}
      <PreviewRowsNote t={t} shown={shown.shown} total={shown.total} />
      <section className="doc-totals" data-testid="speech-log-totals">
        <h2 className="doc-section-title">{t('print.speechLog.totals.title')}</h2>
        <p className="doc-note">{t('print.speechLog.totals.asOf', { time: formatClock(now.toISOString(), lang), date: formatDate(localIsoDate(now), lang) })}</p>
        <ul>
          <li>{t('print.speechLog.totals.speeches', { count: n(totals.speeches), time: formatDuration(totals.spokenMs) })}</li>
          <li>{t('print.speechLog.totals.overrun', { count: n(totals.overrun), time: formatDuration(totals.overrunMs) })}</li>
          {totals.inProgress > 0 && <li>{t('print.speechLog.totals.inProgress', { count: n(totals.inProgress) })}</li>}
          {doc.recordedMarking === 'each' && <li>{t('print.speechLog.totals.recorded', { count: n(totals.recorded) })}</li>}
          {doc.recordedMarking === 'all' && <li>{t('print.speechLog.totals.recordedAll')}</li>}
        </ul>
      </section>
      <section className="doc-signatures">
        <SignatureBlock signature={documentSignature(state, 'speech-log', lang)} hint={t('print.speechLog.signHint')} testId="speech-log-signature" />
      </section>
    </DocumentFrame>
  );
}
