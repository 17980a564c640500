// One writer per session file: a second process that opens a file another desk process is writing
// must be refused with a message naming who holds it, and must change nothing.

import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { DeskError } from '../../shared/domain/errors.js';
import { errorText } from '../support/messages.js';
import { deskFor } from './crash.js';
import type { OpenOnceAnswer } from './open-once.js';

export interface SecondProcessResult {
  /** Each attempt, in words, for the soak's table. */
  readonly attempts: readonly string[];
  /** The refusal as the user reads it, in English and Vietnamese. */
  readonly messages: readonly string[];
  readonly failures: readonly string[];
}

type Child = ChildProcessByStdio<Writable, Readable, Readable>;

function openInChild(openOnce: string, dataDir: string, sessionPath: string, hold: boolean): Promise<{ child: Child; answer: OpenOnceAnswer }> {
  const args = [openOnce, '--data-dir', dataDir, '--session', sessionPath, ...(hold ? ['--hold'] : [])];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const end = out.indexOf('\n');
      if (end >= 0) resolve({ child, answer: JSON.parse(out.slice(0, end)) as OpenOnceAnswer });
    });
    child.once('exit', (code) => reject(new Error(`open-once exited (${code}) without an answer: ${err}`)));
  });
}

function ended(child: Child): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function checkSecondProcess(openOnce: string, dataDir: string, sessionPath: string): Promise<SecondProcessResult> {
  const failures: string[] = [];
  const attempts: string[] = [];
  const messages: string[] = [];
  const before = readFileSync(sessionPath);

  // This process writes; another process tries to open the same file.
  const first = deskFor(dataDir, 'first');
  await first.openSession({ path: sessionPath });
  const second = await openInChild(openOnce, dataDir, sessionPath, false);
  await ended(second.child);
  if (second.answer.ok) failures.push('a second process opened a file this process is writing');
  else {
    attempts.push(`second process while this one writes: ${second.answer.code}`);
    if (second.answer.code !== 'session.locked') failures.push(`refused with ${second.answer.code}, expected session.locked`);
    if (second.answer.params['pid'] !== process.pid) failures.push(`the refusal names process ${String(second.answer.params['pid'])}, not the writer ${process.pid}`);
    const error = new DeskError('session.locked', second.answer.params);
    for (const language of ['en', 'vi'] as const) messages.push(errorText(error, language));
  }
  await first.close();

  // Another process writes; this one tries.
  const holder = await openInChild(openOnce, dataDir, sessionPath, true);
  if (!holder.answer.ok) failures.push(`the file did not open once the first writer closed it: ${holder.answer.code}`);
  const late = deskFor(dataDir, 'late');
  try {
    await late.openSession({ path: sessionPath });
    failures.push('this process opened a file another process is writing');
  } catch (error) {
    const code = error instanceof DeskError ? error.code : String(error);
    attempts.push(`this process while another writes: ${code}`);
    if (code !== 'session.locked' || (error instanceof DeskError && error.params['pid'] !== holder.answer.pid)) failures.push(`refused with ${code}, expected session.locked naming the holder`);
  } finally {
    await late.close();
  }
  holder.child.stdin.end();
  await ended(holder.child);

  if (!readFileSync(sessionPath).equals(before)) failures.push('the refused attempts changed the file');
  return { attempts, messages, failures };
}
