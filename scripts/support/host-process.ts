import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ApiInput, ApiName, ApiOutput, WireResult } from '../../shared/api.js';
import { TOKEN_HEADER } from '../../electron/web-host.js';

/**
 * The web host as its own process, as `npm start` and the end-to-end tests run it: for benchmarks,
 * the soak and tests that must not share an event loop with the thing they measure or flood.
 */
export interface HostProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly port: number;
  call<K extends ApiName>(name: K, input: ApiInput<K>): Promise<ApiOutput<K>>;
  /** SIGTERM: writes in flight finish, the session is closed. */
  stop(): Promise<void>;
}

export interface HostProcessOptions {
  readonly dataDir: string;
  /** The compiled CLI; by default the one beside this compiled file. */
  readonly cli?: string;
  readonly rendererDir?: string;
  readonly timeoutMs?: number;
  /**
   * Runs the host with at most this many open files (POSIX `ulimit -n`), as on systems whose default
   * is low (macOS: 256): a flood that exhausts them would lock the desk out.
   */
  readonly openFileLimit?: number;
}

export const DEFAULT_CLI = fileURLToPath(new URL('../../electron/web-host-cli.js', import.meta.url));

export function startHostProcess(options: HostProcessOptions): Promise<HostProcess> {
  const args = [options.cli ?? DEFAULT_CLI, '--data-dir', options.dataDir, '--port', '0'];
  if (options.rendererDir) args.push('--renderer-dir', options.rendererDir);
  const child =
    options.openFileLimit === undefined
      ? spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn('/bin/sh', ['-c', `ulimit -n ${Math.floor(options.openFileLimit)} && exec "$0" "$@"`, process.execPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise<HostProcess>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the web host did not start:\n${output}`));
    }, options.timeoutMs ?? 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving at (http:\/\/\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      const url = new URL(match[1]);
      const token = url.searchParams.get('token') ?? '';
      resolve(hostProcess(child, url, token));
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web host exited (${code}) before serving:\n${output}`));
    });
  });
}

function hostProcess(child: ChildProcess, url: URL, token: string): HostProcess {
  return {
    child,
    pid: child.pid ?? 0,
    url: url.toString(),
    origin: url.origin,
    token,
    port: Number(url.port),
    async call(name, input) {
      const response = await fetch(`${url.origin}/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as WireResult<ApiOutput<typeof name>>;
      if (!result.ok) throw new Error(`${name} refused: ${result.error.code} ${JSON.stringify(result.error.params)}`);
      return result.value;
    },
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
