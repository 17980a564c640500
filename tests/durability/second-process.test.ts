import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareSession } from '../../scripts/soak/crash.js';
import { checkSecondProcess } from '../../scripts/soak/second-process.js';

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'second-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a second process opening the same session file', () => {
  it('is refused with a message naming the process that writes it, both ways round', async () => {
    const sessionPath = await prepareSession(dataDir, 20);
    const result = await checkSecondProcess(path.join(inject('compiledNode'), 'scripts', 'soak', 'open-once.js'), dataDir, sessionPath);
    expect(result.failures).toEqual([]);
    expect(result.attempts).toEqual(['second process while this one writes: session.locked', 'this process while another writes: session.locked']);
    expect(result.messages[0]).toContain(`is open in another window or program (process ${process.pid}`);
    expect(result.messages[1]).toContain(`đang được mở bởi một cửa sổ hoặc chương trình khác (tiến trình ${process.pid}`);
  });
});
