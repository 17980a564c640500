import { useMemo } from 'react';
import { qrMatrix, qrSvgPath } from '../../../../shared/credentials/qr';

/** A QR code as crisp SVG (one path), its quiet zone included; the same drawing prints on badges. */
export function QrCode(props: { readonly text: string; readonly label: string; readonly size?: string }) {
  const { d, side } = useMemo(() => qrSvgPath(qrMatrix(props.text)), [props.text]);
  return (
    <svg
      className="qr"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${side} ${side}`}
      width={props.size ?? '100%'}
      height={props.size ?? '100%'}
      shapeRendering="crispEdges"
      data-qr={props.text}
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
