// The speed goals of issue 6, checked against the figures of each roster size. A feature with a
// goal of its own adds one entry.

import type { Figure } from './figures.js';

export interface Goal {
  readonly text: string;
  /** Roster sizes the goal speaks of; all when absent. */
  readonly sizes?: readonly number[];
  /** Met, not met, or null when a figure it needs was not measured. */
  check(figure: (id: string) => Figure | undefined): boolean | null;
}

const p95 = (figure: Figure | undefined) => figure?.p95;

function below(id: string, limit: number, pick: (f: Figure | undefined) => number | undefined): (figure: (id: string) => Figure | undefined) => boolean | null {
  return (figure) => {
    const value = pick(figure(id));
    return value === undefined ? null : value < limit;
  };
}

export const GOALS: readonly Goal[] = [
  {
    text: 'Check-in acknowledged: p95 within 2 × fdatasync p95 + 1 ms',
    check(figure) {
      const ack = p95(figure('checkInAck'));
      const sync = p95(figure('fdatasync'));
      return ack === undefined || sync === undefined ? null : ack <= 2 * sync + 1;
    },
  },
  { text: 'Name search: p95 under 2 ms at 5,000', sizes: [5000], check: below('nameSearch', 2, p95) },
  { text: 'Open 5,000 delegates with 100,000 events: under 1 s (median)', sizes: [5000], check: below('open100000', 1000, (f) => f?.median) },
  { text: 'Keystroke to updated list: p95 under 50 ms', check: below('filterKeystroke', 50, p95) },
  { text: 'Scanned code to confirmation: p95 under 50 ms', check: below('scanToConfirmation', 50, p95) },
  { text: 'Roster list: under 1,500 DOM nodes at any size', check: below('listNodes', 1500, (f) => f?.value) },
  { text: 'Attendance sheet of 5,000 to PDF: under 10 s (median)', sizes: [5000], check: below('attendancePdf', 10_000, (f) => f?.median) },
];
