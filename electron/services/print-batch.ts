import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DeskError } from '../../shared/domain/errors.js';
import { LANGUAGES, type Language } from '../../shared/domain/congress/model.js';
import {
  COMMON_PARAMS,
  PRINT_DOCUMENT_NAMES,
  isPrintDocumentName,
  optionSpecs,
  parsePrintParams,
  type PrintRequest,
} from '../../shared/print/registry.js';
import { DeskService, headlessPlatform } from './desk.js';
import { memoryStore, preferencesStore } from './preferences.js';
import { packageVersion } from './paths.js';
import type { DocumentPrinter } from './printing.js';

/**
 * `npm run pdf`: one document of one session file (or of the demo congress) to a PDF file,
 * without the desk's interface. The session is opened from a copy in a temporary data folder,
 * so the user's file is never locked, changed or backed up over, even while the desk has it open.
 */
export const DEMO_SESSION = 'demo';

export interface PdfJob {
  /** A session file path, or `demo` for the built-in demo congress. */
  readonly session: string;
  readonly request: PrintRequest;
  readonly out: string;
}

export const USAGE =
  'Usage: npm run pdf -- <session file | demo> <document> <out.pdf> [--lang vi|en] [--sitting <id>] [--discussion <id>] [--margins top,right,bottom,left] [--<option> <value>]';

/** Why the command line cannot be run: a message (user's language) and, for a bad shape, the usage. */
export type PdfArgsResult = { readonly ok: true; readonly job: PdfJob } | { readonly ok: false; readonly error: DeskError | 'usage' };

/** Options that are flags in some document: alone they mean true; they take only a yes/no value. */
const FLAG_NAMES = new Set(PRINT_DOCUMENT_NAMES.flatMap((d) => optionSpecs(d).filter(([, spec]) => spec.kind === 'flag').map(([name]) => name)));
const BOOLEAN_TEXT = /^(true|false|1|0|yes|no)$/;

/** The command line after `npm run pdf --`: three places, and `--name value` (or `--name=value`) pairs. */
export function parsePdfArgs(argv: readonly string[], cwd: string): PdfArgsResult {
  const positional: string[] = [];
  const params: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    if (name === '') return { ok: false, error: 'usage' };
    if (equals >= 0) {
      params[name] = arg.slice(equals + 1);
      continue;
    }
    const next = argv[i + 1];
    const takesNext = next !== undefined && !next.startsWith('--') && (!FLAG_NAMES.has(name) || BOOLEAN_TEXT.test(next));
    if (!takesNext && !FLAG_NAMES.has(name)) return { ok: false, error: 'usage' };
    params[name] = takesNext ? next : 'true';
    if (takesNext) i++;
  }
  const [session, document, out] = positional;
  if (session === undefined || document === undefined || out === undefined || positional.length > 3) return { ok: false, error: 'usage' };
  if (!isPrintDocumentName(document)) {
    return { ok: false, error: new DeskError('print.unknownDocument', { name: document, known: PRINT_DOCUMENT_NAMES.join(', ') }) };
  }
  const known = new Set<string>([...COMMON_PARAMS, ...optionSpecs(document).map(([name]) => name)]);
  for (const name of Object.keys(params)) {
    if (!known.has(name)) {
      return { ok: false, error: new DeskError('print.badOption', { param: name, value: params[name] ?? '', allowed: [...known].map((k) => `--${k}`).join(', ') }) };
    }
  }
  const parsed = parsePrintParams(document, params);
  if (!parsed.ok) {
    const { param, value, allowed } = parsed.problem;
    return { ok: false, error: new DeskError('print.badOption', { param, value, allowed: allowed.join(', ') }) };
  }
  return {
    ok: true,
    job: { session: session === DEMO_SESSION ? DEMO_SESSION : path.resolve(cwd, session), request: parsed.request, out: path.resolve(cwd, out) },
  };
}

/** The language messages are given in before the job is known: `--lang` if it reads as one. */
export function messageLanguage(argv: readonly string[]): Language {
  const index = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = index < 0 ? undefined : argv[index]?.includes('=') ? argv[index]?.split('=')[1] : argv[index + 1];
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'vi';
}

/** How the job travels to an Electron process: one argument, safe from any shell's quoting. */
export const ELECTRON_JOB_FLAG = '--congress-pdf=';

const jobSchema = z.object({ session: z.string().min(1), document: z.string(), params: z.record(z.string(), z.string()), out: z.string().min(1) });

export function encodeJob(job: PdfJob, params: Readonly<Record<string, string>>): string {
  const wire = { session: job.session, document: job.request.document, params, out: job.out };
  return ELECTRON_JOB_FLAG + Buffer.from(JSON.stringify(wire)).toString('base64url');
}

/** The job an Electron process was started with, or null for the ordinary desktop app. */
export function decodeJob(argv: readonly string[]): PdfJob | null {
  const arg = argv.find((a) => a.startsWith(ELECTRON_JOB_FLAG));
  if (arg === undefined) return null;
  const wire = jobSchema.parse(JSON.parse(Buffer.from(arg.slice(ELECTRON_JOB_FLAG.length), 'base64url').toString('utf8')));
  if (!isPrintDocumentName(wire.document)) throw new DeskError('print.unknownDocument', { name: wire.document, known: PRINT_DOCUMENT_NAMES.join(', ') });
  const parsed = parsePrintParams(wire.document, wire.params);
  if (!parsed.ok) throw new DeskError('print.badOption', { param: parsed.problem.param, value: parsed.problem.value, allowed: parsed.problem.allowed.join(', ') });
  return { session: wire.session, request: parsed.request, out: wire.out };
}

/**
 * A desk on a temporary data folder with the job's session open: the demo congress made afresh
 * (in the document's language), or a copy of the session file opened as the desk opens any file,
 * so that a damaged or foreign file gives the same message as in the desk. Paths in messages are
 * the user's, not the copy's.
 */
export async function openBatchDesk(job: PdfJob, dataDir: string, printer?: DocumentPrinter): Promise<DeskService> {
  const desk = new DeskService({
    dataDir,
    preferences: preferencesStore(memoryStore({ language: job.request.lang })),
    platform: headlessPlatform('web'),
    appVersion: packageVersion(),
    actor: 'pdf',
    backupIntervalMs: 0,
    ...(printer ? { printer } : {}),
  });
  if (job.session === DEMO_SESSION) {
    await desk.openDemo({});
  } else {
    const copy = path.join(dataDir, 'input', path.basename(job.session));
    try {
      await fs.mkdir(path.dirname(copy), { recursive: true });
      await fs.copyFile(job.session, copy);
      await desk.openSession({ path: copy });
    } catch (error) {
      await desk.close().catch(() => undefined);
      throw asUserPath(error, copy, job.session);
    }
  }
  const problem = unknownIdOption(job.request, desk);
  if (problem) {
    await desk.close();
    throw problem;
  }
  return desk;
}

/**
 * A sitting or discussion the session does not have, as a message that lists the ones it has
 * (id and title): on the command line the ids are not on screen to copy.
 */
function unknownIdOption(request: PrintRequest, desk: DeskService): DeskError | null {
  const options: Readonly<Record<string, unknown>> = request.options;
  const state = desk.state;
  for (const [param, spec] of optionSpecs(request.document)) {
    const value = options[param];
    if (typeof value !== 'string') continue;
    if (spec.kind === 'sitting' && state.congress && !state.congress.sittings.some((s) => s.id === value)) {
      return new DeskError('print.badOption', { param, value, allowed: state.congress.sittings.map((s) => `${s.id} (${s.title})`).join(', ') });
    }
    if (spec.kind === 'discussion' && !state.speakers.discussions.has(value)) {
      const known = [...state.speakers.discussions.values()].map((d) => `${d.id} (${d.title})`);
      return new DeskError('print.badOption', { param, value, allowed: known.length > 0 ? known.join(', ') : '—' });
    }
  }
  return null;
}

function asUserPath(error: unknown, copy: string, original: string): unknown {
  if (error instanceof DeskError) {
    const params = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, typeof v === 'string' ? v.split(copy).join(original) : v]));
    return new DeskError(error.code, params);
  }
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return new DeskError('session.notFound', { path: original });
  if (code === 'EISDIR') return new DeskError('session.notACongressFile', { path: original });
  return new DeskError('session.unreadable', { path: original, detail: error instanceof Error ? error.message : String(error) });
}
