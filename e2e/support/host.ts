import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(root, 'build', 'node', 'electron', 'web-host-cli.js');

/** How to start the host's command instead of plainly (e.g. inside a sandbox with a small disk). */
export type HostLauncher = (command: string, args: readonly string[]) => { readonly command: string; readonly args: readonly string[]; readonly env?: Readonly<Record<string, string>> };

/** A running web host on its own data folder: the desk as a browser sees it. */
export class DeskHost {
  readonly dataDir: string;
  private readonly launcher: HostLauncher | null;
  private child: ChildProcess | null = null;
  url = '';
  origin = '';

  constructor(dataDir?: string, launcher?: HostLauncher) {
    this.dataDir = dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'congress-e2e-'));
    this.launcher = launcher ?? null;
  }

  /** The host's process id while it runs. */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  async start(): Promise<this> {
    const plain = { command: process.execPath, args: [CLI, '--data-dir', this.dataDir, '--port', '0'] };
    const launch = this.launcher ? this.launcher(plain.command, plain.args) : plain;
    const env = 'env' in launch && launch.env ? { ...process.env, ...launch.env } : process.env;
    const child = spawn(launch.command, [...launch.args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    this.child = child;
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 15_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /serving at (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`web host exited (${code}) before serving:\n${output}. Run "npm run build" first.`));
      });
    });
    this.url = url;
    this.origin = new URL(url).origin;
    return this;
  }

  /** Stops the host as a user would (SIGTERM): writes in flight finish first. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  /** Ends the host without any chance to clean up, as a crash or a pulled plug would. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  dispose(): void {
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
