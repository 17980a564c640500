import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Congress, Language } from '../../../../shared/domain/congress/model';
import { documentDateLine } from '../../../../shared/print/date-line';

export interface DocumentFrameProps {
  readonly t: TFunction;
  readonly lang: Language;
  readonly congress: Congress;
  readonly title: string;
  /** Lines under the title: the congress, the sitting. */
  readonly subtitle: readonly string[];
  /** The date of the place-and-date line (YYYY-MM-DD). */
  readonly date: string;
  readonly children: ReactNode;
  readonly testId?: string;
  /**
   * A body of the congress that issues this document (the credentials committee): printed under
   * the congress's issuing lines, in bold, as the direct issuer is.
   */
  readonly issuingUnit?: string;
}

/**
 * The layout every printed document shares, as Vietnamese offices set it out: the issuing body
 * top left (the last line bold, a short rule under it), the motto top right (bold, its last line
 * underlined), the place and date under the motto, then the title centred in bold capitals.
 * The header texts are settings of the congress; all of it is text, never HTML.
 */
export function DocumentFrame({ t, lang, congress, title, subtitle, date, children, testId, issuingUnit }: DocumentFrameProps) {
  const { motto, place } = congress.header;
  const issuer = issuingUnit === undefined ? congress.header.issuer : [...congress.header.issuer, issuingUnit];
  const dateLine = documentDateLine(place, date, lang, (key, values) => t(key, values));
  return (
    <article className="print-doc" lang={lang} data-testid={testId}>
      <header className="doc-header">
        <div className="doc-issuer">
          {issuer.map((line, i) => (
            <p key={i} className={i === issuer.length - 1 ? 'doc-issuer-main' : undefined}>
              {line}
            </p>
          ))}
          {issuer.length > 0 && <span className="doc-rule" aria-hidden="true" />}
        </div>
        <div className="doc-motto">
          {motto.map((line, i) => (
            <p key={i} className={i === motto.length - 1 ? 'doc-motto-last' : undefined}>
              {line}
            </p>
          ))}
          {dateLine && <p className="doc-date">{dateLine}</p>}
        </div>
      </header>
      <h1 className="doc-title">{title}</h1>
      {subtitle.map((line, i) => (
        <p key={i} className="doc-subtitle">
          {line}
        </p>
      ))}
      <div className="doc-body">{children}</div>
    </article>
  );
}
