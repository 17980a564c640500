// Vietnamese typed in the pre-Unicode encodings that office files still carry: TCVN3 (the "ABC"
// fonts, .VnTime) and VNI (VNI-Times). Their bytes are Latin-1 letters and symbols, so a file
// typed in them reads as "NguyÔn V¨n An" (TCVN3) or "Nguyeãn Vaên An" (VNI). This module
// recognises such text word by word and converts it to Unicode.
//
// The tables follow TCVN 5712:1993 (VN3) and the VNI Windows font layout; the tests encode known
// names with the inverse tables and check every TCVN3 letter against the system's iconv.

export type LegacyEncoding = 'tcvn3' | 'vni';
export const LEGACY_ENCODINGS = ['tcvn3', 'vni'] as const satisfies readonly LegacyEncoding[];

/**
 * TCVN3: one byte per letter. Each row lists a vowel's five toned forms in TCVN3's own order
 * (grave, hook, tilde, acute, dot below) with their byte values; capitals with a tone were drawn
 * by a separate capital font (.VnTimeH) from the same bytes, so the bytes mean lower case.
 */
const TCVN3_ROWS: readonly (readonly [letters: string, bytes: readonly number[]])[] = [
  ['ĂÂÊÔƠƯĐ', [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7]],
  ['ăâêôơưđ', [0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae]],
  ['àảãáạ', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ằẳẵắặ', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['ầẩẫấậ', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['èẻẽéẹ', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ềểễếệ', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['ìỉĩíị', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['òỏõóọ', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ồổỗốộ', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ờởỡớợ', [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['ùủũúụ', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ừửữứự', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['ỳỷỹýỵ', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/** The TCVN3 byte of each letter; a byte read as Latin-1 is the character with that code. */
export const TCVN3_BYTES: ReadonlyMap<string, number> = new Map(
  TCVN3_ROWS.flatMap(([letters, bytes]) => [...letters].map((letter, i) => [letter, bytes[i] ?? 0] as const)),
);
const FROM_TCVN3: ReadonlyMap<string, string> = new Map([...TCVN3_BYTES].map(([letter, byte]) => [String.fromCharCode(byte), letter]));

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const CIRCUMFLEX = '\u0302';
const TILDE = '\u0303';
const BREVE = '\u0306';
const HOOK = '\u0309';
const DOT = '\u0323';
const TONES = [GRAVE, ACUTE, TILDE, HOOK, DOT] as const;

/**
 * VNI: a letter is its base letter followed by one byte for its marks. Upper- and lower-case
 * forms of a mark byte mean the same; the mark's case follows the letter's in the fonts.
 */
const VNI_MARKS: ReadonlyMap<string, { readonly marks: string; readonly after: 'vowel' | 'aeo' | 'a' }> = new Map(
  (
    [
      ['ù', ACUTE, 'vowel'],
      ['ø', GRAVE, 'vowel'],
      ['û', HOOK, 'vowel'],
      ['õ', TILDE, 'vowel'],
      ['ï', DOT, 'vowel'],
      ['â', CIRCUMFLEX, 'aeo'],
      ['á', CIRCUMFLEX + ACUTE, 'aeo'],
      ['à', CIRCUMFLEX + GRAVE, 'aeo'],
      ['å', CIRCUMFLEX + HOOK, 'aeo'],
      ['ã', CIRCUMFLEX + TILDE, 'aeo'],
      ['ä', CIRCUMFLEX + DOT, 'aeo'],
      ['ê', BREVE, 'a'],
      ['é', BREVE + ACUTE, 'a'],
      ['è', BREVE + GRAVE, 'a'],
      ['ú', BREVE + HOOK, 'a'],
      ['ü', BREVE + TILDE, 'a'],
      ['ë', BREVE + DOT, 'a'],
    ] as const
  ).flatMap(([byte, marks, after]) => [
    [byte, { marks, after }],
    [byte.toUpperCase(), { marks, after }],
  ]),
);

/** VNI letters that stand alone: o and u with a horn, đ, and the toned i and y the fonts drew whole. */
const VNI_LETTERS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['ô', 'ơ'],
      ['ö', 'ư'],
      ['ñ', 'đ'],
      ['í', 'í'],
      ['ì', 'ì'],
      ['æ', 'ỉ'],
      ['ó', 'ĩ'],
      ['ò', 'ị'],
      ['î', 'ỵ'],
    ] as const
  ).flatMap(([byte, letter]) => [
    [byte, letter],
    [byte.toUpperCase(), letter.toUpperCase()],
  ]),
);

const VOWELS = new Set([...'aeiouyơư']);

/** A piece of text converted, and whether every non-ASCII character in it meant something in the encoding. */
interface Converted {
  readonly text: string;
  readonly complete: boolean;
}

function fromTcvn3(word: string): Converted {
  let complete = true;
  let text = '';
  /** Capitals (plain, or TCVN3's own Ă Â Ê Ô Ơ Ư Đ) and plain lower-case letters. */
  let asciiUpper = 0;
  let asciiLower = 0;
  for (const char of word) {
    const letter = FROM_TCVN3.get(char);
    if (letter !== undefined) {
      if (letter !== letter.toLowerCase()) asciiUpper++;
      text += letter;
      continue;
    }
    if (char > '\u007f') complete = false;
    if (char >= 'A' && char <= 'Z') asciiUpper++;
    if (char >= 'a' && char <= 'z') asciiLower++;
    text += char;
  }
  // A word typed in a capital font ("NGUYÔN", "§øC") has its other letters in capitals: so do the toned ones.
  if (asciiUpper >= 2 && asciiLower === 0) text = text.toUpperCase();
  // Each byte became a precomposed letter or stayed a Latin-1 character: the text is NFC already.
  return { text, complete };
}

function fromVni(word: string): Converted {
  let complete = true;
  let text = '';
  /** The base vowel the next mark byte may attach to (lower case), or null. */
  let base: string | null = null;
  for (const char of word) {
    const mark = VNI_MARKS.get(char);
    if (mark !== undefined && base !== null && fits(mark.after, base)) {
      text += mark.marks;
      base = null;
      continue;
    }
    const letter = VNI_LETTERS.get(char);
    if (letter !== undefined) {
      text += letter;
      const lower = letter.toLowerCase();
      base = lower === 'ơ' || lower === 'ư' ? lower : null;
      continue;
    }
    if (char > '\u007f') complete = false;
    const lower = char.toLowerCase();
    base = VOWELS.has(lower) ? lower : null;
    text += char;
  }
  return { text: text.normalize('NFC'), complete };
}

function fits(after: 'vowel' | 'aeo' | 'a', base: string): boolean {
  switch (after) {
    case 'vowel':
      return true;
    case 'aeo':
      return base === 'a' || base === 'e' || base === 'o';
    case 'a':
      return base === 'a';
  }
}

const CONVERTERS: Readonly<Record<LegacyEncoding, (word: string) => Converted>> = { tcvn3: fromTcvn3, vni: fromVni };

/** Text in a legacy encoding as Unicode (NFC). Text already holding Vietnamese Unicode letters is returned as it is. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  if (hasUnicodeLetters(text)) return text;
  return text
    .split(/(\s+)/)
    .map((part) => (/\s/.test(part) ? part : CONVERTERS[encoding](part).text))
    .join('');
}

/** Letters beyond Latin-1 (ă, ơ, ư, đ, ạ, ễ ...) or combining marks: text holding them was typed in Unicode. */
function hasUnicodeLetters(text: string): boolean {
  return /[\u0100-\u024f\u0300-\u036f\u1e00-\u1eff]/.test(text);
}

// A Vietnamese syllable: an initial consonant, a vowel nucleus, a final consonant, at most one tone.
const INITIALS = '(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?';
const NUCLEI =
  '(?:iêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ưu|ươ|uy|ya|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)';
const FINALS = '(?:ch|ng|nh|c|m|n|p|t)?';
const SYLLABLE = new RegExp(`^${INITIALS}${NUCLEI}${FINALS}$`);
const TONE_MARKS = new RegExp(`[${TONES.join('')}]`, 'g');

/** Whether a word is one Vietnamese syllable, written in lower case, capitalised or in capitals. */
export function isVietnameseSyllable(word: string): boolean {
  // Vietnamese has no casing rules of its own: the plain mappings are right, and much faster.
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  const capitalised = upper.slice(0, 1) + lower.slice(1);
  if (word !== lower && word !== upper && word !== capitalised) return false;
  const decomposed = lower.normalize('NFD');
  if ((decomposed.match(TONE_MARKS) ?? []).length > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
}

/** Words are separated by spaces and ASCII punctuation; the legacy encodings use Latin-1 symbols as letters. */
const WORD_SEPARATORS = /[\s,.;:()[\]/\\\-"'!?&+*=<>|_]+/;

type WordReading = 'evidence' | 'against' | 'neutral';

/** What one word says about an encoding: typed in it, not typed in it, or nothing either way. */
function readWord(word: string, encoding: LegacyEncoding): WordReading {
  if (!/[^\u0000-\u007f]/.test(word) || /[0-9]/.test(word)) return 'neutral';
  if (hasUnicodeLetters(word)) return 'against';
  const converted = CONVERTERS[encoding](word);
  const legacy = converted.complete && converted.text !== word && isVietnameseSyllable(converted.text);
  if (!legacy) return 'against';
  // "Lê", "Hoài" are Vietnamese as they are and in the legacy reading too: they tell nothing.
  return isVietnameseSyllable(word) ? 'neutral' : 'evidence';
}

/** A text cell of a table, with where it is. */
export interface LegacyCell {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

export interface LegacyDetection {
  readonly encoding: LegacyEncoding;
  /** The first cell whose words read as that encoding. */
  readonly first: { readonly row: number; readonly column: number };
  /** Words that read as that encoding. */
  readonly words: number;
}

/** At least this many words must read as a legacy encoding... */
const MIN_EVIDENCE = 2;
/** ...and this share of the words that are not plain ASCII, so that a few odd words never decide. */
const MIN_SHARE = 0.75;
/**
 * A file is typed in one encoding throughout: this many telling words decide, so a roster of
 * 5,000 delegates costs no more than one of a few hundred.
 */
const SAMPLE_WORDS = 3000;

/**
 * Whether the text of these cells was typed in TCVN3 or VNI. Each word that is not plain ASCII is
 * read both ways: it is evidence for an encoding when its reading in it is a Vietnamese syllable
 * and the word as it stands is not; words in Unicode Vietnamese, or whose reading is no syllable,
 * count against. Genuine Unicode rosters are full of words beyond Latin-1 (Nguyễn, Trần, Thị).
 */
export function detectLegacyVietnamese(cells: Iterable<LegacyCell>): LegacyDetection | null {
  const tally = LEGACY_ENCODINGS.map((encoding) => ({ encoding, evidence: 0, against: 0, first: null as LegacyCell | null }));
  let sampled = 0;
  for (const cell of cells) {
    if (sampled >= SAMPLE_WORDS) break;
    if (!/[^\u0000-\u007f]/.test(cell.text)) continue;
    for (const word of cell.text.split(WORD_SEPARATORS)) {
      if (/[^\u0000-\u007f]/.test(word)) sampled++;
      for (const count of tally) {
        const reading = readWord(word, count.encoding);
        if (reading === 'evidence') {
          count.evidence++;
          count.first ??= cell;
        } else if (reading === 'against') {
          count.against++;
        }
      }
    }
  }
  let best: LegacyDetection | null = null;
  for (const count of tally) {
    const share = count.evidence / (count.evidence + count.against);
    if (count.first === null || count.evidence < MIN_EVIDENCE || share < MIN_SHARE) continue;
    if (best === null || count.evidence > best.words) {
      best = { encoding: count.encoding, first: { row: count.first.row, column: count.first.column }, words: count.evidence };
    }
  }
  return best;
}

/** Whether a whole text (a CSV decoded as Windows-1252) reads as TCVN3 or VNI. */
export function looksLikeLegacyVietnamese(text: string): boolean {
  const lines = text.slice(0, 65_536).split(/\r\n|\r|\n/);
  return detectLegacyVietnamese(lines.map((line, i) => ({ row: i + 1, column: 0, text: line }))) !== null;
}
