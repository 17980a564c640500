// The demo congress's credentials and attendance: verified by the committee, one official delegate
// found not eligible and replaced by the first alternate of the same organisation, and most of the
// delegates checked in at the sitting open at the start, so every view has something to show.
// Pure data by delegate code; the desk turns it into commands.

import type { Language } from '../domain/congress/model.js';
import type { DelegateFields } from '../domain/roster/model.js';
import { isOfficial } from '../domain/roster/model.js';
import type { Decide } from '../domain/decision.js';
import type { SessionState } from '../domain/state.js';
import { DeskError } from '../domain/errors.js';
import { codeKey } from '../domain/roster/code.js';
import { decideCredentials, markCheck, seatAlternate, setReportSigner } from '../domain/credentials/commands.js';
import { BUILT_IN_CHECKS } from '../domain/credentials/model.js';
import { checkIn, recordAbsence } from '../domain/attendance/commands.js';
import { setDocumentSigner } from '../domain/signers/commands.js';
import { SECRETARIAT_DOCUMENTS } from '../domain/signers/model.js';

export interface DemoCredentialsPlan {
  /** The committee member in whose name the decisions are recorded; as its head, she signs the report. */
  readonly member: string;
  /** The member of the secretariat who signs its documents (speech log, attendance sheet) under the standard lines. */
  readonly secretary: string;
  readonly notEligible: { readonly code: string; readonly reason: string };
  /** The alternate seated in the not eligible delegate's place: the first of that organisation. */
  readonly seatedAlternate: string;
  /** Official delegates who have not arrived; the first few have sent a reason. */
  readonly notArrived: readonly string[];
  readonly absenceReasons: ReadonlyMap<string, string>;
  /** Everyone checked in at the open sitting, in the order they arrive. */
  readonly checkedIn: readonly string[];
}

/** A synthetic name, like every name of the demo. */
const DEMO_SECRETARY = 'Trần Minh Khoa';

const TEXTS: Readonly<Record<Language, { member: string; notEligible: string; reasons: readonly string[] }>> = {
  vi: {
    member: 'Phạm Thị Thu Hà',
    notEligible: 'Đang trong thời gian bị đình chỉ sinh hoạt đảng',
    reasons: ['Ốm, đang điều trị tại bệnh viện', 'Đi công tác nước ngoài', 'Việc gia đình đột xuất'],
  },
  en: {
    member: 'Phạm Thị Thu Hà',
    notEligible: 'Currently suspended from party activity',
    reasons: ['Ill, in hospital', 'On an official mission abroad', 'Urgent family matter'],
  },
};

/** The last ten official delegates on the roster have not arrived. */
const NOT_ARRIVED = 10;
/** Guests who have arrived: the first half of them. */
const GUESTS_ARRIVED = 0.5;

export function demoCredentialsPlan(delegates: readonly DelegateFields[], language: Language): DemoCredentialsPlan {
  const texts = TEXTS[language];
  const officials = delegates.filter(isOfficial);
  const firstAlternate = delegates.find((d) => d.category === 'alternate');
  if (!firstAlternate) throw new RangeError('the demo roster has no alternate');
  const ofOrganisation = officials.filter((d) => d.organisation === firstAlternate.organisation && d.category === 'elected');
  const notEligible = ofOrganisation[ofOrganisation.length - 1];
  if (!notEligible) throw new RangeError(`no elected delegate of ${firstAlternate.organisation}`);
  const notArrived = officials.slice(-NOT_ARRIVED).map((d) => d.code);
  const absenceReasons = new Map(notArrived.slice(0, texts.reasons.length).map((code, i) => [code, texts.reasons[i] ?? '']));
  const away = new Set([...notArrived, notEligible.code]);
  const guests = delegates.filter((d) => d.category === 'guest');
  const checkedIn = [
    ...officials.filter((d) => !away.has(d.code)).map((d) => d.code),
    firstAlternate.code,
    ...guests.slice(0, Math.ceil(guests.length * GUESTS_ARRIVED)).map((d) => d.code),
  ];
  return {
    member: texts.member,
    secretary: DEMO_SECRETARY,
    notEligible: { code: notEligible.code, reason: texts.notEligible },
    seatedAlternate: firstAlternate.code,
    notArrived,
    absenceReasons,
    checkedIn,
  };
}

/** Runs one command on the open session and answers once it is saved. */
export type DemoRunner = <I, R>(decide: Decide<I, R>, input: I) => Promise<R>;

/**
 * Plays the plan through the same commands a desk would use: verification, the decision of not
 * eligible, the alternate seated, who signs the report, the arrivals at the open sitting and the reasons sent by absentees.
 */
export async function playDemoCredentials(run: DemoRunner, state: () => SessionState, plan: DemoCredentialsPlan): Promise<void> {
  const idOf = (code: string): string => {
    const found = state().roster.byCode.get(codeKey(code));
    if (found === undefined) throw new DeskError('delegate.unknown');
    return found;
  };
  const { member } = plan;
  const notEligibleId = idOf(plan.notEligible.code);
  const subjects = [...state().roster.delegates.values()].filter((d) => d.category !== 'guest' && d.id !== notEligibleId);
  subjects.sort((a, b) => a.listOrder - b.listOrder);
  // The committee ticked every document of every delegate, but the one found not eligible is suspended.
  for (const itemId of BUILT_IN_CHECKS) {
    const ids = itemId === 'notDisciplined' ? subjects.map((d) => d.id) : [...subjects.map((d) => d.id), notEligibleId];
    await run(markCheck, { delegateIds: ids, itemId, checked: true, member });
  }
  await run(decideCredentials, { delegateIds: subjects.map((d) => d.id), status: 'verified', reason: null, member });
  await run(decideCredentials, { delegateIds: [notEligibleId], status: 'notEligible', reason: plan.notEligible.reason, member });
  await run(seatAlternate, { replacedId: notEligibleId, alternateId: idOf(plan.seatedAlternate), reason: 'notEligible', note: '', member });
  await run(setReportSigner, { name: member, capacity: { vi: null, en: null } });
  for (const document of SECRETARIAT_DOCUMENTS) await run(setDocumentSigner, { document, name: plan.secretary, capacity: { vi: null, en: null } });
  const sittingId = state().attendance.activeSittingId;
  if (sittingId === null) return;
  for (const code of plan.checkedIn) await run(checkIn, { sittingId, target: { kind: 'code', code }, method: 'code' });
  for (const [code, reason] of plan.absenceReasons) await run(recordAbsence, { sittingId, delegateId: idOf(code), reason });
}
