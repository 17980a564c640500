import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Electron binary if one is installed, found the way the electron package finds it but
 * without starting its download (which needs the internet).
 */
export function electronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    if (override) {
      const candidate = path.join(override, relative ?? 'electron');
      return existsSync(candidate) ? candidate : null;
    }
    if (relative === null) return null;
    const candidate = path.join(dir, 'dist', relative);
    return existsSync(candidate) ? candidate : null;
  } catch {
    return null;
  }
}

export const NO_ELECTRON =
  'Electron specs skipped: no Electron binary on this machine (npm start downloads it where there is internet; or set ELECTRON_OVERRIDE_DIST_PATH).';
