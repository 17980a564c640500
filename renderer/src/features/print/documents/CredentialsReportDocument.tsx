import { useMemo, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../../shared/domain/congress/model';
import { credentialsReportDocument, type ReportTable } from '../../../../../shared/print/documents/credentials-report';
import { formatClock, formatDate, formatNumber, formatPercent } from '../../../../../shared/i18n/format';
import { DocumentFrame } from '../DocumentFrame';
import { localIsoDate } from '../local-date';
import type { DocumentProps } from './types';
import './credentials-report.css';

const percent = (permille: number, lang: Language) => formatPercent(permille / 1000, lang);
/** How many of the last paragraphs go with the signature onto its page. */
const CLOSING_PARAGRAPHS = 2;

/** A part-of-a-whole table: its lines with numbers and percentages, and the total they add up to. */
function FigureTable({ table, t, lang }: { readonly table: ReportTable; readonly t: TFunction; readonly lang: Language }) {
  const totalShare = table.lines.reduce((sum, l) => sum + l.permille, 0);
  return (
    <div className="report-figure" data-testid={`report-table-${table.key}`}>
      <table className="doc-table report-table">
        <caption>{table.title}</caption>
        <colgroup>
          <col className="col-item" />
          <col className="col-count" />
          <col className="col-percent" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('credentials.report.columns.item')}</th>
            <th scope="col">{t('credentials.report.columns.count')}</th>
            <th scope="col">{t('credentials.report.columns.percent')}</th>
          </tr>
        </thead>
        <tbody>
          {table.lines.map((line) => (
            <tr key={line.label}>
              <td>{line.label}</td>
              <td className="num">{formatNumber(line.count, lang)}</td>
              <td className="num">{percent(line.permille, lang)}</td>
            </tr>
          ))}
          <tr className="doc-total">
            <th scope="row">{t('credentials.report.total')}</th>
            <td className="num">{formatNumber(table.total, lang)}</td>
            <td className="num">{table.total === 0 ? '—' : percent(totalShare, lang)}</td>
          </tr>
        </tbody>
      </table>
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
    return found ? <FigureTable table={found} t={t} lang={lang} /> : null;
  };
  const nameCell = (p: { readonly fullName: string; readonly code: string }) => (
    <>
      {p.fullName} <span className="report-code">({p.code})</span>
    </>
  );
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
            <div className="doc-signature report-signature">
              <p className="doc-signature-role">{w('onBehalf')}</p>
              <p className="doc-signature-role">{w('role')}</p>
              <p className="doc-signature-hint">{w('signHint')}</p>
            </div>
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
          columns={[
            { header: byName('name'), className: 'col-name', cell: nameCell },
            { header: byName('organisation'), className: 'col-organisation', cell: (p) => p.organisation },
            { header: byName('reason'), className: 'col-reason', cell: (p) => p.reason ?? '' },
          ]}
        />

        <h3 className="report-section">{w('sections.verification')}</h3>
        {table('verification')}
        <PeopleTable
          t={t}
          testId="report-not-eligible"
          title={t('credentials.report.notEligibleTitle', { count: formatNumber(figures.notEligible.length, lang) })}
          people={figures.notEligible.map((p) => ({ ...p, key: p.delegateId }))}
          columns={[
            { header: byName('name'), className: 'col-name', cell: nameCell },
            { header: byName('organisation'), className: 'col-organisation', cell: (p) => p.organisation },
            { header: byName('reason'), className: 'col-reason', cell: (p) => p.reason },
          ]}
        />
        <PeopleTable
          t={t}
          testId="report-challenged"
          title={t('credentials.report.challengedTitle', { count: formatNumber(figures.challenged.length, lang) })}
          people={figures.challenged.map((p) => ({ ...p, key: p.delegateId }))}
          columns={[
            { header: byName('name'), className: 'col-name', cell: nameCell },
            { header: byName('organisation'), className: 'col-organisation', cell: (p) => p.organisation },
            { header: byName('reason'), className: 'col-reason', cell: (p) => p.reason },
          ]}
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
        <table className="doc-table report-organisations" data-testid="report-organisations">
          <thead>
            <tr>
              <th scope="col" className="col-no">
                {t('print.table.no')}
              </th>
              <th scope="col">{byName('organisation')}</th>
              <th scope="col" className="col-count">
                {byName('summoned')}
              </th>
              <th scope="col" className="col-count">
                {byName('verified')}
              </th>
              <th scope="col" className="col-percent">
                {byName('percent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {c.organisations.map((o, i) => (
              <tr key={o.organisation}>
                <td className="col-no">{i + 1}</td>
                <td>{o.organisation}</td>
                <td className="num">{formatNumber(o.summoned, lang)}</td>
                <td className="num">{formatNumber(o.verified, lang)}</td>
                <td className="num">{percent(o.permille, lang)}</td>
              </tr>
            ))}
            {/* A last row, not a <tfoot>: Chromium repeats a footer at the bottom of every page. */}
            <tr className="doc-total">
              <th scope="row" colSpan={2}>
                {t('credentials.report.total')}
              </th>
              <td className="num">{formatNumber(c.organisations.reduce((n, o) => n + o.summoned, 0), lang)}</td>
              <td className="num">{formatNumber(c.organisations.reduce((n, o) => n + o.verified, 0), lang)}</td>
              <td className="num">{c.base === 0 ? '—' : percent(c.organisations.reduce((n, o) => n + o.permille, 0), lang)}</td>
            </tr>
          </tbody>
        </table>
      </section>
    </DocumentFrame>
  );
}
