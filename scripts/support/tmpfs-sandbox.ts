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

export interface SandboxedCommand {
  readonly command: string;
  readonly args: readonly string[];
  /** Variables the wrapper reads (the mount point and the files to copy in). */
  readonly env: Readonly<Record<string, string>>;
}

/** `command args`, wrapped to run inside a fresh namespace with the tmpfs mounted. */
export function sandboxedCommand(sandbox: SandboxOptions, command: string, args: readonly string[]): SandboxedCommand {
  const steps = [`mount -t tmpfs -o size=${Math.ceil(sandbox.sizeBytes / 1024)}k tmpfs "$SANDBOX_MOUNT"`];
  const env: Record<string, string> = { SANDBOX_MOUNT: sandbox.mountPoint };
  (sandbox.copyIn ?? []).forEach((file, i) => {
    env[`SANDBOX_COPY${i}`] = file;
    steps.push(`cp "$SANDBOX_COPY${i}" "$SANDBOX_MOUNT"/`);
  });
  if (sandbox.readOnly) steps.push('mount -o remount,ro "$SANDBOX_MOUNT"');
  steps.push('exec "$@"');
  return { command: 'unshare', args: ['-Urm', '/bin/sh', '-c', steps.join(' && '), 'sandbox', command, ...args], env };
}

/** Starts `command args` inside a fresh namespace with the tmpfs mounted. */
export function spawnInSandbox(sandbox: SandboxOptions, command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  const wrapped = sandboxedCommand(sandbox, command, args);
  return spawn(wrapped.command, wrapped.args, { ...options, env: { ...process.env, ...options.env, ...wrapped.env } });
}

/**
 * A path inside the sandbox as this process can reach it: through the sandboxed process's view of
 * the file system (`/proc/<pid>/root`), open to its owner.
 */
export function insideSandbox(pid: number, file: string): string {
  return `/proc/${pid}/root${file}`;
}
