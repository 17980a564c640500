/** The calendar date (YYYY-MM-DD) of a moment on this computer's clock: a congress day is a local day, not a UTC one. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
