import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import path from 'node:path';
import { runDiskFaults } from '../../scripts/soak/disk-faults.js';
import { tmpfsSandbox } from '../../scripts/support/tmpfs-sandbox.js';

// Real ENOSPC and EROFS from a small tmpfs in a private namespace. Where the system forbids that,
// the injected-failure tests in electron/services/journal.test.ts and desk.test.ts still run.

const support = tmpfsSandbox();
if (!support.available) console.info(`disk fault tests skipped: ${support.reason}`);

describe.skipIf(!support.available)('a real full disk, then a read-only disk', () => {
  it('refuses the write with a clear code, tells every window, keeps everything saved, and saves again once there is space', async () => {
    const result = await runDiskFaults(path.join(inject('compiledNode'), 'scripts', 'soak', 'disk-fault-child.js'));
    if ('skipped' in result) throw new Error(result.skipped);
    expect(result.failures).toEqual([]);
    expect(result.report).toMatchObject({
      fullRefusal: 'session.diskFull',
      readOnlyRefusal: 'session.readOnlyDisk',
      openedReadOnly: true,
      savedAfterSpaceFreed: true,
    });
    expect(result.report.foundAfterFull).toBe(result.report.acknowledged);
    expect(result.report.acknowledged).toBeGreaterThanOrEqual(10);
  });
});
