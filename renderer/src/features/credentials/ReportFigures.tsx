import type { Language } from '../../../../shared/domain/congress/model';
import type { BandShare, CredentialsFigures, PersonFigure, Share } from '../../../../shared/domain/credentials/figures';
import { bandLabel, shareLabel, word, type ShareDimension } from '../../../../shared/credentials/labels';
import { formatClock, formatDate } from '../../../../shared/i18n/format';
import { FigureTable } from '../../ui/FigureTable';
import { count, percent } from './labels';

interface Line {
  readonly label: string;
  readonly count: number;
  readonly permille: number;
}

/** A part-of-a-whole table: every line with its share, and the total that the shares add up to. */
function ShareTable(props: { readonly title?: string; readonly lines: readonly Line[]; readonly language: Language; readonly testId: string }) {
  const { language } = props;
  const w = (key: string) => word(language, `credentials.report.columns.${key}`);
  const total = props.lines.reduce((s, l) => s + l.count, 0);
  const totalShare = props.lines.reduce((s, l) => s + l.permille, 0);
  return (
    <FigureTable
      className="plain compact share-table"
      caption={props.title}
      labelHeader={w('item')}
      figureHeaders={[w('count'), w('percent')]}
      rows={props.lines.map((line) => ({ key: line.label, label: line.label, figures: [count(line.count, language), percent(line.permille, language)] }))}
      total={{ label: word(language, 'credentials.report.total'), figures: [count(total, language), percent(totalShare, language)] }}
      testId={props.testId}
    />
  );
}

function PeopleTable(props: {
  readonly title: string;
  readonly people: readonly { readonly delegateId: string; readonly code: string; readonly fullName: string; readonly organisation: string; readonly reason: string | null }[];
  readonly language: Language;
  readonly testId: string;
}) {
  const w = (key: string) => word(props.language, `credentials.report.columns.${key}`);
  return (
    <table className="plain compact people-table" data-testid={props.testId}>
      <caption>{props.title}</caption>
      {props.people.length === 0 ? (
        <tbody>
          <tr>
            <td className="muted">{word(props.language, 'credentials.report.none')}</td>
          </tr>
        </tbody>
      ) : (
        <>
          <thead>
            <tr>
              <th>{w('name')}</th>
              <th>{w('organisation')}</th>
              <th>{w('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {props.people.map((p) => (
              <tr key={p.delegateId}>
                <td>
                  {p.fullName} <span className="code">{p.code}</span>
                </td>
                <td>{p.organisation}</td>
                <td>{p.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </>
      )}
    </table>
  );
}

/** Every figure of the credentials report, in the report's language: live or as frozen. */
export function ReportFigures(props: { readonly figures: CredentialsFigures; readonly language: Language }) {
  const { figures, language } = props;
  const w = (key: string, values: Readonly<Record<string, string | number>> = {}) => word(language, `credentials.report.${key}`, values);
  const lines = (dimension: ShareDimension, shares: readonly Share[]): Line[] => shares.map((s) => ({ label: shareLabel(dimension, s.key, language), count: s.count, permille: s.permille }));
  const bands = (kind: 'age' | 'membership', shares: readonly BandShare[]): Line[] => shares.map((b) => ({ label: bandLabel(kind, b, language), count: b.count, permille: b.permille }));
  const person = (p: PersonFigure | null, key: 'personAge' | 'personMembership') =>
    p === null ? w('none') : w(key, { name: p.fullName, organisation: p.organisation, years: count(p.years, language) });
  const c = figures.composition;
  const date = formatDate(figures.congressDate, language);
  return (
    <div className="report-figures" lang={language}>
      <section>
        <h3>{w('attendance')}</h3>
        <p className="small muted">{w('officialOnRoster', { count: count(figures.roster.official, language) })}</p>
        <p className="big-figure" data-testid="report-summoned">
          {w('summoned')}: <strong>{count(figures.summoned, language)}</strong>
          {figures.sittingTitle && <span className="muted small"> · {figures.sittingTitle}</span>}
        </p>
        <ShareTable lines={lines('attendance', figures.attendance)} language={language} testId="report-attendance" />
        <PeopleTable title={w('absenteesTitle', { count: figures.absentees.length })} people={figures.absentees} language={language} testId="report-absentees" />
      </section>
      <section>
        <h3>{w('verification')}</h3>
        <ShareTable lines={lines('verification', figures.verification)} language={language} testId="report-verification" />
        <PeopleTable title={w('notEligibleTitle', { count: figures.notEligible.length })} people={figures.notEligible} language={language} testId="report-not-eligible" />
        <PeopleTable title={w('challengedTitle', { count: figures.challenged.length })} people={figures.challenged} language={language} testId="report-challenged" />
        <table className="plain compact people-table" data-testid="report-alternates">
          <caption>{w('alternatesTitle', { count: figures.alternatesSeated.length })}</caption>
          {figures.alternatesSeated.length === 0 ? (
            <tbody>
              <tr>
                <td className="muted">{w('none')}</td>
              </tr>
            </tbody>
          ) : (
            <>
              <thead>
                <tr>
                  <th>{w('columns.alternate')}</th>
                  <th>{w('columns.replaced')}</th>
                  <th>{w('columns.reason')}</th>
                  <th>{w('columns.time')}</th>
                </tr>
              </thead>
              <tbody>
                {figures.alternatesSeated.map((s) => (
                  <tr key={s.alternateId}>
                    <td>
                      {s.alternateName} <span className="code">{s.alternateCode}</span>
                    </td>
                    <td>
                      {s.replacedName} <span className="code">{s.replacedCode}</span>
                    </td>
                    <td>
                      {word(language, `credentials.alternates.reason.${s.reason}`)}
                      {s.note && ` — ${s.note}`}
                    </td>
                    <td>{formatClock(s.at, language)}</td>
                  </tr>
                ))}
              </tbody>
            </>
          )}
        </table>
      </section>
      <section className="composition">
        <h3 data-testid="report-composition">{w('composition', { count: count(c.base, language) })}</h3>
        <div className="composition-grid">
          <ShareTable title={w('category')} lines={lines('category', c.category)} language={language} testId="report-category" />
          <ShareTable title={w('gender')} lines={lines('gender', c.gender)} language={language} testId="report-gender" />
          <div>
            <ShareTable title={w('ethnicity')} lines={lines('ethnicity', c.ethnicity)} language={language} testId="report-ethnicity" />
            {c.minorities.length > 0 && <p className="small">{c.minorities.map((m) => `${m.name} ${count(m.count, language)}`).join(' · ')}</p>}
          </div>
          <div>
            <ShareTable title={w('age', { date })} lines={bands('age', c.age)} language={language} testId="report-age" />
            <p className="small" data-testid="report-youngest">
              {w('youngest')}: {person(c.youngest, 'personAge')}
            </p>
            <p className="small" data-testid="report-oldest">
              {w('oldest')}: {person(c.oldest, 'personAge')}
            </p>
          </div>
          <ShareTable title={w('education')} lines={lines('education', c.education)} language={language} testId="report-education" />
          <ShareTable title={w('theory')} lines={lines('politicalTheory', c.politicalTheory)} language={language} testId="report-theory" />
          <div>
            <ShareTable title={w('membership', { date })} lines={bands('membership', c.membership)} language={language} testId="report-membership" />
            <p className="small" data-testid="report-longest">
              {w('longestServing')}: {person(c.longestServing, 'personMembership')}
            </p>
          </div>
        </div>
        <FigureTable
          className="plain compact"
          caption={w('organisations', { count: c.organisations.length })}
          labelHeader={w('columns.organisation')}
          figureHeaders={[w('columns.summoned'), w('columns.verified'), w('columns.percent')]}
          rows={c.organisations.map((o) => ({
            key: o.organisation,
            label: o.organisation,
            figures: [count(o.summoned, language), count(o.verified, language), percent(o.permille, language)],
          }))}
          testId="report-organisations"
        />
      </section>
    </div>
  );
}
