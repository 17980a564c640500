// Printed documents use Tinos, metric-compatible with Times New Roman (the office habit), bundled
// with the app so that no document depends on the fonts of the machine. These files declare each
// style in subsets by unicode-range, the Vietnamese one included; Vite bundles every file.
import '@fontsource/tinos/400.css';
import '@fontsource/tinos/700.css';
import '@fontsource/tinos/400-italic.css';
import '@fontsource/tinos/700-italic.css';

export const PRINT_FONT_FAMILY = "'Tinos', 'Times New Roman', serif";

const FACES = ['400 13pt Tinos', '700 13pt Tinos', 'italic 400 13pt Tinos', 'italic 700 13pt Tinos'];
/** Text touching the Latin and the Vietnamese subsets, so that both load for each style. */
const SAMPLE = 'Aa Ăă Ââ Đđ Êê Ôô Ơơ Ưư Ạạ Ếế Ỗỗ Ựự Ỹỹ';

/**
 * Loads every style of the print font, Vietnamese subset included. The print route does this
 * before the document is first laid out: a long document laid out in a fallback font is laid out
 * again, every row of it, when the font arrives (measured at 5,000 delegates: a second of layout).
 */
export async function loadPrintFonts(): Promise<void> {
  const loaded = await Promise.all(FACES.map((face) => document.fonts.load(face, SAMPLE)));
  const missing = FACES.filter((_, i) => (loaded[i]?.length ?? 0) === 0);
  if (missing.length > 0) throw new Error(`font not available: ${missing.join(', ')}`);
}

/**
 * Resolves once the document has no font load pending: a subset its text needs beyond those
 * loaded ahead (a name in another script). A PDF made before that would show fallback glyphs.
 */
export async function printFontsSettled(): Promise<void> {
  await document.fonts.ready;
}
