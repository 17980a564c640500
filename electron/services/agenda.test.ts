import { describe, expect, it } from 'vitest';
import { headlessPlatform, type DeskPlatform } from './desk.js';
import { memoryStore, preferencesStore } from './preferences.js';
import { dispatch } from './dispatch.js';
import { congressInput } from '../../tests/support/domain.js';
import { agendaItem } from '../../shared/domain/agenda/template.js';
import { agendaPlan } from '../../shared/domain/agenda/select.js';
import { hallView } from '../../shared/domain/agenda/live.js';
import type { HallScreen } from '../../shared/display.js';
import { DEMO_SITTING_IDS } from '../../shared/demo/index.js';
import { serviceDesks } from '../../tests/support/services.js';

const desks = serviceDesks('desk-agenda-');

function newDesk(platform: DeskPlatform = headlessPlatform('web')) {
  const preferences = preferencesStore(memoryStore());
  return { desk: desks.open({ preferences, platform }), preferences };
}

const SCREENS: HallScreen[] = [
  { id: 1, label: 'Laptop', width: 1920, height: 1080, primary: true },
  { id: 7, label: 'Projector', width: 1280, height: 720, primary: false },
  { id: 9, label: 'LED wall', width: 3840, height: 2160, primary: false },
];

/** The desktop app's platform without Electron: records where the hall display was put. */
function windowedPlatform(shown: HallScreen[]): DeskPlatform {
  let open = false;
  return {
    ...headlessPlatform('electron'),
    hallScreens: () => Promise.resolve(SCREENS),
    showHallDisplay: (screen) => {
      shown.push(screen);
      open = true;
      return Promise.resolve();
    },
    closeHallDisplay: () => {
      open = false;
      return Promise.resolve();
    },
    hallDisplayOpen: () => open,
  };
}

describe('the agenda through the services', () => {
  it('gives a new congress the usual agenda, and a reopened file the same agenda and live state', async () => {
    const { desk } = newDesk();
    const info = await desk.createCongress(congressInput());
    const first = agendaPlan(desk.state).flatMap((p) => p.rows)[0];
    expect(first?.item.title).toBe('Báo cáo tình hình đại biểu có mặt');
    if (!first) return;
    await desk.startAgendaItem({ itemId: first.item.id });
    const before = { plan: agendaPlan(desk.state), runs: desk.state.agenda.runs.toJS() };
    await desk.close();
    const { desk: second } = newDesk();
    await second.openSession({ path: info.path });
    expect({ plan: agendaPlan(second.state), runs: second.state.agenda.runs.toJS() }).toEqual(before);
    expect(second.state.agenda.runningItemId).toBe(first.item.id);
  });

  it('opens the demo with its agenda for the three sittings', async () => {
    const { desk } = newDesk();
    await desk.openDemo({});
    expect(agendaPlan(desk.state).map((p) => [p.sitting.id, p.rows.length > 0])).toEqual([
      [DEMO_SITTING_IDS.preparatory, true],
      [DEMO_SITTING_IDS.morning, true],
      [DEMO_SITTING_IDS.afternoon, true],
    ]);
    expect(hallView(desk.state).next?.row.item.title).toBe('Báo cáo tình hình đại biểu có mặt');
  });

  it('refuses a second Finish over the wire with its code and the item\'s title', async () => {
    const { desk } = newDesk();
    await desk.createCongress(congressInput({ sittings: [{ id: 'am', kind: 'official', title: 'Sáng', date: '2026-07-23', start: '08:00', end: '11:30' }] }));
    const added = await dispatch(desk, 'addAgendaItem', { sittingId: 'am', parentId: null, index: 0, fields: agendaItem('speech', 'Khai mạc', 15) });
    if (!added.ok) throw new Error('not added');
    const itemId = (added.value as { id: string }).id;
    expect(await dispatch(desk, 'startAgendaItem', { itemId })).toEqual({ ok: true, value: null });
    expect(await dispatch(desk, 'finishAgendaItem', { itemId })).toEqual({ ok: true, value: null });
    expect(await dispatch(desk, 'finishAgendaItem', { itemId })).toEqual({ ok: false, error: { code: 'agenda.alreadyFinished', params: { title: 'Khai mạc' } } });
  });
});

describe('the hall display', () => {
  it('has no screens in the web host and refuses to place a window', async () => {
    const { desk } = newDesk();
    expect(await desk.getHallDisplay({})).toEqual({ supported: false, screens: [], chosenScreenId: null, open: false });
    expect(await dispatch(desk, 'openHallDisplay', { screenId: null })).toEqual({ ok: false, error: { code: 'platform.notSupported', params: {} } });
  });

  it('goes to the projector by default, to the chosen screen when asked, and remembers the choice', async () => {
    const shown: HallScreen[] = [];
    const { desk, preferences } = newDesk(windowedPlatform(shown));
    let status = await desk.openHallDisplay({ screenId: null });
    expect(shown.map((s) => s.id)).toEqual([7]);
    expect(status).toMatchObject({ supported: true, open: true, chosenScreenId: null });
    status = await desk.openHallDisplay({ screenId: 9 });
    expect(shown.map((s) => s.id)).toEqual([7, 9]);
    expect(status.chosenScreenId).toBe(9);
    expect(preferences.read().hallScreenId).toBe(9);
    // Next time, without asking, it goes back to the remembered screen.
    await desk.closeHallDisplay({});
    await desk.openHallDisplay({ screenId: null });
    expect(shown.map((s) => s.id)).toEqual([7, 9, 9]);
    // An unplugged screen falls back without forgetting the choice.
    await desk.openHallDisplay({ screenId: 42 });
    expect(shown[shown.length - 1]?.id).toBe(9);
    expect(preferences.read().hallScreenId).toBe(9);
  });
});
