import { DEFAULT_PREFERENCES, preferencesSchema, type Preferences, type PreferencesPatch } from '../../shared/preferences.js';

/**
 * The part of electron-store (and of conf, its engine, used under plain Node) that preferences need.
 * Both write the same config.json; session data never goes there.
 */
export interface KeyValueStore {
  readonly store: Record<string, unknown>;
  set(object: Record<string, unknown>): void;
}

export interface PreferencesStore {
  read(): Preferences;
  update(patch: PreferencesPatch): Preferences;
  addRecentFile(filePath: string): Preferences;
  removeRecentFile(filePath: string): Preferences;
}

const MAX_RECENT = 10;

export function preferencesStore(backing: KeyValueStore): PreferencesStore {
  const read = (): Preferences => {
    // A hand-edited or older config must never stop the app from starting: fall back field by field.
    const parsed = preferencesSchema.safeParse(backing.store);
    if (parsed.success) return parsed.data;
    const fixed: Record<string, unknown> = { ...DEFAULT_PREFERENCES };
    for (const [key, value] of Object.entries(backing.store)) {
      const candidate = preferencesSchema.safeParse({ ...fixed, [key]: value });
      if (candidate.success) fixed[key] = value;
    }
    return preferencesSchema.parse(fixed);
  };
  const write = (next: Preferences): Preferences => {
    backing.set({ ...next, recentFiles: [...next.recentFiles] });
    return next;
  };
  return {
    read,
    update: (patch) => {
      const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      return write({ ...read(), ...clean });
    },
    addRecentFile: (filePath) => {
      const current = read();
      return write({ ...current, recentFiles: [filePath, ...current.recentFiles.filter((p) => p !== filePath)].slice(0, MAX_RECENT) });
    },
    removeRecentFile: (filePath) => {
      const current = read();
      return write({ ...current, recentFiles: current.recentFiles.filter((p) => p !== filePath) });
    },
  };
}

/** For tests and for hosts that keep no preferences on disk. */
export function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore {
  let data: Record<string, unknown> = { ...initial };
  return {
    get store() {
      return data;
    },
    set(object) {
      data = { ...data, ...object };
    },
  };
}
