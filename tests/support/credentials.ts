import { TestDesk, congressInput, delegateFields } from './domain.js';
import { createCongress } from '../../shared/domain/congress/commands.js';
import { importRoster } from '../../shared/domain/roster/commands.js';
import { decideCredentials, seatAlternate } from '../../shared/domain/credentials/commands.js';
import { checkIn, recordAbsence } from '../../shared/domain/attendance/commands.js';
import type { Delegate, DelegateFields } from '../../shared/domain/roster/model.js';

export const MEMBER = 'Trần Thị Thẩm Tra';

/**
 * A small congress whose report was worked out by hand (see report.test.ts), held on 2026-07-23:
 * 8 official delegates of three organisations, two alternates of Chi bộ C, one guest.
 */
export const HAND_ROSTER: readonly DelegateFields[] = [
  delegateFields('A01', { organisation: 'Chi bộ A', category: 'elected', gender: 'male', birthDate: '1991-07-23', birthYear: 1991, ethnicity: 'Kinh', partyAdmissionDate: '2016-07-24', education: 'Thạc sĩ', politicalTheory: 'Trung cấp' }),
  delegateFields('A02', { organisation: 'Chi bộ A', category: 'elected', gender: 'female', birthDate: '1991-07-24', birthYear: 1991, ethnicity: 'Thái', partyAdmissionDate: '2015-01-01', education: 'Đại học', politicalTheory: 'Trung cấp' }),
  delegateFields('A03', { organisation: 'Chi bộ A', category: 'exOfficio', gender: 'male', birthYear: 1966, ethnicity: 'Kinh', partyAdmissionDate: '1990-05-19', education: 'Tiến sĩ', politicalTheory: 'Cao cấp' }),
  delegateFields('B01', { organisation: 'Chi bộ B', category: 'elected', gender: 'female', birthDate: '1965-03-01', birthYear: 1965, ethnicity: 'Khơ Mú', partyAdmissionDate: '1988-02-03', education: 'thac si', politicalTheory: 'Cao cấp' }),
  delegateFields('B02', { organisation: 'Chi bộ B', category: 'appointed', gender: 'male', politicalTheory: 'Sơ cấp' }),
  delegateFields('B03', { organisation: 'Chi bộ B', category: 'elected', gender: 'male', birthDate: '1980-12-31', birthYear: 1980, ethnicity: 'Kinh', partyAdmissionDate: '2005-06-01', education: 'Đại học', politicalTheory: 'Cao cấp lý luận chính trị' }),
  delegateFields('C01', { organisation: 'Chi bộ C', category: 'elected', gender: 'female', birthDate: '1990-01-01', birthYear: 1990, ethnicity: 'Kinh', partyAdmissionDate: '2012-01-01', education: 'Kỹ sư', politicalTheory: 'Trung cấp' }),
  delegateFields('C02', { organisation: 'Chi bộ C', category: 'elected', gender: 'male', birthYear: 1970, ethnicity: 'Kinh', education: 'Đại học', politicalTheory: 'Cao cấp' }),
  delegateFields('ALT1', { organisation: 'Chi bộ C', category: 'alternate', gender: 'male', birthDate: '1995-05-05', birthYear: 1995, ethnicity: 'Kinh', partyAdmissionDate: '2020-05-05', education: 'Đại học', politicalTheory: 'Sơ cấp' }),
  delegateFields('ALT2', { organisation: 'Chi bộ C', category: 'alternate', gender: 'female', birthYear: 1993, ethnicity: 'Kinh', education: 'Đại học', politicalTheory: 'Sơ cấp' }),
  delegateFields('G01', { organisation: 'Tỉnh ủy', category: 'guest', gender: 'male', birthYear: 1968 }),
];

export function rosterDesk(roster: readonly DelegateFields[] = HAND_ROSTER): TestDesk {
  const desk = new TestDesk();
  desk.run(createCongress, congressInput());
  desk.run(importRoster, { fileName: 'roster.csv', delegates: [...roster] });
  return desk;
}

export function idOf(desk: TestDesk, code: string): string {
  const id = desk.state.roster.byCode.get(code.toLowerCase());
  if (id === undefined) throw new Error(`no delegate ${code}`);
  return id;
}

export function delegateOf(desk: TestDesk, code: string): Delegate {
  const delegate = desk.state.roster.delegates.get(idOf(desk, code));
  if (!delegate) throw new Error(`no delegate ${code}`);
  return delegate;
}

export const amByCode = (code: string) => ({ sittingId: 'am', target: { kind: 'code' as const, code }, method: 'code' as const });

/** The hand-worked congress: decisions, one alternate seated, attendance in the morning sitting. */
export function handDesk(): TestDesk {
  const desk = rosterDesk();
  const ids = (...codes: string[]) => codes.map((c) => idOf(desk, c));
  desk.run(decideCredentials, { delegateIds: ids('A01', 'A02', 'A03', 'B01', 'B02', 'ALT1'), status: 'verified', reason: null, member: MEMBER });
  desk.run(decideCredentials, { delegateIds: ids('B03'), status: 'challenged', reason: 'Thiếu biên bản bầu cử', member: MEMBER });
  desk.run(decideCredentials, { delegateIds: ids('C02'), status: 'notEligible', reason: 'Đang bị đình chỉ sinh hoạt đảng', member: MEMBER });
  desk.run(seatAlternate, { replacedId: idOf(desk, 'C02'), alternateId: idOf(desk, 'ALT1'), reason: 'notEligible', note: '', member: MEMBER });
  for (const code of ['A01', 'A02', 'A03', 'B01', 'ALT1', 'C02']) desk.run(checkIn, amByCode(code));
  desk.run(recordAbsence, { sittingId: 'am', delegateId: idOf(desk, 'B02'), reason: 'Ốm' });
  return desk;
}
