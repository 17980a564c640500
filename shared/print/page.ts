import { z } from 'zod';

/**
 * The printed page: A4 with the margins Vietnamese offices expect (Nghị định 30/2020/NĐ-CP:
 * top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm), configurable per desk, and the page
 * number "Trang 1/3" in the bottom margin.
 */
export const MARGIN_LIMITS_MM = { min: 5, max: 60 } as const;

const marginMm = z.number().int().min(MARGIN_LIMITS_MM.min).max(MARGIN_LIMITS_MM.max);

export const pageMarginsSchema = z.object({ top: marginMm, right: marginMm, bottom: marginMm, left: marginMm });
export type PageMargins = Readonly<z.infer<typeof pageMarginsSchema>>;

export const DEFAULT_MARGINS: PageMargins = { top: 20, right: 15, bottom: 20, left: 30 };

/** The CSS order: top, right, bottom, left, in millimetres ("20,15,20,30"). */
export function formatMargins(margins: PageMargins): string {
  return [margins.top, margins.right, margins.bottom, margins.left].join(',');
}

export function parseMargins(text: string): PageMargins | null {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  const [top, right, bottom, left] = parts.map(Number);
  const parsed = pageMarginsSchema.safeParse({ top, right, bottom, left });
  return parsed.success ? parsed.data : null;
}

/** The margins as a CSS padding: the sheet of paper an on-screen preview shows. */
export function marginsPadding(margins: PageMargins): string {
  return `${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm`;
}

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * The `content` of the page-number margin box from a translated template such as
 * "Trang {{page}}/{{pages}}": the literal parts as CSS strings, the placeholders as the page
 * counters Chromium fills in when it prints.
 */
export function pageCounterContent(template: string): string {
  const parts: string[] = [];
  const pattern = /\{\{\s*(page|pages)\s*\}\}/g;
  let last = 0;
  for (let match = pattern.exec(template); match !== null; match = pattern.exec(template)) {
    if (match.index > last) parts.push(cssString(template.slice(last, match.index)));
    parts.push(`counter(${match[1] ?? 'page'})`);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(cssString(template.slice(last)));
  return parts.length === 0 ? '""' : parts.join(' ');
}

export interface PageStyleInput {
  readonly margins: PageMargins;
  /** The translated page-number template, with {{page}} and {{pages}}. */
  readonly pageNumber: string;
  readonly fontFamily: string;
}

/**
 * The @page rule of a printed document. Page numbers are CSS margin boxes, so that one mechanism
 * numbers the pages of Electron's printToPDF, Chromium's page.pdf and the browser's own print.
 */
export function pageStyleSheet(input: PageStyleInput): string {
  const { top, right, bottom, left } = input.margins;
  return [
    '@page {',
    '  size: A4 portrait;',
    `  margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;`,
    '  @bottom-center {',
    `    content: ${pageCounterContent(input.pageNumber)};`,
    `    font-family: ${input.fontFamily};`,
    '    font-size: 10pt;',
    '    color: #000;',
    '    vertical-align: middle;',
    '  }',
    '}',
  ].join('\n');
}
