// The soak's writer: opens a session file through the real desk service and performs operations
// one after another, for ever, until it is killed. After each call has resolved (the events are on
// disk), it prints one line `ACK <entries as JSON>`; the parent reads these lines and, after killing
// it with SIGKILL at a random moment, checks that every acknowledged event is in the file.
//
//   node build/node/scripts/soak/writer.js --data-dir DIR --session FILE [--seed N]

import { parseArgs } from 'node:util';
import { DeskService, headlessPlatform } from '../../electron/services/desk.js';
import { memoryStore, preferencesStore } from '../../electron/services/preferences.js';
import { DeskError } from '../../shared/domain/errors.js';
import type { JournalEntry } from '../../shared/domain/events.js';
import { DemoRandom } from '../../shared/demo/random.js';
import { startRandomOperation } from './operations.js';

export interface AckLine {
  readonly operation: string;
  readonly entries: readonly Pick<JournalEntry, 'seq' | 'type' | 'payload'>[];
}

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    session: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});
const dataDir = values['data-dir'];
const session = values.session;
if (!dataDir || !session) {
  console.error('usage: writer --data-dir DIR --session FILE [--seed N]');
  process.exit(2);
}

const desk = new DeskService({
  dataDir,
  preferences: preferencesStore(memoryStore()),
  platform: headlessPlatform('web'),
  appVersion: 'soak',
  actor: `soak-writer-${process.pid}`,
  backupIntervalMs: 0,
});
let written: JournalEntry[] = [];
desk.subscribe((notice) => {
  if (notice.kind === 'entries') written.push(...notice.entries);
});

// stdout to a pipe is synchronous on POSIX: a line printed here has reached the parent before the
// next operation starts, so a kill can never take back an acknowledgement.
const say = (line: string) => process.stdout.write(line + '\n');

await desk.openSession({ path: session });
say(`READY ${desk.state.seq}`);
const random = new DemoRandom(Number(values.seed));
for (;;) {
  const started = startRandomOperation(desk, random);
  if (!started) {
    say('IDLE');
    break;
  }
  written = [];
  try {
    await started.done;
    const ack: AckLine = { operation: started.name, entries: written.map((e) => ({ seq: e.seq, type: e.type, payload: e.payload })) };
    say(`ACK ${JSON.stringify(ack)}`);
  } catch (error) {
    say(`REFUSED ${error instanceof DeskError ? error.code : String(error)}`);
  }
}
