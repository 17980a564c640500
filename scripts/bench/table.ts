// The benchmark's one table: a row per figure, a column per roster size, then the goals.

import type { Figure, Unit } from './figures.js';
import { GOALS } from './goals.js';

export interface SizeResult {
  readonly size: number;
  readonly figures: readonly Figure[];
}

const UNIT: Readonly<Record<Unit, string>> = { ms: 'ms', MB: 'MB', nodes: 'nodes', ratio: '×', pages: 'pages' };

function format(n: number | undefined, unit: Unit): string {
  if (n === undefined || Number.isNaN(n)) return '–';
  if (unit === 'nodes' || unit === 'pages') return Math.round(n).toLocaleString('en');
  if (unit === 'MB') return n < 10 ? n.toFixed(1) : n.toFixed(0);
  if (n >= 100) return Math.round(n).toLocaleString('en');
  if (n >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

function cell(figure: Figure | undefined): string {
  if (!figure) return '–';
  if (figure.value !== undefined) return format(figure.value, figure.unit);
  return `${format(figure.median, figure.unit)} / ${format(figure.p95, figure.unit)}`;
}

function pad(text: string, width: number, right = false): string {
  const length = [...text].length;
  return right ? ' '.repeat(Math.max(0, width - length)) + text : text + ' '.repeat(Math.max(0, width - length));
}

export function goalVerdicts(results: readonly SizeResult[]): { text: string; verdicts: Record<number, boolean | null> }[] {
  return GOALS.map((goal) => {
    const verdicts: Record<number, boolean | null> = {};
    for (const { size, figures } of results) {
      if (goal.sizes && !goal.sizes.includes(size)) continue;
      verdicts[size] = goal.check((id) => figures.find((f) => f.id === id));
    }
    return { text: goal.text, verdicts };
  });
}

export function renderTable(results: readonly SizeResult[]): string {
  const ids: string[] = [];
  const labels = new Map<string, string>();
  for (const { figures } of results) {
    for (const f of figures) {
      if (labels.has(f.id)) continue;
      ids.push(f.id);
      const how = f.value !== undefined ? UNIT[f.unit] : `${UNIT[f.unit]}, median / p95`;
      labels.set(f.id, `${f.label} (${how})`);
    }
  }
  const header = ['Delegates', ...results.map((r) => r.size.toLocaleString('en'))];
  const rows = ids.map((id) => [labels.get(id) ?? id, ...results.map((r) => cell(r.figures.find((f) => f.id === id)))]);
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, widths[i] ?? 0, i > 0)).join('  ');
  const out = [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line), ''];
  out.push('Goals');
  for (const { text, verdicts } of goalVerdicts(results)) {
    const marks = Object.entries(verdicts).map(([size, ok]) => `${ok === null ? '?' : ok ? '✓' : '✗'} ${Number(size).toLocaleString('en')}`);
    out.push(`  ${pad(text, 64)} ${marks.join('   ')}`);
  }
  return out.join('\n');
}
