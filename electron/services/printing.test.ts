import { describe, expect, it, vi } from 'vitest';
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { headlessPlatform, type DeskService } from './desk.js';
import { dispatch } from './dispatch.js';
import type { DocumentPrinter } from './printing.js';
import { withDeadline } from './timeout.js';
import { decodeJob, encodeJob, messageLanguage, openBatchDesk, parsePdfArgs, type PdfJob } from './print-batch.js';
import { congressInput, delegateFields } from '../../tests/support/domain.js';
import { DeskError } from '../../shared/domain/errors.js';
import { printParams } from '../../shared/print/registry.js';
import { isOfficial } from '../../shared/domain/roster/model.js';
import { serviceDesks } from '../../tests/support/services.js';

const desks = serviceDesks('print-');

function fakePrinter(target: string | null) {
  const routes: string[] = [];
  const printed: { route: string; printer: string; copies: number }[] = [];
  const printer: DocumentPrinter = {
    listPrinters: () => Promise.resolve([{ name: 'HP_LaserJet', displayName: 'HP LaserJet', isDefault: true }]),
    renderPdf: (route) => {
      routes.push(route);
      return Promise.resolve(new TextEncoder().encode('%PDF-1.7 fake'));
    },
    print: (route, name, copies) => {
      printed.push({ route, printer: name, copies });
      return Promise.resolve();
    },
    choosePdfTarget: () => Promise.resolve(target),
  };
  return { printer, routes, printed };
}

function newDesk(printer?: DocumentPrinter, folder = desks.dataDir): DeskService {
  return desks.open({ dataDir: folder, ...(printer ? { platform: headlessPlatform('electron'), printer } : {}) });
}

const codeOf = (e: unknown) => (e instanceof DeskError ? e.code : String(e));
const rosterRequest = { document: 'roster', params: { lang: 'en', order: 'organisation' } };

describe('the print calls', () => {
  it('answer platform.notSupported in the web host, which prints with the browser', async () => {
    const desk = newDesk();
    await desk.createCongress(congressInput());
    expect(await dispatch(desk, 'listPrinters', {})).toEqual({ ok: false, error: { code: 'platform.notSupported', params: {} } });
    expect(await dispatch(desk, 'savePrintPdf', { request: rosterRequest })).toMatchObject({ ok: false, error: { code: 'platform.notSupported' } });
    expect(await dispatch(desk, 'printDocument', { request: rosterRequest, printer: 'x' })).toMatchObject({ ok: false, error: { code: 'platform.notSupported' } });
  });

  it('refuse a document or an option the registry does not know, before any service', async () => {
    const fake = fakePrinter(path.join(desks.dataDir, 'out.pdf'));
    const desk = newDesk(fake.printer);
    await desk.createCongress(congressInput());
    expect(await dispatch(desk, 'savePrintPdf', { request: { document: 'agenda-x', params: {} } })).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    expect(await dispatch(desk, 'savePrintPdf', { request: { document: 'roster', params: { order: 'height' } } })).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', params: { field: 'request.params.order' } },
    });
    expect(fake.routes).toEqual([]);
  });

  it('save a PDF where the user says, with the desk margins in the route, adding .pdf', async () => {
    const fake = fakePrinter(path.join(desks.dataDir, 'danh sách'));
    const desk = newDesk(fake.printer);
    await desk.createCongress(congressInput());
    await desk.setPreferences({ printMargins: { top: 25, right: 20, bottom: 25, left: 35 } });
    const result = await dispatch(desk, 'savePrintPdf', { request: rosterRequest });
    expect(result).toEqual({ ok: true, value: { kind: 'saved', path: path.join(desks.dataDir, 'danh sách.pdf') } });
    expect(fake.routes).toEqual(['/print/roster?lang=en&order=organisation&margins=25%2C20%2C25%2C35']);
    expect(readFileSync(path.join(desks.dataDir, 'danh sách.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('print a badge sheet with its own narrow margins, not the desk margins, and a list of codes', async () => {
    const fake = fakePrinter(path.join(desks.dataDir, 'the-badges'));
    const desk = newDesk(fake.printer);
    await desk.createCongress(congressInput());
    await desk.setPreferences({ printMargins: { top: 25, right: 20, bottom: 25, left: 35 } });
    const request = { document: 'badges', params: { lang: 'vi', codes: 'DB001, DB002;DB001', category: 'official' } };
    expect(await dispatch(desk, 'savePrintPdf', { request })).toMatchObject({ ok: true });
    expect(fake.routes).toEqual(['/print/badges?lang=vi&category=official&codes=DB001%2CDB002&order=name&margins=5%2C5%2C5%2C5']);
  });

  it('make nothing when the user cancels the save dialog', async () => {
    const fake = fakePrinter(null);
    const desk = newDesk(fake.printer);
    await desk.createCongress(congressInput());
    expect(await dispatch(desk, 'savePrintPdf', { request: rosterRequest })).toEqual({ ok: true, value: { kind: 'cancelled' } });
    expect(fake.routes).toEqual([]);
  });

  it('print on the chosen printer and remember it for next time', async () => {
    const fake = fakePrinter(null);
    const desk = newDesk(fake.printer);
    await desk.createCongress(congressInput());
    expect(await dispatch(desk, 'printDocument', { request: { document: 'attendance', params: { sitting: 'pm', signature: 'true' } }, printer: 'HP_LaserJet', copies: 3 })).toEqual({
      ok: true,
      value: null,
    });
    expect(fake.printed).toEqual([{ route: '/print/attendance?lang=vi&sitting=pm&order=name&signature=true&margins=20%2C15%2C20%2C30', printer: 'HP_LaserJet', copies: 3 }]);
    expect((await desk.getDeskInfo()).preferences.printer).toBe('HP_LaserJet');
  });

  it('need an open congress', async () => {
    const desk = newDesk(fakePrinter(null).printer);
    expect(await dispatch(desk, 'savePrintPdf', { request: rosterRequest })).toMatchObject({ ok: false, error: { code: 'session.none' } });
  });
});

describe('a deadline', () => {
  it('stops slow work with print.timeout and the seconds waited', async () => {
    vi.useFakeTimers();
    try {
      const stopped = vi.fn();
      const slow = withDeadline(new Promise<never>(() => undefined), 60_000, stopped);
      const caught = slow.catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(60_000);
      const error = await caught;
      expect(error).toBeInstanceOf(DeskError);
      expect(error).toMatchObject({ code: 'print.timeout', params: { seconds: 60 } });
      expect(stopped).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives the answer of work that finishes in time', async () => {
    const stopped = vi.fn();
    await expect(withDeadline(Promise.resolve(7), 1000, stopped)).resolves.toBe(7);
    expect(stopped).not.toHaveBeenCalled();
  });
});

describe('the pdf command line', () => {
  const cwd = '/home/desk';

  it('reads the three places and the options', () => {
    const parsed = parsePdfArgs(['congress.congress', 'attendance', 'out/sheet.pdf', '--lang', 'en', '--sitting', 's-am', '--signature', '--order=organisation'], cwd);
    expect(parsed).toEqual({
      ok: true,
      job: {
        session: '/home/desk/congress.congress',
        out: '/home/desk/out/sheet.pdf',
        request: { document: 'attendance', lang: 'en', options: { sitting: 's-am', order: 'organisation', signature: true }, margins: null },
      },
    });
  });

  it('takes every sitting unless one is named, and a discussion by id', () => {
    expect(parsePdfArgs(['demo', 'agenda', 'a.pdf'], cwd)).toMatchObject({ ok: true, job: { request: { document: 'agenda', options: { sitting: null } } } });
    expect(parsePdfArgs(['demo', 'speech-log', 'a.pdf', '--discussion', 'id7', '--lang', 'en'], cwd)).toMatchObject({
      ok: true,
      job: { request: { document: 'speech-log', lang: 'en', options: { sitting: null, discussion: 'id7' } } },
    });
    expect(parsePdfArgs(['demo', 'run-sheet', 'a.pdf', '--discussion', 'id7'], cwd)).toMatchObject({ ok: false, error: { code: 'print.badOption', params: { param: 'discussion' } } });
  });

  it('keeps the word demo and takes a yes/no after a flag only', () => {
    const parsed = parsePdfArgs(['demo', 'attendance', '/tmp/a.pdf', '--signature', 'false', '--margins', '25,20,25,35'], cwd);
    expect(parsed).toMatchObject({ ok: true, job: { session: 'demo', request: { options: { signature: false }, margins: { top: 25, right: 20, bottom: 25, left: 35 } } } });
  });

  it('lists the known documents for an unknown one', () => {
    const parsed = parsePdfArgs(['demo', 'agenda-x', 'a.pdf'], cwd);
    expect(parsed.ok).toBe(false);
    const error = parsed.ok ? null : parsed.error;
    expect(error).toMatchObject({
      code: 'print.unknownDocument',
      params: { name: 'agenda-x', known: 'roster, attendance, credentials-report, badges, agenda, run-sheet, speech-log, speaking-stats' },
    });
  });

  it('refuses an option the document does not have, and a bad value', () => {
    expect(parsePdfArgs(['demo', 'roster', 'a.pdf', '--signature'], cwd)).toMatchObject({ ok: false, error: { code: 'print.badOption', params: { param: 'signature' } } });
    expect(parsePdfArgs(['demo', 'roster', 'a.pdf', '--lang', 'fr'], cwd)).toMatchObject({ ok: false, error: { code: 'print.badOption', params: { param: 'lang', allowed: 'vi, en' } } });
  });

  it.each([[['demo', 'roster']], [['demo', 'roster', 'a.pdf', 'extra']], [['demo', 'roster', 'a.pdf', '--lang']], [['--', 'demo']]])('shows the usage for %j', (argv) => {
    expect(parsePdfArgs(argv, cwd)).toEqual({ ok: false, error: 'usage' });
  });

  it('speaks the language asked for', () => {
    expect(messageLanguage(['demo', 'x', 'y', '--lang', 'en'])).toBe('en');
    expect(messageLanguage(['demo', 'x', 'y', '--lang=en'])).toBe('en');
    expect(messageLanguage(['demo', 'x', 'y', '--lang', 'fr'])).toBe('vi');
  });

  it('hands a job to Electron in one argument and back', () => {
    const parsed = parsePdfArgs(['Đại hội "XX".congress', 'attendance', 'a b.pdf', '--sitting', 's-pm', '--lang', 'en'], cwd);
    if (!parsed.ok) throw new Error('parse');
    const arg = encodeJob(parsed.job, printParams(parsed.job.request));
    expect(arg).toMatch(/^--congress-pdf=[A-Za-z0-9_-]+$/);
    expect(decodeJob(['electron', '.', arg])).toEqual(parsed.job);
    expect(decodeJob(['electron', '.'])).toBeNull();
  });
});

describe('a desk for one pdf job', () => {
  const job = (session: string): PdfJob => ({ session, out: path.join(desks.dataDir, 'out.pdf'), request: { document: 'roster', lang: 'vi', options: { order: 'name' }, margins: null } });

  it('opens a copy of the session file and leaves the original untouched, even while the desk holds it', async () => {
    const owner = newDesk(undefined, path.join(desks.dataDir, 'owner'));
    const info = await owner.createCongress(congressInput());
    await owner.importRoster({ fileName: 'r.csv', delegates: [delegateFields('A1'), delegateFields('A2')] });
    const before = readFileSync(info.path);
    const mtime = statSync(info.path).mtimeMs;
    const batch = await openBatchDesk(job(info.path), path.join(desks.dataDir, 'batch'));
    desks.closeAfter(batch);
    expect(batch.state.roster.delegates.size).toBe(2);
    expect((await batch.getDeskInfo()).session?.path).not.toBe(info.path);
    expect(readFileSync(info.path)).toEqual(before);
    expect(statSync(info.path).mtimeMs).toBe(mtime);
  });

  it('gives the desk message for a missing or foreign file, with the user path', async () => {
    const missing = path.join(desks.dataDir, 'nope.congress');
    await expect(openBatchDesk(job(missing), path.join(desks.dataDir, 'b1'))).rejects.toMatchObject({ code: 'session.notFound', params: { path: missing } });
    const foreign = path.join(desks.dataDir, 'notes.congress');
    writeFileSync(foreign, 'hello\n');
    await expect(openBatchDesk(job(foreign), path.join(desks.dataDir, 'b2'))).rejects.toMatchObject({ code: 'session.notACongressFile', params: { path: foreign } });
    expect(readFileSync(foreign, 'utf8')).toBe('hello\n');
  });

  it('makes the demo congress in the document language and checks the sitting', async () => {
    const demo = await openBatchDesk({ ...job('demo'), request: { document: 'roster', lang: 'en', options: { order: 'name' }, margins: null } }, path.join(desks.dataDir, 'b3'));
    desks.closeAfter(demo);
    expect(demo.state.congress?.header.motto).toEqual(['COMMUNIST PARTY OF VIETNAM']);
    expect([...demo.state.roster.delegates.values()].filter(isOfficial)).toHaveLength(250);
    const attendance = { ...job('demo'), request: { document: 'attendance' as const, lang: 'vi' as const, options: { sitting: 'nope', order: 'name' as const, signature: false }, margins: null } };
    await expect(openBatchDesk(attendance, path.join(desks.dataDir, 'b4'))).rejects.toMatchObject({ code: 'print.badOption', params: { param: 'sitting', value: 'nope' } });
  });

  it('lists the discussions of the session for one it does not have', async () => {
    const log = { ...job('demo'), request: { document: 'speech-log' as const, lang: 'vi' as const, options: { sitting: null, discussion: 'nope' }, margins: null } };
    const refused = openBatchDesk(log, path.join(desks.dataDir, 'b5'));
    await expect(refused).rejects.toMatchObject({ code: 'print.badOption', params: { param: 'discussion', value: 'nope' } });
    await expect(refused).rejects.toMatchObject({ params: { allowed: expect.stringMatching(/^[\w-]+ \(Thảo luận các dự thảo văn kiện trình Đại hội\)$/) } });
  });
});
