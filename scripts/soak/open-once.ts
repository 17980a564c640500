// A second desk process: tries to open a session file and says, as one JSON line, what happened.
// With --hold it keeps the file open until its standard input closes.
//
//   node build/node/scripts/soak/open-once.js --data-dir DIR --session FILE [--hold]

import { parseArgs } from 'node:util';
import { DeskError } from '../../shared/domain/errors.js';
import { deskFor } from './crash.js';

export type OpenOnceAnswer =
  | { readonly ok: true; readonly pid: number; readonly seq: number }
  | { readonly ok: false; readonly pid: number; readonly code: string; readonly params: Readonly<Record<string, string | number>> };

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, session: { type: 'string' }, hold: { type: 'boolean', default: false } } });
if (!values['data-dir'] || !values.session) {
  console.error('usage: open-once --data-dir DIR --session FILE [--hold]');
  process.exit(2);
}
const desk = deskFor(values['data-dir'], `second-${process.pid}`);
let answer: OpenOnceAnswer;
try {
  await desk.openSession({ path: values.session });
  answer = { ok: true, pid: process.pid, seq: desk.state.seq };
} catch (error) {
  answer = error instanceof DeskError ? { ok: false, pid: process.pid, code: error.code, params: error.params } : { ok: false, pid: process.pid, code: 'internal', params: { detail: String(error) } };
}
process.stdout.write(JSON.stringify(answer) + '\n');
if (values.hold && answer.ok) {
  process.stdin.resume();
  await new Promise<void>((resolve) => process.stdin.once('end', () => resolve()));
}
await desk.close();
