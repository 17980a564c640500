import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { add, desk, refusal } from '../../../tests/support/agenda.js';
import type { TestDesk } from '../../../tests/support/domain.js';
import { findSitting } from '../congress/model.js';
import { activateSitting } from '../congress/commands.js';
import { resources } from '../../i18n/resources.js';
import type { AgendaItem } from './model.js';
import { addAgendaItem, backAgendaItem, deleteAgendaItem, finishAgendaItem, moveAgendaItem, nextAgendaItem, startAgendaItem } from './commands.js';
import { agendaItem } from './template.js';
import { clockOfMinutes } from './select.js';
import { dayMinutesOf, hallView, sittingLive, type SittingLive } from './live.js';

/** The desk is in Vietnam: UTC+07:00. TestDesk's clock is set in UTC. */
const OFFSET = 7 * 60;
/** Sets the desk's clock to a local time (HH:MM or HH:MM:SS) on the congress day. */
function at(d: TestDesk, clock: string): TestDesk {
  const [h = 0, m = 0, s = 0] = clock.split(':').map(Number);
  return d.at(new Date(Date.UTC(2026, 6, 23, h, m, s) - OFFSET * 60_000).toISOString());
}

function live(d: TestDesk, sittingId = 'am'): SittingLive {
  const sitting = findSitting(d.state.congress, sittingId);
  if (!sitting) throw new Error('no sitting');
  return sittingLive(d.state, sitting, d.now, OFFSET);
}

const statuses = (l: SittingLive) => l.rows.map((r) => `${r.row.item.title}:${r.status}`);

interface Agenda {
  readonly a: AgendaItem;
  readonly p: AgendaItem;
  readonly p1: AgendaItem;
  readonly p2: AgendaItem;
  readonly c: AgendaItem;
}

/** A 10 min; P with P1 and P2, 5 min each; C 15 min: planned 08:00–08:35. */
function agenda(): [TestDesk, Agenda] {
  const d = desk();
  const a = add(d, 'A', 10);
  const p = add(d, 'P', 0);
  const p1 = add(d, 'P1', 5, { parentId: p.id });
  const p2 = add(d, 'P2', 5, { parentId: p.id });
  const c = add(d, 'C', 15);
  return [d, { a, p, p1, p2, c }];
}

describe('running the agenda live', () => {
  it('records actual starts and ends as the entries\' times', () => {
    const [d, { a }] = agenda();
    at(d, '08:02').run(startAgendaItem, { itemId: a.id });
    at(d, '08:15').run(finishAgendaItem, { itemId: a.id });
    expect(d.state.agenda.runs.get(a.id)).toEqual({ startedAt: '2026-07-23T01:02:00.000Z', finishedAt: '2026-07-23T01:15:00.000Z' });
    expect(d.state.agenda.runningItemId).toBeNull();
    expect(d.entries.slice(-2).map((e) => [e.type, e.at])).toEqual([
      ['agenda.itemStarted', '2026-07-23T01:02:00.000Z'],
      ['agenda.itemFinished', '2026-07-23T01:15:00.000Z'],
    ]);
  });

  it('never runs two items at once', () => {
    const [d, { a, c }] = agenda();
    d.run(startAgendaItem, { itemId: a.id });
    expect(refusal(() => d.run(startAgendaItem, { itemId: c.id }))).toEqual({ code: 'agenda.anotherRunning', params: { title: 'A' } });
    expect(refusal(() => d.run(startAgendaItem, { itemId: a.id })).code).toBe('agenda.alreadyRunning');
    // Nor from another sitting.
    const pm = add(d, 'PM', 10, { sittingId: 'pm' });
    expect(refusal(() => d.run(startAgendaItem, { itemId: pm.id })).code).toBe('agenda.anotherRunning');
    expect(refusal(() => d.run(nextAgendaItem, { sittingId: 'pm' })).code).toBe('agenda.anotherRunning');
    expect(d.state.agenda.runningItemId).toBe(a.id);
  });

  it('refuses to finish twice, with a message naming the item in both languages', async () => {
    const [d, { a }] = agenda();
    d.run(startAgendaItem, { itemId: a.id });
    d.run(finishAgendaItem, { itemId: a.id });
    const entries = d.entries.length;
    const refused = refusal(() => d.run(finishAgendaItem, { itemId: a.id }));
    expect(refused).toEqual({ code: 'agenda.alreadyFinished', params: { title: 'A' } });
    expect(d.entries.length).toBe(entries);
    const t = i18next.createInstance();
    await t.init({ resources, lng: 'vi', interpolation: { escapeValue: false } });
    expect(t.t(`errors.${refused.code}`, refused.params)).toBe('Mục «A» đã kết thúc rồi. Muốn làm tiếp mục này, hãy bấm «Quay lại».');
    expect(t.t(`errors.${refused.code}`, { ...refused.params, lng: 'en' })).toBe('“A” has already finished. To carry on with it, press Back.');
  });

  it('refuses to finish what has not started, to start what is done or has sub-items, and to delete the running item', () => {
    const [d, { a, p, c }] = agenda();
    expect(refusal(() => d.run(finishAgendaItem, { itemId: a.id }))).toEqual({ code: 'agenda.notStarted', params: { title: 'A' } });
    expect(refusal(() => d.run(startAgendaItem, { itemId: p.id })).code).toBe('agenda.hasSubItems');
    d.run(startAgendaItem, { itemId: a.id });
    expect(refusal(() => d.run(deleteAgendaItem, { itemId: a.id })).code).toBe('agenda.deleteRunning');
    expect(refusal(() => d.run(addAgendaItem, { sittingId: 'am', parentId: a.id, index: null, fields: agendaItem('speech', 'x', 5) })).code).toBe(
      'agenda.startedCannotNest',
    );
    d.run(finishAgendaItem, { itemId: a.id });
    expect(refusal(() => d.run(startAgendaItem, { itemId: a.id })).code).toBe('agenda.alreadyFinished');
    expect(refusal(() => d.run(moveAgendaItem, { itemId: c.id, sittingId: 'am', parentId: a.id, index: 0 })).code).toBe('agenda.startedCannotNest');
  });

  it('steps through the items with Next, sub-items one by one, and ends after the last', () => {
    const [d, { a, p1, p2, c }] = agenda();
    expect(at(d, '08:01').run(nextAgendaItem, { sittingId: 'am' })).toEqual({ finishedItemId: null, startedItemId: a.id });
    expect(at(d, '08:12').run(nextAgendaItem, { sittingId: 'am' })).toEqual({ finishedItemId: a.id, startedItemId: p1.id });
    expect(statuses(live(d))).toEqual(['A:done', 'P:running', 'P1:running', 'P2:upcoming', 'C:upcoming']);
    expect(at(d, '08:17').run(nextAgendaItem, { sittingId: 'am' })).toEqual({ finishedItemId: p1.id, startedItemId: p2.id });
    expect(at(d, '08:22').run(nextAgendaItem, { sittingId: 'am' })).toEqual({ finishedItemId: p2.id, startedItemId: c.id });
    expect(at(d, '08:40').run(nextAgendaItem, { sittingId: 'am' })).toEqual({ finishedItemId: c.id, startedItemId: null });
    expect(statuses(live(d))).toEqual(['A:done', 'P:done', 'P1:done', 'P2:done', 'C:done']);
    expect(refusal(() => d.run(nextAgendaItem, { sittingId: 'am' })).code).toBe('agenda.noNextItem');
  });

  it('goes back: the item started by mistake returns to not started and the one before runs on', () => {
    const [d, { a, p1 }] = agenda();
    at(d, '08:00').run(startAgendaItem, { itemId: a.id });
    at(d, '08:05').run(nextAgendaItem, { sittingId: 'am' });
    expect(d.state.agenda.runningItemId).toBe(p1.id);
    expect(at(d, '08:06').run(backAgendaItem, { sittingId: 'am' })).toEqual({ cancelledItemId: p1.id, reopenedItemId: a.id });
    expect(d.state.agenda.runningItemId).toBe(a.id);
    expect(d.state.agenda.runs.get(a.id)).toEqual({ startedAt: '2026-07-23T01:00:00.000Z', finishedAt: null });
    expect(d.state.agenda.runs.has(p1.id)).toBe(false);
    // A runs on: its time counts from its first start.
    expect(at(d, '08:12').run(nextAgendaItem, { sittingId: 'am' })).toEqual({ finishedItemId: a.id, startedItemId: p1.id });
    expect(live(d).rows[0]).toMatchObject({ status: 'done', spentSeconds: 12 * 60, overSeconds: 2 * 60 });
  });

  it('goes back from between two items by reopening the last finished one, and refuses when nothing ran', () => {
    const [d, { a }] = agenda();
    expect(refusal(() => d.run(backAgendaItem, { sittingId: 'am' })).code).toBe('agenda.nothingToGoBack');
    d.run(startAgendaItem, { itemId: a.id });
    d.run(finishAgendaItem, { itemId: a.id });
    expect(d.run(backAgendaItem, { sittingId: 'am' })).toEqual({ cancelledItemId: null, reopenedItemId: a.id });
    expect(d.state.agenda.runningItemId).toBe(a.id);
  });
});

describe('live time projection', () => {
  it('shows the time spent on the current item against its plan, projects the sitting\'s end and lists what ran over', () => {
    const [d, { a, p1 }] = agenda();
    at(d, '08:02').run(startAgendaItem, { itemId: a.id });
    at(d, '08:15').run(nextAgendaItem, { sittingId: 'am' });
    at(d, '08:17:30');
    const l = live(d);
    expect(l.current?.row.item.id).toBe(p1.id);
    expect(l.current).toMatchObject({ spentSeconds: 150, plannedSeconds: 300, overSeconds: 0 });
    expect(clockOfMinutes(l.plan.plannedEnd)).toBe('08:35');
    // P1 to 08:20, P2 to 08:25, C to 08:40.
    expect(l.rows.map((r) => `${r.row.item.title} ${clockOfMinutes(r.projectedStart)}–${clockOfMinutes(r.projectedEnd)}`)).toEqual([
      'A 08:02–08:15',
      'P 08:15–08:25',
      'P1 08:15–08:20',
      'P2 08:20–08:25',
      'C 08:25–08:40',
    ]);
    expect(clockOfMinutes(l.projectedEnd)).toBe('08:40');
    expect(l.overran.map((r) => [r.row.item.title, r.overSeconds])).toEqual([['A', 180]]);
    expect(l.next?.row.item.title).toBe('P2');
    expect(l.previous?.row.item.title).toBe('A');
  });

  it('pushes everything later while the current item runs over', () => {
    const [d, { a }] = agenda();
    at(d, '08:00').run(startAgendaItem, { itemId: a.id });
    at(d, '08:25');
    const l = live(d);
    expect(l.current).toMatchObject({ spentSeconds: 25 * 60, overSeconds: 15 * 60 });
    expect(clockOfMinutes(l.projectedEnd)).toBe('08:50');
    expect(l.overran.map((r) => r.row.item.title)).toEqual(['A']);
  });

  it('projects from now when the sitting starts late, and warns when the projected end passes the sitting\'s end', () => {
    const d = desk();
    add(d, 'Báo cáo chính trị', 200);
    at(d, '08:20');
    const l = live(d);
    expect(clockOfMinutes(l.projectedEnd)).toBe('11:40');
    expect(l.projectedOverrunMinutes).toBe(10);
    expect(l.plan.overrunMinutes).toBe(0);
  });

  it('takes no time for items passed over, and keeps a later fixed start', () => {
    const [d, { c }] = agenda();
    add(d, 'Giải lao', 15, { kind: 'break', fixedStart: '10:00' });
    at(d, '08:00').run(startAgendaItem, { itemId: c.id });
    const l = live(d);
    expect(statuses(l)).toEqual(['A:skipped', 'P:skipped', 'P1:skipped', 'P2:skipped', 'C:running', 'Giải lao:upcoming']);
    expect(clockOfMinutes(l.rows[5]?.projectedStart ?? 0)).toBe('10:00');
    expect(clockOfMinutes(l.projectedEnd)).toBe('10:15');
  });

  it('converts instants to minutes of the sitting\'s local day', () => {
    expect(dayMinutesOf('2026-07-23T01:30:00.000Z', '2026-07-23', OFFSET)).toBe(8 * 60 + 30);
    expect(dayMinutesOf('2026-07-23T17:30:00.000Z', '2026-07-23', OFFSET)).toBe(24 * 60 + 30);
    expect(clockOfMinutes(24 * 60 + 30)).toBe('00:30');
  });
});

describe('the hall view', () => {
  it('shows the running item with its parent and the next item, and stands by between items', () => {
    const [d, { a, p, p1, p2 }] = agenda();
    let hall = hallView(d.state);
    expect(hall.sitting?.id).toBe('am');
    expect(hall.current).toBeNull();
    expect(hall.next?.row.item.id).toBe(a.id);
    d.run(startAgendaItem, { itemId: a.id });
    d.run(nextAgendaItem, { sittingId: 'am' });
    hall = hallView(d.state);
    expect(hall.current?.row.item.id).toBe(p1.id);
    expect(hall.current?.row.number).toBe('2.1');
    expect(hall.current?.parent?.item.id).toBe(p.id);
    expect(hall.next?.row.item.id).toBe(p2.id);
    d.run(finishAgendaItem, { itemId: p1.id });
    hall = hallView(d.state);
    expect(hall.current).toBeNull();
    expect(hall.next?.row.item.id).toBe(p2.id);
  });

  it('follows the running item\'s sitting, otherwise the desk\'s active sitting', () => {
    const [d, { a }] = agenda();
    const pm = add(d, 'Chiều', 30, { sittingId: 'pm' });
    d.run(activateSitting, { sittingId: 'pm' });
    expect(hallView(d.state).next?.row.item.id).toBe(pm.id);
    d.run(startAgendaItem, { itemId: a.id });
    expect(hallView(d.state).sitting?.id).toBe('am');
    expect(hallView(d.state).current?.row.item.id).toBe(a.id);
  });
});
