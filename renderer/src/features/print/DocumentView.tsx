import { Component, useEffect, type ComponentType, type ReactNode } from 'react';
import i18next from 'i18next';
import type { SessionState } from '../../../../shared/domain/state';
import type { PrintDocumentName, PrintRequest } from '../../../../shared/print/registry';
import { errorMessage } from '../../i18n';
import { DeskError } from '../../../../shared/domain/errors';
import { printRequestProblem } from '../../../../shared/print/check';
import { DOCUMENT_COMPONENTS } from './documents';
import type { DocumentProps } from './documents/types';
import './print.css';

interface Props<N extends PrintDocumentName> {
  readonly request: PrintRequest<N>;
  readonly state: SessionState;
  readonly rowLimit: number | null;
  readonly now: Date;
  readonly onError?: (message: string) => void;
}

/** One document from the registry, in its own language, from the session state. */
export function DocumentView<N extends PrintDocumentName>({ request, state, rowLimit, now, onError }: Props<N>) {
  const congress = state.congress;
  const t = i18next.getFixedT(request.lang);
  const Document: ComponentType<DocumentProps<N>> = DOCUMENT_COMPONENTS[request.document];
  const problem = printRequestProblem(state, request);
  return (
    <DocumentErrorBoundary onError={onError} resetKey={request}>
      {problem !== null || congress === null ? (
        <Failure message={errorMessage(problem ?? new DeskError('congress.none'))} onError={onError} />
      ) : (
        <Document request={request} state={state} congress={congress} t={t} rowLimit={rowLimit} now={now} />
      )}
    </DocumentErrorBoundary>
  );
}

function Failure({ message, onError }: { readonly message: string; readonly onError?: (message: string) => void }) {
  useEffect(() => onError?.(message), [message, onError]);
  return (
    <p className="print-failure" role="alert" data-testid="print-failure">
      {message}
    </p>
  );
}

interface BoundaryProps {
  readonly children: ReactNode;
  readonly onError?: (message: string) => void;
  /** A new request clears a previous failure. */
  readonly resetKey: unknown;
}

interface BoundaryState {
  readonly message: string | null;
  readonly key: unknown;
}

/** A document that cannot be made (an unknown sitting) says why instead of leaving a blank page. */
class DocumentErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { message: null, key: null };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { message: errorMessage(error) };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.key ? null : { message: null, key: props.resetKey };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError?.(errorMessage(error));
  }

  override render() {
    if (this.state.message !== null) {
      return (
        <p className="print-failure" role="alert" data-testid="print-failure">
          {this.state.message}
        </p>
      );
    }
    return this.props.children;
  }
}
