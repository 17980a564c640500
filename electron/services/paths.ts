import os from 'node:os';
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PRODUCT_NAME = 'Congress Desk';

/**
 * Where the desktop app keeps its data (Electron's userData): the web host uses the same folder by
 * default, so that a congress started in one opens in the other.
 */
export function defaultDataDir(): string {
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
    default:
      return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
  }
}

/** The folder holding package.json, found upward from this file (compiled or not). */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export function rendererDir(): string {
  return path.join(projectRoot(), 'build', 'renderer');
}

export function packageVersion(): string {
  try {
    const raw: unknown = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8'));
    if (typeof raw === 'object' && raw !== null && 'version' in raw && typeof raw.version === 'string') return raw.version;
  } catch {
    // Packaged apps read their version from Electron instead.
  }
  return '0.0.0';
}
