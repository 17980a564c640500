import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CORRUPTIONS, checkCorruption } from '../../scripts/soak/corrupt-files.js';
import { buildSession, writeSessionFile } from '../../scripts/support/event-mix.js';
import { syntheticRoster } from '../../scripts/support/synthetic-roster.js';

let dir: string;
let original: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'corrupt-'));
  original = path.join(dir, 'original.congress.src');
  await writeSessionFile(original, buildSession(syntheticRoster(60), 800));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('damaged session files', () => {
  it.each(CORRUPTIONS.map((c) => [c.name, c] as const))('%s', async (_name, corruption) => {
    const result = await checkCorruption(corruption, original, mkdtempSync(path.join(dir, 'case-')));
    expect(result.failures).toEqual([]);
    if (corruption.expected.outcome === 'refused') {
      expect(result.summary).toBe(`refused: ${corruption.expected.code}`);
      expect(result.messages).toHaveLength(2);
    } else {
      expect(result.summary).toMatch(new RegExp(`^recovered: ${corruption.expected.kind ?? 'nothing to repair'} \\(kept \\d+ events\\)$`));
    }
  });

  it('keeps every event before the damage', async () => {
    const garbage = CORRUPTIONS.find((c) => c.name === 'garbage line in the middle');
    if (!garbage) throw new Error('no such corruption');
    const result = await checkCorruption(garbage, original, mkdtempSync(path.join(dir, 'case-')));
    // The garbage goes in at line 401 of 801 (the header is line 1): 399 events come before it.
    expect(result.summary).toBe('recovered: damagedLine (kept 399 events)');
  });
});
