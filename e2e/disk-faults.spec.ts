import path from 'node:path';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { test, expect } from './support/fixtures.js';
import { DeskHost } from './support/host.js';
import { DeskPage } from './support/desk-page.js';
import { insideSandbox, sandboxedCommand, tmpfsSandbox, type SandboxOptions } from '../scripts/support/tmpfs-sandbox.js';

// A full disk and a read-only disk, for real: the web host runs with its sessions folder on a small
// tmpfs in a private user and mount namespace. The screen must never claim "saved" for what the
// disk refused, must say why in the user's language, and must lose nothing already saved.

const support = tmpfsSandbox();
test.skip(!support.available, support.available ? '' : `needs a tmpfs sandbox: ${support.reason}`);

function sandboxedHost(sandbox: Omit<SandboxOptions, 'mountPoint'>, dataDir?: string): DeskHost {
  const host: DeskHost = new DeskHost(dataDir, (command, args) => sandboxedCommand({ ...sandbox, mountPoint: path.join(host.dataDir, 'sessions') }, command, args));
  mkdirSync(path.join(host.dataDir, 'sessions'), { recursive: true });
  return host;
}

function hostPid(host: DeskHost): number {
  const pid = host.pid;
  if (pid === null) throw new Error('the host is not running');
  return pid;
}

/** The session files on the host's tmpfs, as the host sees them. */
function sessionFiles(host: DeskHost): string[] {
  const sessions = insideSandbox(hostPid(host), path.join(host.dataDir, 'sessions'));
  return readdirSync(sessions).filter((f) => f.endsWith('.congress')).map((f) => path.join(sessions, f));
}

/** The check-ins of the morning sitting in the file (the demo brings its own at the preparatory one). */
function checkInLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.includes('"type":"attendance.checkedIn"') && l.includes('"sittingId":"s-am"'));
}

test('a full disk: the check-in is refused with a clear message, nothing is shown as saved, everything saved stays, and saving resumes once there is space', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const host = sandboxedHost({ sizeBytes: 2 * 1024 * 1024 });
  await host.start();
  try {
    const desk = new DeskPage(page, host);
    await desk.open();
    await desk.openDemo();
    // The demo's delegates arrived at the preparatory sitting: these scans are for the morning one.
    await desk.chooseSitting('s-am');
    const saved: string[] = [];
    for (const code of ['DB001', 'DB002', 'DB003']) {
      await desk.scan(code);
      await desk.expectFeedback('checkedIn', code);
      saved.push(code);
    }
    await expect(page.getByTestId('save-status')).toContainText('Đã lưu lúc');

    // Another program fills the disk.
    const [file] = sessionFiles(host);
    if (!file) throw new Error('no session file');
    const filler = insideSandbox(hostPid(host), path.join(host.dataDir, 'sessions', 'filler.bin'));
    const fd = openSync(filler, 'w');
    const block = Buffer.alloc(64 * 1024, 0x2e);
    for (let size = block.length; size >= 1; size = Math.floor(size / 8)) {
      try {
        for (;;) writeSync(fd, block, 0, size);
      } catch {
        // Full at this block size: go on with smaller ones.
      }
    }
    closeSync(fd);

    // The last page of the file may still take a few lines; the desk goes on until the disk refuses.
    let refused: string | null = null;
    for (let n = 4; n < 80 && refused === null; n++) {
      const code = `DB${String(n).padStart(3, '0')}`;
      await desk.scan(code);
      // This code's own answer: its confirmation, or the refusal (the screen before showed another code).
      const answer = page.locator(`[data-testid="checkin-feedback"][data-kind="error"], [data-testid="checkin-feedback"][data-kind="checkedIn"]:has-text("${code}")`);
      await expect(answer).toBeVisible();
      if ((await answer.getAttribute('data-kind')) === 'error') refused = code;
      else saved.push(code);
    }
    expect(refused, 'the disk never refused a write').not.toBeNull();
    await expect(desk.feedback).toContainText('CHƯA LƯU: ổ đĩa đã đầy');
    await expect(page.getByTestId('save-status')).toHaveText('CHƯA LƯU');
    await expect(page.getByTestId('write-error')).toContainText('ổ đĩa đã đầy');
    await expect(page.getByTestId('count-present')).toHaveText(String(saved.length));
    await desk.setLanguage('en');
    await expect(page.getByTestId('write-error')).toContainText('NOT SAVED: the disk is full');
    await expect(page.getByTestId('save-status')).toHaveText('NOT SAVED');
    await expect(desk.feedback).toContainText('NOT SAVED: the disk is full');

    // Everything acknowledged is in the file on the disk, once each; the refused one is not.
    expect(checkInLines(file)).toHaveLength(saved.length);

    // Space is freed: the same badge goes through and the desk says saved again.
    rmSync(filler);
    await desk.scan(refused ?? '');
    await desk.expectFeedback('checkedIn', refused ?? '');
    saved.push(refused ?? '');
    await expect(page.getByTestId('save-status')).toContainText('Saved at');
    await expect(page.getByTestId('write-error')).toHaveCount(0);
    expect(checkInLines(file)).toHaveLength(saved.length);
  } finally {
    await host.stop();
    host.dispose();
  }
  expect(pageErrors).toEqual([]);
});

test('a read-only disk: the session opens for viewing, says so, refuses to record, and the file stays as it was', async ({ page, desk, host }) => {
  // Prepared on a normal disk: a congress with three delegates checked in.
  await desk.openDemo();
  await desk.chooseSitting('s-am');
  for (const code of ['DB001', 'DB002', 'DB003']) {
    await desk.scan(code);
    await desk.expectFeedback('checkedIn', code);
  }
  await host.stop();
  const [original] = readdirSync(path.join(host.dataDir, 'sessions')).filter((f) => f.endsWith('.congress'));
  if (!original) throw new Error('no session file');
  const source = path.join(host.dataDir, 'sessions', original);
  const before = readFileSync(source);

  // The same file on a write-protected stick.
  const readOnly = sandboxedHost({ sizeBytes: 4 * 1024 * 1024, copyIn: [source], readOnly: true });
  await readOnly.start();
  try {
    const second = new DeskPage(page, readOnly);
    await second.open();
    await page.getByRole('button', { name: /Đại hội đại biểu Đảng bộ Khối/ }).first().click();
    await expect(page.getByTestId('read-only-banner')).toContainText('Chỉ mở để xem');
    await expect(page.getByTestId('save-status')).toHaveText('CHƯA LƯU');
    await expect(page.getByTestId('count-present')).toHaveText('3');

    await second.scan('DB010');
    await second.expectFeedback('error', 'CHƯA LƯU: ổ đĩa hoặc thư mục chỉ cho phép đọc');
    await expect(page.getByTestId('count-present')).toHaveText('3');
    await second.setLanguage('en');
    await expect(page.getByTestId('read-only-banner')).toContainText('Opened for reading only');
    await expect(page.getByTestId('write-error')).toContainText('NOT SAVED: the disk or folder is read-only');
    await expect(second.feedback).toContainText('NOT SAVED: the disk or folder is read-only');

    const [onStick] = sessionFiles(readOnly);
    expect(readFileSync(onStick ?? '')).toEqual(before);
  } finally {
    await readOnly.stop();
    readOnly.dispose();
  }
});
