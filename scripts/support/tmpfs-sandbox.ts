import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A real small disk for fault tests, without root: a tmpfs mounted in a private user and mount
 * namespace (`unshare -Urm`), seen only by the process started in it. Writes to it fail the way a
 * full USB stick or a write-protected one fails (ENOSPC, EROFS), through every layer of the app.
 * Where the system forbids unprivileged namespaces, `tmpfsSandbox()` says why and tests skip.
 */
export type SandboxSupport = { readonly available: true } | { readonly available: false; readonly reason: string };

let support: SandboxSupport | null = null;

export function tmpfsSandbox(): SandboxSupport {
  if (support) return support;
  if (process.platform !== 'linux') return (support = { available: false, reason: `tmpfs sandboxes need Linux (this is ${process.platform})` });
  const probe = mkdtempSync(path.join(os.tmpdir(), 'tmpfs-probe-'));
  const result = spawnSync('unshare', ['-Urm', '/bin/sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$0"', probe], { encoding: 'utf8' });
  rmSync(probe, { recursive: true, force: true });
  support =
    result.status === 0
      ? { available: true }
      : { available: false, reason: `cannot mount a tmpfs in a user namespace (unshare -Urm): ${(result.error?.message ?? result.stderr).trim()}` };
  return support;
}

export interface SandboxOptions {
  /** Where the tmpfs is mounted (an existing, empty folder). */
  readonly mountPoint: string;
  readonly sizeBytes: number;
  /** Files copied onto the tmpfs before the command starts. */
  readonly copyIn?: readonly string[];
  /** Remount the tmpfs read-only (after copying in) before the command starts. */
  readonly readOnly?: boolean;
}

/** Starts `command args` inside a fresh namespace with the tmpfs mounted. */
export function spawnInSandbox(sandbox: SandboxOptions, command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  const steps = [`mount -t tmpfs -o size=${Math.ceil(sandbox.sizeBytes / 1024)}k tmpfs "$MOUNT"`];
  for (const [i] of (sandbox.copyIn ?? []).entries()) steps.push(`cp "$COPY${i}" "$MOUNT"/`);
  if (sandbox.readOnly) steps.push('mount -o remount,ro "$MOUNT"');
  steps.push('exec "$@"');
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, MOUNT: sandbox.mountPoint };
  (sandbox.copyIn ?? []).forEach((file, i) => (env[`COPY${i}`] = file));
  return spawn('unshare', ['-Urm', '/bin/sh', '-c', steps.join(' && '), 'sandbox', command, ...args], { ...options, env });
}
