import { describe, expect, it } from 'vitest';
import { isOfficial } from '../domain/roster/model.js';
import { demoCongress } from './congress.js';
import { DEMO_AGENDA_ROLES, DEMO_DISCUSSION_SPEECHES, DEMO_PRESENTATIONS } from './discussion.js';
import { DEMO_ORGANISATIONS } from './organisations.js';

const { delegates } = demoCongress({ date: '2020-07-23' });
const byCode = new Map(delegates.map((d) => [d.code, d]));

describe('demo discussion speeches', () => {
  it('has eight prepared contributions with distinct ids and presenters', () => {
    expect(DEMO_DISCUSSION_SPEECHES).toHaveLength(8);
    expect(new Set(DEMO_DISCUSSION_SPEECHES.map((s) => s.id)).size).toBe(8);
    expect(new Set(DEMO_DISCUSSION_SPEECHES.map((s) => s.presenterCode)).size).toBe(8);
  });

  it('titles each one as a contribution, in both languages, 5 to 7 minutes', () => {
    for (const speech of DEMO_DISCUSSION_SPEECHES) {
      expect(speech.title.vi).toMatch(/^Tham luận: /);
      expect(speech.title.vi).toBe(speech.title.vi.normalize('NFC'));
      expect(speech.title.en).toMatch(/^Contribution: /);
      expect(speech.minutes).toBeGreaterThanOrEqual(5);
      expect(speech.minutes).toBeLessThanOrEqual(7);
    }
  });

  it('is given by department heads who are official delegates of the demo roster', () => {
    for (const speech of DEMO_DISCUSSION_SPEECHES) {
      const presenter = byCode.get(speech.presenterCode);
      expect(presenter, speech.presenterCode).toBeDefined();
      if (!presenter) continue;
      expect(isOfficial(presenter)).toBe(true);
      expect(presenter.organisation).toBe(speech.organisation);
      const organisation = DEMO_ORGANISATIONS.find((o) => o.name === speech.organisation);
      expect(organisation?.kind).toBe('department');
      // The head, not a deputy: "Giám đốc Sở Y tế", possibly after "Bí thư Đảng ủy, ".
      expect(presenter.position.replace(/^Bí thư Đảng ủy, /, '')).toBe(`${organisation?.head ?? ''} ${organisation?.unit ?? ''}`);
    }
  });
});

describe('demo presentations', () => {
  it('names a presenter for every agenda role, once each', () => {
    expect(DEMO_PRESENTATIONS.map((p) => p.role)).toEqual([...DEMO_AGENDA_ROLES]);
  });

  it('gives the reports to the outgoing standing committee and the directive speech to the provincial secretary', () => {
    const presenter = (role: string) => byCode.get(DEMO_PRESENTATIONS.find((p) => p.role === role)?.presenterCode ?? '');
    expect(presenter('opening')?.position).toContain('Bí thư Đảng ủy Khối');
    expect(presenter('opening')?.category).toBe('exOfficio');
    expect(presenter('credentialsReport')?.position).toContain('Trưởng Ban Tổ chức Đảng ủy Khối');
    expect(presenter('politicalReport')?.position).toBe('Phó Bí thư Đảng ủy Khối');
    expect(presenter('reviewReport')?.position).toBe('Phó Bí thư Thường trực Đảng ủy Khối');
    expect(presenter('directiveSpeech')?.category).toBe('guest');
    expect(presenter('directiveSpeech')?.position).toContain('Bí thư Tỉnh ủy');
  });
});
