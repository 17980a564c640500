// `npm run soak`: Congress Desk under crashes, damaged files, a second process, a full and a
// read-only disk, and a flood of requests. Prints the counts; exits non-zero on any failure.
// See docs/benchmarks.md.
//
//   npm run soak -- [--cycles 50] [--delegates 250] [--seed 1]

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DemoRandom } from '../../shared/demo/random.js';
import { buildSession, writeSessionFile } from '../support/event-mix.js';
import { startHostProcess } from '../support/host-process.js';
import { syntheticRoster } from '../support/synthetic-roster.js';
import { CORRUPTIONS, checkCorruption } from './corrupt-files.js';
import { crashCycle, prepareSession, type CrashCycle } from './crash.js';
import { runDiskFaults } from './disk-faults.js';
import { flood } from './flood.js';
import { checkSecondProcess } from './second-process.js';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '50' },
    delegates: { type: 'string', default: '250' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const cycles = Math.max(1, Number(values.cycles));
const delegates = Number(values.delegates);
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const workDir = mkdtempSync(path.join(os.tmpdir(), 'congress-soak-'));
const failures: string[] = [];
const out = (line = '') => console.log(line);
const row = (label: string, value: string | number) => out(`  ${label.padEnd(52)} ${typeof value === 'number' ? value.toLocaleString('en').padStart(8) : value}`);
const fail = (section: string, problems: readonly string[]) => failures.push(...problems.map((p) => `${section}: ${p}`));

out(`Congress Desk soak, ${new Date().toISOString()}`);
out(`${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}, ${os.type()} ${os.release()}, Node ${process.version}; work folder ${workDir}`);

try {
  // 1. Crashes.
  out();
  out(`Crash cycles: a writer (check-in, check-out, undo, absence, sitting; speaker queue; agenda run live) killed with SIGKILL at a random moment`);
  const dataDir = path.join(workDir, 'crash');
  const sessionPath = await prepareSession(dataDir, delegates);
  const random = new DemoRandom(Number(values.seed));
  const results: CrashCycle[] = [];
  for (let i = 0; i < cycles; i++) {
    const result = await crashCycle({ writer: here('./writer.js'), dataDir, sessionPath, seed: random.int(1, 1_000_000), killAfterMs: random.int(0, 600) });
    results.push(result);
    fail(`crash cycle ${i + 1}`, result.failures);
    if (process.stderr.isTTY) process.stderr.write(`\rsoak: crash cycle ${i + 1}/${cycles}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  const sum = (pick: (c: CrashCycle) => number) => results.reduce((n, c) => n + pick(c), 0);
  row('cycles', results.length);
  row('events acknowledged to the parent', sum((c) => c.acknowledged));
  const ofTypes = (pattern: RegExp) => sum((c) => Object.entries(c.acknowledgedTypes).reduce((n, [type, count]) => n + (pattern.test(type) ? count : 0), 0));
  row('  of them attendance and sittings', ofTypes(/^(attendance|sitting)\./));
  row('  of them the speaker queue (discussion.*, speech.*)', ofTypes(/^(discussion|speech)\./));
  row('    called / paused / resumed / time added / ended', ['speech.started', 'speech.paused', 'speech.resumed', 'speech.timeAdded', 'speech.ended'].map((t) => sum((c) => c.acknowledgedTypes[t] ?? 0).toLocaleString('en')).join(' / '));
  row('  of them the agenda run live (agenda.*)', ofTypes(/^agenda\./));
  row('    items started / finished / moved back', ['agenda.itemStarted', 'agenda.itemFinished', 'agenda.movedBack'].map((t) => sum((c) => c.acknowledgedTypes[t] ?? 0).toLocaleString('en')).join(' / '));
  row('acknowledged events found after reopening', sum((c) => c.found));
  row('acknowledged events lost', sum((c) => c.acknowledged - c.found));
  row('duplicate sequence numbers', sum((c) => c.duplicateSeqs));
  row('events written but not yet acknowledged (kept)', sum((c) => c.unacknowledgedKept));
  row('cycles with a torn last line dropped on reopening', results.filter((c) => c.tornBytes > 0).length);
  row('cycles whose file did not open', results.filter((c) => c.failures.some((f) => f.startsWith('the file does not open'))).length);
  row('cycles failed', results.filter((c) => c.failures.length > 0).length);

  // 2. Damaged files.
  out();
  out('Damaged session files (each opened by a fresh desk service)');
  const original = path.join(workDir, 'original.congress.src');
  await writeSessionFile(original, buildSession(syntheticRoster(delegates), 5_000));
  for (const corruption of CORRUPTIONS) {
    const result = await checkCorruption(corruption, original, mkdtempSync(path.join(workDir, 'corrupt-')));
    fail(`damaged file "${corruption.name}"`, result.failures);
    row(corruption.name, `${result.summary}${result.failures.length > 0 ? '  FAILED' : ''}`);
    if (result.messages[0]) out(`    “${result.messages[0].replace(/\S*\/\S+\.congress/, '<file>')}”`);
  }

  // 3. A second process.
  out();
  out('A second process opening the same session file');
  const second = await checkSecondProcess(here('./open-once.js'), path.join(workDir, 'second'), await prepareSession(path.join(workDir, 'second'), 20));
  fail('second process', second.failures);
  for (const attempt of second.attempts) row(attempt.split(':')[0] ?? attempt, attempt.split(': ')[1] ?? '');
  if (second.messages[0]) out(`    “${second.messages[0].replace(/\S*\/\S+\.congress/, '<file>')}”`);

  // 4. Full and read-only disk.
  out();
  out('A full disk, then a read-only disk (a small tmpfs in a private namespace)');
  const disk = await runDiskFaults(here('./disk-fault-child.js'));
  if ('skipped' in disk) row('skipped', disk.skipped);
  else {
    fail('disk faults', disk.failures);
    const r = disk.report;
    row('check-ins acknowledged before the refusal', r.acknowledged);
    row('of them in the file afterwards', r.foundAfterFull);
    row('check-ins that still fitted once the disk was full', r.acceptedWhenFull);
    row('refusal on the full disk', `${r.fullRefusal ?? 'none'} (windows told: ${r.fullNotices.join(', ') || 'no'})`);
    row('saved again once space was freed', r.savedAfterSpaceFreed ? 'yes' : 'NO');
    row('file on the read-only disk opened for reading', r.openedReadOnly ? 'yes' : 'NO');
    row('refusal on the read-only disk', `${r.readOnlyRefusal ?? 'none'} (windows told: ${r.readOnlyNotices.join(', ') || 'no'})`);
    row('file unchanged on the read-only disk', r.unchangedWhenReadOnly ? 'yes' : 'NO');
  }

  // 5. A flood of requests.
  out();
  out('The web host under a flood (1,500 slow-loris connections, 200 concurrent bad requests)');
  const floodDir = path.join(workDir, 'flood');
  const host = await startHostProcess({ dataDir: floodDir, rendererDir: floodDir });
  try {
    await host.call('openDemo', {});
    const codes = Array.from({ length: 20 }, (_, i) => `DB${String(i + 1).padStart(3, '0')}`);
    const result = await flood(host, { generator: here('./flood-generator.js'), slowConnections: 1500, concurrentBadRequests: 200, codes, sittingId: 's-am' });
    const ok = result.checkIns.filter((c) => c.outcome === 'checkedIn').length;
    if (ok !== codes.length) failures.push(`flood: only ${ok} of ${codes.length} check-ins went through`);
    if (result.counts.acceptedBad > 0) failures.push(`flood: ${result.counts.acceptedBad} bad requests were answered as good`);
    const ms = result.checkIns.map((c) => c.ms).sort((a, b) => a - b);
    row('check-ins that went through during the flood', `${ok} of ${codes.length}`);
    row('their time, median / slowest (ms)', `${(ms[Math.floor(ms.length / 2)] ?? 0).toFixed(0)} / ${(ms.at(-1) ?? 0).toFixed(0)}`);
    row('slow connections opened / still held at the end', `${result.counts.slowOpened} / ${result.counts.slowOpenAtEnd}`);
    row('bad requests refused', result.counts.refused);
    row('bad requests answered as good', result.counts.acceptedBad);
  } finally {
    await host.stop();
  }
} finally {
  if (!values.keep) rmSync(workDir, { recursive: true, force: true });
}

out();
if (failures.length === 0) out('Soak PASSED: nothing lost, nothing duplicated, every refusal clear.');
else {
  out(`Soak FAILED (${failures.length}):`);
  for (const f of failures) out(`  - ${f}`);
  process.exitCode = 1;
}
