import { describe, expect, it } from 'vitest';
import { TestDesk } from '../../tests/support/domain.js';
import { createCongress, congressInputSchema } from '../domain/congress/commands.js';
import { importRoster, importRosterInput } from '../domain/roster/commands.js';
import { demoCongress } from './congress.js';
import { demoCredentialsPlan, playDemoCredentials } from './credentials.js';
import { credentialsFigures } from '../domain/credentials/report.js';
import { credentialOf } from '../domain/credentials/standing.js';
import { sittingQuorum } from '../domain/attendance/select.js';
import { fillReportTemplate } from '../credentials/template.js';
import { defaultReportTemplate } from '../domain/credentials/default-template.js';
import { reportSignature } from '../domain/credentials/signer.js';
import { documentSignature } from '../domain/signers/select.js';

async function demoDesk(language: 'vi' | 'en') {
  const demo = demoCongress({ date: '2020-07-23', language });
  const desk = new TestDesk();
  desk.run(createCongress, congressInputSchema.parse(demo.congress));
  desk.run(importRoster, importRosterInput.parse({ fileName: 'demo', delegates: demo.delegates }));
  const plan = demoCredentialsPlan(demo.delegates, language);
  await playDemoCredentials((decide, input) => Promise.resolve(desk.run(decide, input)), () => desk.state, plan);
  return { desk, plan };
}

describe('demo credentials', () => {
  it('has the report signed by the committee member who decided, under the standard capacity lines', async () => {
    const { desk, plan } = await demoDesk('vi');
    expect(plan.member).toBe('Phạm Thị Thu Hà');
    expect(reportSignature(desk.state, 'vi')).toEqual({ capacity: ['T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU', 'TRƯỞNG BAN'], name: 'Phạm Thị Thu Hà' });
    expect(reportSignature(desk.state, 'en')).toEqual({ capacity: ['FOR THE CREDENTIALS COMMITTEE', 'CHAIR'], name: 'Phạm Thị Thu Hà' });
  });

  it("has the secretariat's documents signed by its secretary, under the standard capacity lines", async () => {
    const { desk, plan } = await demoDesk('en');
    expect(plan.secretary).toBe('Trần Minh Khoa');
    expect(documentSignature(desk.state, 'speech-log', 'vi')).toEqual({ capacity: ['ĐOÀN THƯ KÝ ĐẠI HỘI'], name: 'Trần Minh Khoa' });
    expect(documentSignature(desk.state, 'attendance', 'en')).toEqual({ capacity: ['PREPARED BY'], name: 'Trần Minh Khoa' });
  });

  it('finds one delegate of the hospital not eligible and seats its first alternate', async () => {
    const { desk, plan } = await demoDesk('vi');
    expect(plan.notEligible.code).toBe('DB224');
    expect(plan.seatedAlternate).toBe('DK01');
    const figures = credentialsFigures(desk.state, desk.state.attendance.activeSittingId);
    expect(figures.notEligible.map((p) => [p.code, p.reason])).toEqual([['DB224', 'Đang trong thời gian bị đình chỉ sinh hoạt đảng']]);
    expect(figures.alternatesSeated.map((s) => [s.alternateCode, s.replacedCode])).toEqual([['DK01', 'DB224']]);
    expect(figures.summoned).toBe(250);
    expect(figures.verification).toEqual([
      { key: 'verified', count: 250, permille: 1000 },
      { key: 'challenged', count: 0, permille: 0 },
      { key: 'pending', count: 0, permille: 0 },
    ]);
    // The last ten official delegates have not arrived; three sent a reason.
    expect(figures.attendance).toEqual([
      { key: 'present', count: 240, permille: 960 },
      { key: 'absentWithReason', count: 3, permille: 12 },
      { key: 'absentWithoutReason', count: 7, permille: 28 },
    ]);
    expect(sittingQuorum(desk.state, 's-prep')).toMatchObject({ summoned: 250, present: 240, met: true });
    expect(figures.composition.base).toBe(250);
    const checks = (code: string) => credentialOf(desk.state, desk.state.roster.byCode.get(code.toLowerCase()) ?? '').checks;
    expect(checks('DB001')).toEqual(['electionRecord', 'membership', 'notDisciplined', 'identity']);
    expect(checks('DB224')).toEqual(['electionRecord', 'membership', 'identity']);
    expect(checks('KM01')).toEqual([]);
    expect(figures.composition.youngest).not.toBeNull();
    expect(figures.composition.longestServing?.years).toBeGreaterThanOrEqual(40);
  });

  it('fills the standard wording without a gap, in English too', async () => {
    const { desk } = await demoDesk('en');
    const figures = credentialsFigures(desk.state, 's-prep');
    const filled = fillReportTemplate(defaultReportTemplate('en'), figures, 'en');
    expect(filled.unknown).toEqual([]);
    expect(filled.paragraphs[2]).toContain('Present at Preparatory sitting: 240 (96.0%)');
    expect(filled.paragraphs[3]).toContain('Currently suspended from party activity');
  });
});
