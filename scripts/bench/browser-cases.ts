// Benchmark cases measured in Chromium through the web host, with page-probe.js timing in the
// page. They run in this order on one page; a feature with a goal on screen (the attendance sheet
// to PDF, the agenda) adds one entry to BROWSER_CASES.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { DelegateFields } from '../../shared/domain/roster/model.js';
import { searchEntries, searchEntry } from '../../shared/text/search.js';
import { foldKey } from '../../shared/text/fold.js';
import { DemoRandom } from '../../shared/demo/random.js';
import type { HostProcess } from '../support/host-process.js';
import { projectRoot } from '../../electron/services/paths.js';
import { megabytes, single, timed, type Figure } from './figures.js';
import { attendancePdf } from './pdf-case.js';

export interface BrowserContext {
  readonly size: number;
  readonly browser: Browser;
  /** The app's page, opened on the desk with the probe installed. */
  readonly page: Page;
  readonly cdp: CDPSession;
  readonly host: HostProcess;
  /** The roster on the desk, in import order. */
  readonly roster: readonly DelegateFields[];
  /** Codes of delegates not yet checked in to the active sitting, to scan. */
  readonly absentCodes: readonly string[];
  readonly samples: number;
  /** The session file the desk was opened from (the roster and the smaller event count); never written to. */
  readonly session: string;
  /** How many times a document is printed to PDF. */
  readonly pdfRuns: number;
}

export interface BrowserCase {
  readonly id: string;
  run(context: BrowserContext): Promise<readonly Figure[]>;
}

interface ProbeState {
  readonly appReady: number | null;
  readonly samples: { readonly roster: number[]; readonly filter: number[]; readonly scan: number[] };
  readonly maxListNodes: number;
}

/**
 * The page's globals that functions run in the page use. This side of the project is compiled
 * without the DOM library, so they are declared here; each page function casts `globalThis` itself
 * (page functions are sent as source text and cannot reach anything outside their own body).
 */
interface ProbeWindow {
  readonly __bench: ProbeState & { arm(kind: 'roster' | 'filter' | 'scan'): void };
  requestAnimationFrame(callback: () => void): number;
  readonly performance: { getEntriesByType(type: string): readonly { readonly loadEventEnd?: number }[] };
}

type ProbeKind = keyof ProbeState['samples'];

const probe = (page: Page): Promise<ProbeState> => page.evaluate(() => (globalThis as unknown as ProbeWindow).__bench);
const arm = (page: Page, kind: ProbeKind) => page.evaluate((k) => (globalThis as unknown as ProbeWindow).__bench.arm(k), kind);
const waitForSamples = (page: Page, kind: ProbeKind, count: number) =>
  page.waitForFunction(([k, n]) => (globalThis as unknown as ProbeWindow).__bench.samples[k].length >= n, [kind, count] as const, { polling: 'raf', timeout: 30_000 });

/** Loads the desk and waits until the check-in screen shows its counts. */
export async function openDesk(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as unknown as ProbeWindow).__bench.appReady !== null, undefined, { polling: 'raf', timeout: 60_000 });
  const state = await probe(page);
  return state.appReady ?? Number.NaN;
}

/** The in-page timing script; a plain script file, read from the project (it is not compiled). */
export const probeSource = (): string => readFileSync(path.join(projectRoot(), 'scripts', 'bench', 'page-probe.js'), 'utf8');

const BLANK = 'data:text/html,<!doctype html><html lang="vi"><title>blank</title><p>.</p></html>';

const blankPage: BrowserCase = {
  id: 'blankLoad',
  async run(context) {
    const page = await context.browser.newPage();
    const samples: number[] = [];
    for (let i = 0; i < 6; i++) {
      await page.goto(BLANK);
      const load = await page.evaluate(() => (globalThis as unknown as ProbeWindow).performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? Number.NaN);
      if (i > 0) samples.push(load);
    }
    await page.close();
    return [timed('blankLoad', 'Blank page load in the same browser (reference)', samples)];
  },
};

const appLoad: BrowserCase = {
  id: 'appFirstRender',
  async run(context) {
    const samples: number[] = [];
    for (let i = 0; i < 6; i++) {
      const ready = await openDesk(context.page, context.host.url);
      if (i > 0) samples.push(ready);
    }
    return [timed('appFirstRender', 'Desk loaded: navigation to check-in screen with its counts', samples)];
  },
};

const rosterFirstRender: BrowserCase = {
  id: 'rosterFirstRender',
  async run(context) {
    const { page } = context;
    for (let i = 0; i < 6; i++) {
      await page.getByTestId('tab-checkin').click();
      await page.getByTestId('checkin-input').waitFor();
      await arm(page, 'roster');
      await page.getByTestId('tab-roster').click();
      await waitForSamples(page, 'roster', i + 1);
    }
    // Scroll through the list so that the node count covers every position, not only the top.
    const list = page.getByTestId('roster-list');
    for (const at of [0.5, 1, 0]) {
      await list.evaluate((el, f) => {
        el.scrollTop = f * el.scrollHeight;
      }, at);
      await page.evaluate(() => {
        const w = globalThis as unknown as ProbeWindow;
        return new Promise<void>((resolve) => w.requestAnimationFrame(() => w.requestAnimationFrame(resolve)));
      });
    }
    const state = await probe(page);
    return [timed('rosterFirstRender', 'Roster view: tab click to rows on screen', state.samples.roster.slice(1))];
  },
};

/** Names as people type them into the filter: family and given name, with or without diacritics. */
function filterQueries(roster: readonly DelegateFields[], count: number): string[] {
  const random = new DemoRandom(roster.length + 1);
  return Array.from({ length: count }, (_, i) => {
    const words = random.pick(roster).fullName.split(' ');
    const pair = `${words[0] ?? ''} ${words.at(-1) ?? ''}`;
    return i % 2 === 0 ? foldKey(pair) : pair.toLocaleLowerCase('vi');
  });
}

const filterKeystroke: BrowserCase = {
  id: 'filterKeystroke',
  async run(context) {
    const { page } = context;
    const entries = context.roster.map((d) => searchEntry(d, d.fullName, d.code));
    const shown = (query: string) => (query.trim() ? searchEntries(entries, query, Number.POSITIVE_INFINITY).length : entries.length);
    const box = page.getByTestId('roster-filter');
    await box.click();
    let measured = 0;
    let previous = entries.length;
    const key = async (press: () => Promise<void>, after: string) => {
      // Only keystrokes that change what the list shows are timed: those must update the DOM.
      const count = shown(after);
      const timedKey = count !== previous;
      if (timedKey) await arm(page, 'filter');
      await press();
      if (timedKey) await waitForSamples(page, 'filter', ++measured);
      previous = count;
    };
    for (const query of filterQueries(context.roster, Math.ceil(context.samples / 4))) {
      let typed = '';
      for (const char of query) {
        typed += char;
        await key(() => page.keyboard.type(char), typed);
      }
      await key(async () => {
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
      }, '');
      if (measured >= context.samples) break;
    }
    const state = await probe(page);
    return [
      timed('filterKeystroke', 'Keystroke in the roster filter to updated list', state.samples.filter),
      single('listNodes', 'DOM elements in the roster list (most at any moment)', 'nodes', state.maxListNodes),
    ];
  },
};

const scanToConfirmation: BrowserCase = {
  id: 'scanToConfirmation',
  async run(context) {
    const { page } = context;
    await page.getByTestId('tab-checkin').click();
    const input = page.getByTestId('checkin-input');
    await input.click();
    const codes = context.absentCodes.slice(0, context.samples);
    for (const [i, code] of codes.entries()) {
      // A USB scanner types the code, then Enter.
      await page.keyboard.type(code);
      await arm(page, 'scan');
      await page.keyboard.press('Enter');
      await waitForSamples(page, 'scan', i + 1);
    }
    const state = await probe(page);
    return [timed('scanToConfirmation', 'Scanned code (Enter) to check-in confirmation on screen', state.samples.scan)];
  },
};

/** Peak resident memory of a process, where the system tells it (Linux: VmHWM). */
export function peakRss(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

const memory: BrowserCase = {
  id: 'memory',
  async run(context) {
    const figures: Figure[] = [];
    const browserCdp = await context.browser.newBrowserCDPSession();
    const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
    const renderers = processInfo.filter((p) => p.type === 'renderer').map((p) => peakRss(p.id) ?? 0);
    if (renderers.length > 0 && Math.max(...renderers) > 0) figures.push(single('rendererPeakRss', 'Peak memory of the renderer process (largest)', 'MB', megabytes(Math.max(...renderers))));
    await context.cdp.send('Performance.enable');
    const { metrics } = await context.cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapTotalSize')?.value;
    if (heap !== undefined) figures.push(single('rendererHeap', 'JavaScript heap of the desk page, at the end', 'MB', megabytes(heap)));
    const host = peakRss(context.host.pid);
    if (host !== null) figures.push(single('hostPeakRss', 'Peak memory of the web host (services) serving the page', 'MB', megabytes(host)));
    return figures;
  },
};

export const BROWSER_CASES: readonly BrowserCase[] = [blankPage, appLoad, rosterFirstRender, filterKeystroke, scanToConfirmation, memory, attendancePdf];
