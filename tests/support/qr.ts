import jsqr from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS with a default export in its types: under NodeNext its function is `.default`.
const jsQR = jsqr.default;

/** Reads a QR code from an RGBA image as a phone or a scanner would; null when none is found. */
export function decodeQr(data: Uint8ClampedArray, width: number, height: number): string | null {
  return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** Reads a QR code from a PNG file's bytes (a screenshot, a page rendered from a PDF). */
export function decodeQrPng(bytes: Uint8Array): string | null {
  const png = PNG.sync.read(Buffer.from(bytes));
  return decodeQr(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
}
