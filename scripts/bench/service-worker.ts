// One roster size's service-side benchmarks, in a process of their own so that the peak memory
// reported is this size's. Prints one line `FIGURES <json>` for the parent (main.ts).
//
//   node build/node/scripts/bench/service-worker.js --size N --work DIR --samples N --session EVENTS=FILE ...

import { parseArgs } from 'node:util';
import { megabytes, single, type Figure } from './figures.js';
import { SERVICE_CASES, type SessionFixture } from './service-cases.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    work: { type: 'string' },
    samples: { type: 'string', default: '300' },
    session: { type: 'string', multiple: true, default: [] },
  },
});
if (!values.size || !values.work) throw new Error('usage: service-worker --size N --work DIR --session EVENTS=FILE ...');
const sessions: SessionFixture[] = values.session
  .map((s) => {
    const at = s.indexOf('=');
    return { events: Number(s.slice(0, at)), path: s.slice(at + 1) };
  })
  .sort((a, b) => a.events - b.events);

const context = { size: Number(values.size), workDir: values.work, sessions, samples: Number(values.samples) };
const figures: Figure[] = [];
for (const benchCase of SERVICE_CASES) figures.push(...(await benchCase.run(context)));
figures.push(single('servicePeakRss', 'Peak memory of the service process (all cases above)', 'MB', megabytes(process.resourceUsage().maxRSS * 1024)));
process.stdout.write(`FIGURES ${JSON.stringify(figures)}\n`);
