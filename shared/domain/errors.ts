// Every refusal the domain or the services can give, as a code the renderer translates
// (`errors.<code>` in the locale files) with its parameters. A unit test checks that each code
// has a message in every language.

export const ERROR_CODES = [
  'input.invalid',
  'input.tooLarge',
  'session.none',
  'session.notFound',
  'session.notACongressFile',
  'session.newerFormat',
  'session.unknownEvent',
  'session.empty',
  'session.locked',
  'session.unreadable',
  'session.writeFailed',
  'session.diskFull',
  'session.readOnlyDisk',
  'session.readOnly',
  'session.exists',
  'congress.exists',
  'congress.none',
  'congress.dates',
  'congress.sittingIds',
  'congress.sittingInUse',
  'congress.quorumRule',
  'sitting.unknown',
  'delegate.unknown',
  'delegate.codeTaken',
  'delegate.hasAttendance',
  'roster.empty',
  'roster.problems',
  'roster.tooLarge',
  'checkIn.notCheckedIn',
  'checkIn.alreadyCheckedIn',
  'checkIn.unknownCode',
  'checkIn.notFound',
  'absence.present',
  'platform.notSupported',
  'credentials.guest',
  'credentials.reasonRequired',
  'credentials.unknownCheck',
  'credentials.checkLabel',
  'alternate.notOfficial',
  'alternate.alreadyReplaced',
  'alternate.stillEligible',
  'alternate.attended',
  'alternate.noneAvailable',
  'alternate.notNext',
  'alternate.notSeated',
  'alternate.notLast',
  'delegate.inSeating',
  'platform.cancelled',
  'agenda.itemUnknown',
  'agenda.tooMany',
  'agenda.tooDeep',
  'agenda.startedCannotNest',
  'agenda.hasSubItems',
  'agenda.alreadyRunning',
  'agenda.anotherRunning',
  'agenda.notStarted',
  'agenda.alreadyFinished',
  'agenda.noNextItem',
  'agenda.nothingToGoBack',
  'agenda.deleteRunning',
  'agenda.cannotRestore',
  'agenda.empty',
  'hallDisplay.noScreen',
  'internal',
  'print.unknownDocument',
  'print.badOption',
  'print.timeout',
  'print.failed',
  'print.printerFailed',
  'delegate.hasSpeeches',
  'discussion.unknown',
  'discussion.listClosed',
  'discussion.agendaItem',
  'speech.unknown',
  'speech.notWaiting',
  'speech.notWithdrawn',
  'speech.alreadyWaiting',
  'speech.notCheckedIn',
  'speech.queueEmpty',
  'speech.noCurrent',
  'speech.notRunning',
  'speech.notPaused',
  'speech.noLimit',
  'speech.timeBelowZero',
  'speech.inProgress',
  'speech.times',
  'speech.cannotReopen',
  'session.readOnlyDamaged',
  'print.snapshotUnknown',
  'print.snapshotLanguage',
  'print.organisationUnknown',
  'print.codesUnknown',
  'checkIn.notCheckedOut',
  'delegate.notRemoved',
  // The organisation and the category of both delegates of a seating.
  'delegate.lockedInSeating',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Readonly<Record<string, string | number>>;

/** A refusal with a reason the user can read; carried unchanged across both transports. */
export class DeskError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'DeskError';
    this.code = code;
    this.params = params;
  }
}

export interface WireError {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
