import { describe, expect, it } from 'vitest';
import { DeskStore } from './desk-store';
import type { DeskClient, NoticeHandlers } from '../api/client';
import type { CongressApi, DeskInfo } from '../../../shared/api';
import type { JournalEntry } from '../../../shared/domain/events';
import type { DeskNotice, SessionInfo } from '../../../shared/domain/session';
import { DEFAULT_PREFERENCES } from '../../../shared/preferences';

const session: SessionInfo = { congressId: 'c1', path: '/x.congress', fileName: 'x.congress', openedAt: '2026-07-23T00:00:00.000Z', recovery: null, writeBlocked: false, readOnly: false };
const info: DeskInfo = { appVersion: 't', transport: 'web', nativeDialogs: false, sessionsDir: '/s', backupsDir: '/b', preferences: DEFAULT_PREFERENCES, session };
const activate = (seq: number, sittingId: string): JournalEntry => ({ seq, at: '2026-07-23T00:00:00.000Z', actor: 't', type: 'sitting.activated', payload: { sittingId } });

/** A client whose journal the test controls, counting how often the store fetched it. */
function fakeClient(journal: JournalEntry[]) {
  let handlers: NoticeHandlers | null = null;
  const counts = { getJournal: 0 };
  const api = {
    getDeskInfo: () => Promise.resolve(info),
    getJournal: () => {
      counts.getJournal++;
      return Promise.resolve({ session, entries: [...journal] });
    },
  } as unknown as CongressApi;
  const client: DeskClient = {
    api,
    transport: 'web',
    subscribe(h) {
      handlers = h;
      h.onConnected();
      return () => undefined;
    },
    downloadSessionFile: () => Promise.resolve(),
    pageUrl: (path) => path,
  };
  return {
    client,
    counts,
    notify: (entries: JournalEntry[]) => handlers?.onNotice({ kind: 'entries', congressId: 'c1', entries }),
    send: (notice: DeskNotice) => handlers?.onNotice(notice),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the renderer\'s copy of the session', () => {
  it('replays the journal at start, then folds each entry the services confirm', async () => {
    const journal = [activate(1, 'a')];
    const fake = fakeClient(journal);
    const store = new DeskStore(fake.client);
    store.start();
    await store.resync();
    expect(store.getView().state.attendance.activeSittingId).toBe('a');
    fake.notify([activate(2, 'b')]);
    expect(store.getView().state.seq).toBe(2);
    expect(store.getView().state.attendance.activeSittingId).toBe('b');
    expect(store.getView().savedAt).toBe('2026-07-23T00:00:00.000Z');
    // A repeated entry changes nothing.
    fake.notify([activate(2, 'x')]);
    expect(store.getView().state.attendance.activeSittingId).toBe('b');
  });

  it('fetches everything again when an entry is missing, instead of guessing', async () => {
    const journal = [activate(1, 'a')];
    const fake = fakeClient(journal);
    const store = new DeskStore(fake.client);
    store.start();
    await store.resync();
    const before = fake.counts.getJournal;
    journal.push(activate(2, 'b'), activate(3, 'c'));
    fake.notify([activate(3, 'c')]);
    await settle();
    await store.resync();
    expect(fake.counts.getJournal).toBeGreaterThan(before);
    expect(store.getView().state.seq).toBe(3);
    expect(store.getView().state.attendance.activeSittingId).toBe('c');
  });

  it('shows a refused write until the next saved entry', async () => {
    const fake = fakeClient([activate(1, 'a')]);
    const store = new DeskStore(fake.client);
    store.start();
    await store.resync();
    fake.send({ kind: 'writeFailed', congressId: 'c1', error: { code: 'session.diskFull', params: {} } });
    expect(store.getView().writeError?.code).toBe('session.diskFull');
    fake.notify([activate(2, 'b')]);
    expect(store.getView().writeError).toBeNull();
  });
});
