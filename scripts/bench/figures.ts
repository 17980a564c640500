// What a benchmark case reports: named figures, each a distribution (median and p95 of samples)
// or a single value, in a unit. Goals (goals.ts) and the table (table.ts) read them by id.

export type Unit = 'ms' | 'MB' | 'nodes' | 'ratio' | 'pages';

export interface Figure {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  readonly median?: number;
  readonly p95?: number;
  /** For a single value (a count, a peak, a one-off time). */
  readonly value?: number;
  readonly samples?: number;
}

export interface Distribution {
  readonly median: number;
  readonly p95: number;
  readonly samples: number;
}

/** The q-quantile (0…1) of the samples, by the nearest-rank method: always one of the samples. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function distribution(samples: readonly number[]): Distribution {
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95), samples: samples.length };
}

export function timed(id: string, label: string, samples: readonly number[]): Figure {
  return { id, label, unit: 'ms', ...distribution(samples) };
}

export function single(id: string, label: string, unit: Unit, value: number): Figure {
  return { id, label, unit, value };
}

export function megabytes(bytes: number): number {
  return bytes / (1024 * 1024);
}
