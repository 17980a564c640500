import { describe, expect, it } from 'vitest';
import { TestDesk } from '../../tests/support/domain.js';
import { outline } from '../../tests/support/agenda.js';
import { createCongress, congressInputSchema } from '../domain/congress/commands.js';
import { importRoster, importRosterInput } from '../domain/roster/commands.js';
import { codeKey } from '../domain/roster/code.js';
import { seedAgenda } from '../domain/agenda/commands.js';
import { agendaPlan } from '../domain/agenda/select.js';
import { LANGUAGES, type Language } from '../domain/congress/model.js';
import { demoCongress, DEMO_SITTING_IDS } from './congress.js';
import { demoAgendaOutlines } from './agenda.js';
import { DEMO_DISCUSSION_SPEECHES } from './discussion.js';

function demoDesk(language: Language): TestDesk {
  const demo = demoCongress({ date: '2026-07-23', language });
  const d = new TestDesk();
  d.run(createCongress, congressInputSchema.parse(demo.congress));
  d.run(importRoster, importRosterInput.parse({ fileName: 'demo', delegates: demo.delegates }));
  const sittings = demoAgendaOutlines(language, (code) => d.state.roster.byCode.get(codeKey(code)));
  d.run(seedAgenda, { source: 'demo', sittings });
  return d;
}

describe('the demo agenda', () => {
  it.each(LANGUAGES)('plans the three sittings within their times (%s)', (language) => {
    const d = demoDesk(language);
    expect(agendaPlan(d.state).map((p) => [p.sitting.id, p.rows.length > 3, p.overrunMinutes])).toEqual([
      [DEMO_SITTING_IDS.preparatory, true, 0],
      [DEMO_SITTING_IDS.morning, true, 0],
      [DEMO_SITTING_IDS.afternoon, true, 0],
    ]);
  });

  it('links its presenters to the demo roster by code, the directive speech to the provincial secretary', () => {
    const d = demoDesk('vi');
    const rows = agendaPlan(d.state).flatMap((p) => p.rows);
    const directive = rows.find((r) => r.item.title.startsWith('Phát biểu chỉ đạo'));
    expect(directive?.presenter).toMatchObject({ kind: 'delegate', code: 'KM01', title: expect.stringContaining('Bí thư Tỉnh ủy') });
    const opening = rows.find((r) => r.item.title === 'Diễn văn khai mạc Đại hội');
    expect(opening?.presenter).toMatchObject({ kind: 'delegate', code: 'DB001' });
    expect(rows.filter((r) => r.presenter?.kind === 'missing')).toEqual([]);
    expect(rows.some((r) => r.presenter?.kind === 'guest')).toBe(true);
  });

  it('puts the prepared contributions under the discussion, numbered, each by its presenter', () => {
    const d = demoDesk('vi');
    const lines = outline(d, DEMO_SITTING_IDS.morning);
    const discussion = lines.findIndex((l) => l.includes('Thảo luận, tham luận'));
    expect(lines[discussion]).toMatch(/^7 /);
    expect(lines.slice(discussion + 1, discussion + 1 + DEMO_DISCUSSION_SPEECHES.length).map((l) => l.split(' ')[0])).toEqual(
      DEMO_DISCUSSION_SPEECHES.map((_, i) => `7.${i + 1}`),
    );
    const rows = agendaPlan(d.state)[1]?.rows ?? [];
    for (const speech of DEMO_DISCUSSION_SPEECHES) {
      const row = rows.find((r) => r.item.title === speech.title.vi);
      expect(row?.presenter).toMatchObject({ code: speech.presenterCode, organisation: speech.organisation });
    }
  });

  it('keeps internal notes for the presidium apart from the public description', () => {
    const d = demoDesk('en');
    const items = [...d.state.agenda.items.values()];
    expect(items.filter((i) => i.notes !== '').length).toBeGreaterThanOrEqual(5);
    expect(items.every((i) => i.title === i.title.normalize('NFC'))).toBe(true);
  });
});
