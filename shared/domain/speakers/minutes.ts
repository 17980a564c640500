// Time limits as people type them: minutes, with a decimal comma or point ("7", "7,5", "2.5"),
// kept as seconds in half-minute steps.

export const MIN_LIMIT_MINUTES = 0.5;
export const MAX_LIMIT_MINUTES = 240;

/** Seconds for a typed number of minutes; null when empty (no limit, or the default). */
export function parseMinutes(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value) || value < MIN_LIMIT_MINUTES || value > MAX_LIMIT_MINUTES) return 'invalid';
  return Math.round(value * 2) * 30;
}

/** Seconds as minutes for a field: 420 → "7", 150 → "2,5" in Vietnamese; null → empty. */
export function minutesText(seconds: number | null, decimalMark: ',' | '.' = '.'): string {
  return seconds === null ? '' : String(seconds / 60).replace('.', decimalMark);
}
