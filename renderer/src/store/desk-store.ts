import { useSyncExternalStore } from 'react';
import type { DeskInfo } from '../../../shared/api';
import type { DeskNotice, MenuCommand, SessionInfo } from '../../../shared/domain/session';
import type { JournalEntry } from '../../../shared/domain/events';
import type { SessionState } from '../../../shared/domain/state';
import { EMPTY_SESSION } from '../../../shared/domain/state';
import { reduceSession, replay } from '../../../shared/domain/reducer';
import type { WireError } from '../../../shared/domain/errors';
import { DeskError } from '../../../shared/domain/errors';
import type { Preferences } from '../../../shared/preferences';
import type { DeskClient } from '../api/client';

/**
 * The renderer's read-only copy of the desk: fed only by the services' change stream, folded
 * through the same reducer as the journal. Nothing here changes state on its own; commands go to
 * the services and come back as journal entries once they are on disk.
 */
export type Connection = 'connecting' | 'ready' | 'lost' | 'noAccess';

export interface DeskView {
  readonly connection: Connection;
  readonly info: DeskInfo | null;
  readonly session: SessionInfo | null;
  readonly state: SessionState;
  /** The last write the disk refused; cleared by the next entry that is saved. */
  readonly writeError: WireError | null;
  /** When the last entry was acknowledged as saved (ISO time). */
  readonly savedAt: string | null;
}

const INITIAL: DeskView = { connection: 'connecting', info: null, session: null, state: EMPTY_SESSION, writeError: null, savedAt: null };

export class DeskStore {
  private view: DeskView = INITIAL;
  private readonly listeners = new Set<() => void>();
  private readonly client: DeskClient;
  private syncing: Promise<void> | null = null;
  private resyncWanted = false;
  private readonly preferenceListeners = new Set<(p: Preferences) => void>();
  private readonly menuListeners = new Set<(command: MenuCommand) => void>();

  constructor(client: DeskClient) {
    this.client = client;
  }

  get api() {
    return this.client.api;
  }

  get transport() {
    return this.client.transport;
  }

  get hallDisplayUrl(): string | null {
    return this.client.transport === 'web' ? new URL(this.client.pageUrl('/display'), window.location.origin).toString() : null;
  }

  /** Web host only: the session file as a download (Electron saves a copy through a dialog). */
  downloadSessionCopy(): Promise<void> {
    return this.client.downloadSessionFile();
  }

  /** The address of one of the app's pages, for a new browser tab (the print route). */
  pageUrl(path: string): string {
    return this.client.pageUrl(path);
  }

  getView = (): DeskView => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  onPreferences(listener: (p: Preferences) => void): () => void {
    this.preferenceListeners.add(listener);
    return () => this.preferenceListeners.delete(listener);
  }

  onMenu(listener: (command: MenuCommand) => void): () => void {
    this.menuListeners.add(listener);
    return () => this.menuListeners.delete(listener);
  }

  private set(patch: Partial<DeskView>): void {
    this.view = { ...this.view, ...patch };
    for (const l of this.listeners) l();
  }

  start(): () => void {
    if (this.client.transport === 'none') {
      this.set({ connection: 'noAccess' });
      return () => undefined;
    }
    return this.client.subscribe({
      onNotice: (notice) => this.receive(notice),
      onConnected: () => void this.resync(),
      onLost: () => this.set({ connection: 'lost' }),
    });
  }

  /** Fetches everything again: at start, after a reconnection, after a gap or a session change. */
  resync(): Promise<void> {
    if (this.syncing) {
      this.resyncWanted = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      do {
        this.resyncWanted = false;
        try {
          const info = await this.client.api.getDeskInfo({});
          let state = EMPTY_SESSION;
          if (info.session) {
            const snapshot = await this.client.api.getJournal({});
            state = replay(snapshot.entries, EMPTY_SESSION);
          }
          this.set({ connection: 'ready', info, session: info.session, state });
          for (const l of this.preferenceListeners) l(info.preferences);
        } catch (error) {
          if (error instanceof DeskError && error.code === 'session.none') this.resyncWanted = true;
          else this.set({ connection: 'lost' });
        }
      } while (this.resyncWanted);
    })().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private receive(notice: DeskNotice): void {
    switch (notice.kind) {
      case 'entries':
        this.applyEntries(notice.congressId, notice.entries);
        return;
      case 'session':
        void this.resync();
        return;
      case 'writeFailed':
        this.set({ writeError: notice.error });
        return;
      case 'menu':
        for (const l of this.menuListeners) l(notice.command);
        return;
      case 'preferences':
        if (this.view.info) this.set({ info: { ...this.view.info, preferences: notice.preferences } });
        for (const l of this.preferenceListeners) l(notice.preferences);
        return;
    }
  }

  private applyEntries(congressId: string, entries: readonly JournalEntry[]): void {
    if (this.syncing || this.view.session?.congressId !== congressId) {
      void this.resync();
      return;
    }
    let state = this.view.state;
    for (const entry of entries) {
      if (entry.seq <= state.seq) continue;
      if (entry.seq !== state.seq + 1) {
        void this.resync();
        return;
      }
      state = reduceSession(state, entry);
    }
    this.set({ state, writeError: null, savedAt: state.at });
  }
}

let store: DeskStore | null = null;

export function initDeskStore(client: DeskClient): DeskStore {
  store = new DeskStore(client);
  return store;
}

export function deskStore(): DeskStore {
  if (!store) throw new Error('The desk store is created at start-up');
  return store;
}

export function useDesk<T>(select: (view: DeskView) => T): T {
  const s = deskStore();
  return useSyncExternalStore(s.subscribe, () => select(s.getView()));
}
