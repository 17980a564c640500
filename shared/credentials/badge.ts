import type { SessionState } from '../domain/state.js';
import type { Delegate, DelegateCategory } from '../domain/roster/model.js';
import { compareNameKeys, nameSortKey } from '../text/collate.js';
import { standingOf, type Standing } from '../domain/credentials/standing.js';

/**
 * What one delegate badge (thẻ đại biểu) shows. The QR code carries exactly the delegate code:
 * a scanner types it into the check-in input, which looks delegates up by code.
 */
export interface BadgeData {
  readonly delegateId: string;
  readonly fullName: string;
  readonly organisation: string;
  readonly category: DelegateCategory;
  readonly code: string;
  readonly qrPayload: string;
  readonly congressName: string;
  /** A seated alternate's badge says so; a not eligible or replaced delegate's badge is still printable. */
  readonly standing: Standing;
}

export function qrPayloadOf(delegate: Pick<Delegate, 'code'>): string {
  return delegate.code;
}

export function badgeData(state: SessionState, delegate: Delegate): BadgeData {
  return {
    delegateId: delegate.id,
    fullName: delegate.fullName,
    organisation: delegate.organisation,
    category: delegate.category,
    code: delegate.code,
    qrPayload: qrPayloadOf(delegate),
    congressName: state.congress?.name ?? '',
    standing: standingOf(state, delegate),
  };
}

export type BadgeOrder = 'name' | 'organisation' | 'roster';

/** Badges for all delegates or a selection, in the order they are to be handed out. */
export function badgesFor(state: SessionState, delegateIds: readonly string[] | null, order: BadgeOrder): BadgeData[] {
  const chosen = delegateIds === null ? [...state.roster.delegates.values()] : delegateIds.flatMap((id) => state.roster.delegates.get(id) ?? []);
  const keyed = chosen.map((d) => ({ d, key: nameSortKey(d.fullName) }));
  const byName = (a: (typeof keyed)[number], b: (typeof keyed)[number]) => compareNameKeys(a.key, b.key) || a.d.listOrder - b.d.listOrder;
  keyed.sort((a, b) => {
    if (order === 'roster') return a.d.listOrder - b.d.listOrder;
    if (order === 'organisation') return a.d.organisation.localeCompare(b.d.organisation, 'vi') || byName(a, b);
    return byName(a, b);
  });
  return keyed.map(({ d }) => badgeData(state, d));
}
