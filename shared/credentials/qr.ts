import qrcode from 'qrcode-generator';

// QR codes for delegate badges, as a matrix of dark modules: the screen draws it as SVG, printed
// badges do the same, and tests rasterise it and decode it. Pure: no DOM, no canvas.

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  /** Row by row, true for a dark module. */
  readonly dark: readonly boolean[];
}

/** The text as UTF-8 bytes, one character per byte: the generator writes each character's low byte. */
function utf8Bytes(text: string): string {
  // encodeURIComponent writes UTF-8 as %XX escapes (and leaves ASCII letters and digits as they are).
  // A lone surrogate cannot be written in UTF-8 (and would make encodeURIComponent throw).
  const wellFormed = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return encodeURIComponent(wellFormed).replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Level M (15 % of the code may be damaged or smudged and still read) and the smallest version that
 * holds the text: a short delegate code gives a 21 or 25 module code that a scanner reads from afar.
 */
export function qrMatrix(text: string): QrMatrix {
  const code = qrcode(0, 'M');
  code.addData(utf8Bytes(text), 'Byte');
  code.make();
  const size = code.getModuleCount();
  const dark: boolean[] = [];
  for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) dark.push(code.isDark(row, col));
  return { size, dark };
}

/** The quiet zone scanners need around a code, in modules. */
export const QUIET_ZONE = 4;

/**
 * One SVG path for all dark modules (one rectangle per run of dark modules in a row), in module
 * units with the quiet zone included: draw it in a `viewBox` of `0 0 side side`.
 */
export function qrSvgPath(matrix: QrMatrix): { readonly d: string; readonly side: number } {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.dark[row * matrix.size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.dark[row * matrix.size + col]) col++;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return { d: parts.join(''), side: matrix.size + 2 * QUIET_ZONE };
}

/**
 * The code as an RGBA image (white background, black modules, `scale` pixels per module, quiet
 * zone included): what a camera would see of a printed badge, for decoding in tests.
 */
export function qrRaster(matrix: QrMatrix, scale: number): { readonly data: Uint8ClampedArray; readonly width: number; readonly height: number } {
  const side = (matrix.size + 2 * QUIET_ZONE) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (!matrix.dark[row * matrix.size + col]) continue;
      for (let y = 0; y < scale; y++) {
        for (let x = 0; x < scale; x++) {
          const offset = (((row + QUIET_ZONE) * scale + y) * side + (col + QUIET_ZONE) * scale + x) * 4;
          data[offset] = 0;
          data[offset + 1] = 0;
          data[offset + 2] = 0;
        }
      }
    }
  }
  return { data, width: side, height: side };
}
