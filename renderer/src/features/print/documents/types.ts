import type { TFunction } from 'i18next';
import type { Congress } from '../../../../../shared/domain/congress/model';
import type { SessionState } from '../../../../../shared/domain/state';
import type { PrintDocumentName, PrintRequest } from '../../../../../shared/print/registry';

/** What every document component receives: the request, the session, words in the document's language. */
export interface DocumentProps<N extends PrintDocumentName> {
  readonly request: PrintRequest<N>;
  readonly state: SessionState;
  readonly congress: Congress;
  /** Translations fixed to the document's language, whatever the desk's language. */
  readonly t: TFunction;
  /** On-screen preview: the most table rows to render. Null when printing: every row. */
  readonly rowLimit: number | null;
  /** When the document is made: figures that change say "as of". */
  readonly now: Date;
}
