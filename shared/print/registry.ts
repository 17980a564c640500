import { LANGUAGES, type Language } from '../domain/congress/model.js';
import { DEFAULT_MARGINS, formatMargins, parseMargins, type PageMargins } from './page.js';

/**
 * The printable documents of Congress Desk and their parameters, declared once. The renderer's
 * print routes, the print view's option form, the Electron main process and `npm run pdf` all
 * read this table, so a document has one name and one set of parameters everywhere.
 *
 * Adding a document: one entry here, one React component in
 * `renderer/src/features/print/documents.ts`, and its words under `print.documents.<name>` and
 * `print.options.<option>` (see docs/architecture.md, "Adding a printed document").
 */

/** One parameter of a document: its kind says how it is parsed, shown in the form and given on the CLI. */
export type PrintOptionSpec =
  | { readonly kind: 'choice'; readonly values: readonly [string, ...string[]]; readonly fallback: string }
  | { readonly kind: 'flag'; readonly fallback: boolean }
  /**
   * A sitting of the congress by id; absent means the sitting the desk is working in (`active`)
   * or every sitting (`all`), as the document says.
   */
  | { readonly kind: 'sitting'; readonly whenAbsent: 'active' | 'all' }
  /** A discussion (speaker queue) by id; absent means every discussion. */
  | { readonly kind: 'discussion' }
  /** A frozen credentials report by id (`credentials.reportFrozen`); absent means the live figures. */
  | { readonly kind: 'snapshot' }
  /** An organisation as the roster writes it; absent means every organisation. */
  | { readonly kind: 'organisation' }
  /** Delegate codes separated by commas (or semicolons, line breaks); absent means no choice by code. */
  | { readonly kind: 'codes' };

const choice = <const V extends readonly [string, ...string[]]>(values: V, fallback: V[number]) =>
  ({ kind: 'choice', values, fallback }) as const;
const flag = (fallback: boolean) => ({ kind: 'flag', fallback }) as const;
const sitting = (whenAbsent: 'active' | 'all' = 'active') => ({ kind: 'sitting', whenAbsent }) as const;
const discussion = () => ({ kind: 'discussion' }) as const;
const snapshot = () => ({ kind: 'snapshot' }) as const;
const organisation = () => ({ kind: 'organisation' }) as const;
const codes = () => ({ kind: 'codes' }) as const;

export interface PrintDocumentSpec {
  readonly options: Readonly<Record<string, PrintOptionSpec>>;
  /**
   * The document's own page margins, for a sheet that is cut rather than filed (badges); absent:
   * the desk's margins, set after the office rules. Margins given with a request still win.
   */
  readonly margins?: PageMargins;
}

/** Lists in the Vietnamese order of names, or grouped under their organisation. */
const order = choice(['name', 'organisation'], 'name');

export const PRINT_DOCUMENTS = {
  roster: { options: { order } },
  attendance: { options: { sitting: sitting(), order, signature: flag(false) } },
  'credentials-report': { options: { sitting: sitting(), snapshot: snapshot() } },
  badges: {
    options: {
      category: choice(['all', 'official', 'elected', 'exOfficio', 'appointed', 'alternate', 'guest'], 'all'),
      organisation: organisation(),
      codes: codes(),
      order: choice(['name', 'organisation', 'roster'], 'name'),
    },
    margins: { top: 5, right: 5, bottom: 5, left: 5 },
  },
  agenda: { options: { sitting: sitting('all') } },
  'run-sheet': { options: { sitting: sitting('all') } },
  'speech-log': { options: { sitting: sitting('all'), discussion: discussion() } },
  'speaking-stats': { options: { sitting: sitting('all'), discussion: discussion() } },
} as const satisfies Readonly<Record<string, PrintDocumentSpec>>;

export type PrintDocumentName = keyof typeof PRINT_DOCUMENTS;
export const PRINT_DOCUMENT_NAMES = Object.keys(PRINT_DOCUMENTS) as [PrintDocumentName, ...PrintDocumentName[]];

type OptionValue<S> = S extends { readonly kind: 'choice'; readonly values: readonly (infer V)[] }
  ? V
  : S extends { readonly kind: 'flag' }
    ? boolean
    : S extends { readonly kind: 'sitting' | 'discussion' | 'snapshot' | 'organisation' }
      ? string | null
      : S extends { readonly kind: 'codes' }
        ? readonly string[]
        : never;

type SpecOptions<N extends PrintDocumentName> = (typeof PRINT_DOCUMENTS)[N]['options'];

export type PrintOptions<N extends PrintDocumentName> = {
  readonly [K in keyof SpecOptions<N>]: OptionValue<SpecOptions<N>[K]>;
};

interface RequestFor<N extends PrintDocumentName> {
  readonly document: N;
  /** The language of the printed text, chosen independently of the desk's language. */
  readonly lang: Language;
  readonly options: PrintOptions<N>;
  /** Null: the desk's own margins (its preferences), else the defaults. */
  readonly margins: PageMargins | null;
}

type RequestMap = { readonly [N in PrintDocumentName]: RequestFor<N> };

/** A document to print with all its parameters. */
export type PrintRequest<N extends PrintDocumentName = PrintDocumentName> = RequestMap[N];

export function isPrintDocumentName(name: string): name is PrintDocumentName {
  return Object.prototype.hasOwnProperty.call(PRINT_DOCUMENTS, name);
}

/** The options of a document as pairs of name and spec, in their declared order. */
export function optionSpecs(document: PrintDocumentName): ReadonlyArray<readonly [string, PrintOptionSpec]> {
  const options: Readonly<Record<string, PrintOptionSpec>> = PRINT_DOCUMENTS[document].options;
  return Object.entries(options);
}

/** Parameters every document takes, beside its own options. */
export const COMMON_PARAMS = ['lang', 'margins'] as const;

/** What is wrong with a parameter, for a message that says what and where. */
export interface PrintParamProblem {
  readonly param: string;
  readonly value: string;
  /** The values that would be accepted, as text. */
  readonly allowed: readonly string[];
}

export type ParsedPrintRequest =
  | { readonly ok: true; readonly request: PrintRequest }
  | { readonly ok: false; readonly problem: PrintParamProblem };

const FLAG_TRUE = ['1', 'true', 'yes'];
const FLAG_FALSE = ['0', 'false', 'no'];
/** The shape of ids in the session (schema-helpers' `id`): nothing else reaches a route or a flag. */
const SESSION_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** As long as the roster allows an organisation's name and a delegate's code to be. */
const ORGANISATION_MAX = 300;
const CODE_MAX = 40;
const CODES_MAX = 10_000;

type OptionValueOfAnyKind = string | boolean | null | readonly string[];
type OptionResult = { readonly ok: true; readonly value: OptionValueOfAnyKind } | { readonly ok: false; readonly allowed: readonly string[] };

/**
 * "DB001, DB002;DB003": each code trimmed and in NFC, empty ones dropped, the first of repeats kept.
 * A code with a comma in it cannot be chosen this way; the roster's codes have none in practice.
 */
export function splitCodes(text: string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const part of text.normalize('NFC').split(/[,;\r\n]+/)) {
    const code = part.trim();
    if (code === '' || seen.has(code)) continue;
    seen.add(code);
    result.push(code);
  }
  return result;
}

function parseOption(spec: PrintOptionSpec, raw: string | undefined): OptionResult {
  switch (spec.kind) {
    case 'choice':
      if (raw === undefined || raw === '') return { ok: true, value: spec.fallback };
      return spec.values.includes(raw) ? { ok: true, value: raw } : { ok: false, allowed: spec.values };
    case 'flag':
      if (raw === undefined || raw === '') return { ok: true, value: spec.fallback };
      if (FLAG_TRUE.includes(raw)) return { ok: true, value: true };
      if (FLAG_FALSE.includes(raw)) return { ok: true, value: false };
      return { ok: false, allowed: ['true', 'false'] };
    case 'sitting':
      if (raw === undefined || raw === '') return { ok: true, value: null };
      return SESSION_ID.test(raw) ? { ok: true, value: raw } : { ok: false, allowed: ['<sitting id>'] };
    case 'discussion':
      if (raw === undefined || raw === '') return { ok: true, value: null };
      return SESSION_ID.test(raw) ? { ok: true, value: raw } : { ok: false, allowed: ['<discussion id>'] };
    case 'snapshot':
      if (raw === undefined || raw === '') return { ok: true, value: null };
      return SESSION_ID.test(raw) ? { ok: true, value: raw } : { ok: false, allowed: ['<snapshot id>'] };
    case 'organisation': {
      const name = (raw ?? '').normalize('NFC').trim();
      if (name === '') return { ok: true, value: null };
      return name.length <= ORGANISATION_MAX ? { ok: true, value: name } : { ok: false, allowed: [`<organisation, at most ${ORGANISATION_MAX} characters>`] };
    }
    case 'codes': {
      const list = splitCodes(raw ?? '');
      const fits = list.length <= CODES_MAX && list.every((code) => code.length <= CODE_MAX);
      return fits ? { ok: true, value: list } : { ok: false, allowed: ['<code>,<code>,…'] };
    }
  }
}

/**
 * Reads a document's parameters from strings (a URL's query, the CLI's flags, an API call):
 * missing ones take their defaults, a bad one is reported with what would be accepted.
 * Parameters the document does not know are ignored here; the CLI rejects them separately.
 */
export function parsePrintParams(document: PrintDocumentName, params: Readonly<Record<string, string | undefined>>): ParsedPrintRequest {
  const lang = params.lang ?? 'vi';
  if (!(LANGUAGES as readonly string[]).includes(lang)) {
    return { ok: false, problem: { param: 'lang', value: lang, allowed: LANGUAGES } };
  }
  let margins: PageMargins | null = null;
  if (params.margins !== undefined && params.margins !== '') {
    margins = parseMargins(params.margins);
    if (margins === null) return { ok: false, problem: { param: 'margins', value: params.margins, allowed: [formatMargins(DEFAULT_MARGINS)] } };
  }
  const options: Record<string, OptionValueOfAnyKind> = {};
  for (const [name, spec] of optionSpecs(document)) {
    const raw = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    const parsed = parseOption(spec, raw);
    if (!parsed.ok) return { ok: false, problem: { param: name, value: raw ?? '', allowed: parsed.allowed } };
    options[name] = parsed.value;
  }
  // The loop above gave every option of this document a value of its declared kind.
  const request = { document, lang: lang as Language, options, margins } as PrintRequest;
  return { ok: true, request };
}

/** A request as string parameters: the inverse of `parsePrintParams`. */
export function printParams(request: PrintRequest): Record<string, string> {
  const params: Record<string, string> = { lang: request.lang };
  const options: Readonly<Record<string, OptionValueOfAnyKind>> = request.options;
  for (const [name] of optionSpecs(request.document)) {
    const value = options[name];
    if (value === null || value === undefined) continue;
    if (typeof value === 'object') {
      if (value.length > 0) params[name] = value.join(',');
      continue;
    }
    params[name] = String(value);
  }
  if (request.margins) params.margins = formatMargins(request.margins);
  return params;
}

export const PRINT_ROUTE_PREFIX = '/print/';

/** The renderer route that shows a request as a printable page: `/print/roster?lang=vi&order=name`. */
export function printPath(request: PrintRequest): string {
  const query = Object.entries(printParams(request))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  return `${PRINT_ROUTE_PREFIX}${request.document}?${query}`;
}

/** The document a route path names, or null when the path is not a print route. */
export function printDocumentOfPath(pathname: string): PrintDocumentName | 'unknown' | null {
  if (!pathname.startsWith(PRINT_ROUTE_PREFIX)) return null;
  const name = pathname.slice(PRINT_ROUTE_PREFIX.length).replace(/\/$/, '');
  return isPrintDocumentName(name) ? name : 'unknown';
}

/** The margins a request prints with: its own, else the document's, else the desk's. */
export function sheetMargins(request: Pick<PrintRequest, 'document' | 'margins'>, deskMargins: PageMargins): PageMargins {
  const spec: PrintDocumentSpec = PRINT_DOCUMENTS[request.document];
  return request.margins ?? spec.margins ?? deskMargins;
}

/** Whether a document sets its own margins, so that the desk's do not apply to it. */
export function hasOwnMargins(document: PrintDocumentName): boolean {
  const spec: PrintDocumentSpec = PRINT_DOCUMENTS[document];
  return spec.margins !== undefined;
}

/** The defaults of a document in a language: what the print view starts from. */
export function defaultPrintRequest(document: PrintDocumentName, lang: Language): PrintRequest {
  const parsed = parsePrintParams(document, { lang });
  if (!parsed.ok) throw new Error(`The defaults of ${document} do not parse`);
  return parsed.request;
}
