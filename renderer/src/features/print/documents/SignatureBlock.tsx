import type { SignatureBlock as Block } from '../../../../../shared/domain/signers/model';

/**
 * The signature block at the end of a document: the capacity lines in bold, then the signer's name
 * with the room to sign above it; without a name, the hint asks for it by hand.
 */
export function SignatureBlock(props: { readonly signature: Block; readonly hint: string; readonly className?: string; readonly testId: string }) {
  const { signature } = props;
  return (
    <div className={props.className === undefined ? 'doc-signature' : `doc-signature ${props.className}`} data-testid={props.testId}>
      {signature.capacity.map((line, i) => (
        <p key={i} className="doc-signature-role">
          {line}
        </p>
      ))}
      {signature.name === '' ? (
        <p className="doc-signature-hint">{props.hint}</p>
      ) : (
        <p className="doc-signature-name" data-testid={`${props.testId}-name`}>
          {signature.name}
        </p>
      )}
    </div>
  );
}
