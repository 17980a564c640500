import { useMemo, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../../shared/domain/congress/model';
import { credentialsReportDocument, type ReportTable } from '../../../../../shared/print/documents/credentials-report';
import { formatClock, formatDate, formatNumber, formatPercent } from '../../../../../shared/i18n/format';
import { DocumentFrame } from '../DocumentFrame';
import { FigureTable } from '../../../ui/FigureTable';
import { localIsoDate } from '../local-date';
import type { DocumentProps } from './types';
import { SignatureBlock } from './SignatureBlock';
import './credentials-report.css';

const percent = (permille: number, lang: Language) => formatPercent(permille / 1000, lang);
/** How many of the last paragraphs go with the signature onto its page. */
const CLOSING_PARAGRAPHS = 2;

/** A part-of-a-whole table: its lines with numbers and percentages, the total they add up to, and its notes. */
function ReportFigure({ table, t, lang }: { readonly table: ReportTable; readonly t: TFunction; readonly lang: Language }) {
  const totalShare = table.lines.reduce((sum, l) => sum + l.permille, 0);
  return (
    <div className="report-figure" data-testid={`report-table-${table.key}`}>
      <FigureTable
        className="doc-table report-table"
        caption={table.title}
        labelHeader={t('credentials.report.columns.item')}
        figureHeaders={[t('credentials.report.columns.count'), t('credentials.report.columns.percent')]}
        rows={table.lines.map((line) => ({ key: line.label, label: line.label, figures: [formatNumber(line.count, lang), percent(line.permille, lang)] }))}
        total={{ label: t('credentials.report.total'), figures: [formatNumber(table.total, lang), table.total === 0 ? '—' : percent(totalShare, lang)] }}
      />
      {table.notes.map((note, i) => (
        <p key={i} className="report-table-note">
          {note}
        </p>
      ))}
    </div>
  );
}

interface PeopleColumn<P> {
  readonly header: string;
  readonly className: string;
  readonly cell: (person: P) => ReactNode;
}

/** Named people (absent, not eligible, challenged, seated): numbered rows, or "none". */
function PeopleTable<P extends { readonly key: string }>(props: {
  readonly title: string;
  readonly people: readonly P[];
  readonly columns: readonly PeopleColumn<P>[];
  readonly t: TFunction;
  readonly testId: string;
}) {
  const { t } = props;
  return (
    <div className="report-people" data-testid={props.testId}>
      <p className="report-people-title">{props.title}</p>
      {props.people.length === 0 ? (
        <p className="report-none">{t('credentials.report.none')}</p>
      ) : (
        <table className="doc-table report-people-table">
          <thead>
            <tr>
              <th scope="col" className="col-no">
                {t('print.table.no')}
              </th>
              {props.columns.map((c) => (
                <th key={c.header} scope="col" className={c.className}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.people.map((person, i) => (
              <tr key={person.key}>
                <td className="col-no">{i + 1}</td>
                {props.columns.map((c) => (
                  <td key={c.header} className={c.className}>
                    {c.cell(person)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/**
 * BÁO CÁO THẨM TRA TƯ CÁCH ĐẠI BIỂU: issued by the credentials committee under the congress's
 * header; the committee's wording with its figures, the signature of the committee's chair, then
 * an appendix with every figure as tables of numbers and percentages. Live or frozen.
 */
export function CredentialsReportDocument({ request, state, congress, t, now }: DocumentProps<'credentials-report'>) {
  const { lang, options } = request;
  const doc = useMemo(() => credentialsReportDocument(state, options, lang), [state, options, lang]);
  const { figures, source } = doc;
  const w = (key: string, values?: Record<string, string | number>) => t(`print.credentialsReport.${key}`, values);
  const sourceLine =
    source.kind === 'snapshot'
      ? w('frozenAt', { time: formatClock(source.at, lang), date: formatDate(localIsoDate(new Date(source.at)), lang), label: source.label })
      : w('liveAsOf', { sitting: figures.sittingTitle, time: formatClock(now.toISOString(), lang), date: formatDate(localIsoDate(now), lang) });
  const byName = (key: string) => t(`credentials.report.columns.${key}`);
  const tables = new Map(doc.tables.map((table) => [table.key, table]));
  const table = (key: ReportTable['key']) => {
    const found = tables.get(key);
    return found ? <ReportFigure table={found} t={t} lang={lang} /> : null;
  };
  const nameCell = (p: { readonly fullName: string; readonly code: string }) => (
    <>
      {p.fullName} <span className="report-code">({p.code})</span>
    </>
  );
  // Absent, not eligible, challenged: the person, their organisation and the reason.
  const personColumns: readonly PeopleColumn<{ readonly fullName: string; readonly code: string; readonly organisation: string; readonly reason: string | null }>[] = [
    { header: byName('name'), className: 'col-name', cell: nameCell },
    { header: byName('organisation'), className: 'col-organisation', cell: (p) => p.organisation },
    { header: byName('reason'), className: 'col-reason', cell: (p) => p.reason ?? '' },
  ];
  const c = figures.composition;
  const body = doc.paragraphs.slice(0, -CLOSING_PARAGRAPHS);
  const closing = doc.paragraphs.slice(-CLOSING_PARAGRAPHS);

  return (
    <DocumentFrame
      t={t}
      lang={lang}
      congress={congress}
      title={t('print.documents.credentials-report.title')}
      subtitle={[congress.name, sourceLine]}
      date={doc.date}
      issuingUnit={w('committee')}
      testId="document-credentials-report"
    >
      <section className="report-body" data-testid="report-wording">
        {body.map((paragraph, i) => (
          <p key={i} className="report-paragraph">
            {paragraph}
          </p>
        ))}
        {/* The closing paragraphs stay on the page of the signature, never a signature alone. */}
        <div className="report-closing">
          {closing.map((paragraph, i) => (
            <p key={i} className="report-paragraph">
              {paragraph}
            </p>
          ))}
          <div className="doc-signatures">
            <SignatureBlock signature={doc.signature} hint={w('signHint')} className="report-signature" testId="report-signature" />
          </div>
        </div>
      </section>

      <section className="report-appendix" data-testid="report-appendix">
        <h2 className="doc-title">{w('appendix')}</h2>
        <p className="doc-subtitle">{w('appendixTitle')}</p>
        <p className="doc-note">{w('appendixNote')}</p>

        <h3 className="report-section">{w('sections.attendance')}</h3>
        <p className="report-lead" data-testid="report-summoned">
          {w('summoned', {
            count: formatNumber(figures.summoned, lang),
            official: formatNumber(figures.roster.official, lang),
            alternates: formatNumber(figures.roster.alternates, lang),
          })}
        </p>
        {table('attendance')}
        <PeopleTable
          t={t}
          testId="report-absentees"
          title={t('credentials.report.absenteesTitle', { count: formatNumber(figures.absentees.length, lang) })}
          people={figures.absentees.map((a) => ({ ...a, key: a.delegateId }))}
          columns={personColumns}
        />

        <h3 className="report-section">{w('sections.verification')}</h3>
        {table('verification')}
        <PeopleTable
          t={t}
          testId="report-not-eligible"
          title={t('credentials.report.notEligibleTitle', { count: formatNumber(figures.notEligible.length, lang) })}
          people={figures.notEligible.map((p) => ({ ...p, key: p.delegateId }))}
          columns={personColumns}
        />
        <PeopleTable
          t={t}
          testId="report-challenged"
          title={t('credentials.report.challengedTitle', { count: formatNumber(figures.challenged.length, lang) })}
          people={figures.challenged.map((p) => ({ ...p, key: p.delegateId }))}
          columns={personColumns}
        />
        <PeopleTable
          t={t}
          testId="report-alternates"
          title={t('credentials.report.alternatesTitle', { count: formatNumber(figures.alternatesSeated.length, lang) })}
          people={figures.alternatesSeated.map((s) => ({ ...s, key: s.alternateId }))}
          columns={[
            { header: byName('alternate'), className: 'col-name', cell: (s) => nameCell({ fullName: s.alternateName, code: s.alternateCode }) },
            { header: byName('replaced'), className: 'col-name', cell: (s) => nameCell({ fullName: s.replacedName, code: s.replacedCode }) },
            {
              header: byName('reason'),
              className: 'col-reason',
              cell: (s) => `${t(`credentials.alternates.reason.${s.reason}`)}${s.note ? ` (${s.note})` : ''}`,
            },
            { header: byName('time'), className: 'col-time', cell: (s) => `${formatClock(s.at, lang)} ${formatDate(localIsoDate(new Date(s.at)), lang)}` },
          ]}
        />

        <h3 className="report-section">{w('sections.composition', { count: formatNumber(c.base, lang) })}</h3>
        <div className="report-figures-grid">
          {table('category')}
          {table('gender')}
          {table('ethnicity')}
          {table('age')}
          {table('education')}
          {table('politicalTheory')}
          {table('membership')}
        </div>

        <h3 className="report-section">{w('sections.organisations')}</h3>
        <FigureTable
          className="doc-table report-organisations"
          numberHeader={t('print.table.no')}
          labelHeader={byName('organisation')}
          figureHeaders={[byName('summoned'), byName('verified'), byName('percent')]}
          rows={c.organisations.map((o, i) => ({
            key: o.organisation,
            no: i + 1,
            label: o.organisation,
            figures: [formatNumber(o.summoned, lang), formatNumber(o.verified, lang), percent(o.permille, lang)],
          }))}
          total={{
            label: t('credentials.report.total'),
            figures: [
              formatNumber(c.organisations.reduce((n, o) => n + o.summoned, 0), lang),
              formatNumber(c.organisations.reduce((n, o) => n + o.verified, 0), lang),
              c.base === 0 ? '—' : percent(c.organisations.reduce((n, o) => n + o.permille, 0), lang),
            ],
          }}
          testId="report-organisations"
        />
      </section>
    </DocumentFrame>
  );
}
