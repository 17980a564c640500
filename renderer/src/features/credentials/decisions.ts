import i18next from 'i18next';
import type { CredentialStatus } from '../../../../shared/domain/credentials/model';
import type { SessionState } from '../../../../shared/domain/state';
import { credentialOf } from '../../../../shared/domain/credentials/standing';
import { deskStore } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { showToast } from '../../ui/toasts';

interface Previous {
  readonly status: CredentialStatus;
  readonly reason: string | null;
}

/** Puts each delegate back to the status and reason they had: one decision per group of equal ones. */
async function restore(previous: ReadonlyMap<string, Previous>, member: string): Promise<void> {
  const groups = new Map<string, { status: CredentialStatus; reason: string | null; ids: string[] }>();
  for (const [id, p] of previous) {
    const reason = p.reason ?? (p.status === 'verified' ? null : i18next.t('credentials.decide.undoReason'));
    const key = `${p.status}\u0000${reason ?? ''}`;
    const group = groups.get(key) ?? { status: p.status, reason, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  for (const g of groups.values()) await deskStore().api.decideCredentials({ delegateIds: g.ids, status: g.status, reason: g.reason, member });
}

/**
 * Records a decision for one delegate or many and offers to undo it: a wrong key press at the
 * committee's table must be easy to take back, and the undo is itself on record.
 */
export async function recordDecision(
  state: SessionState,
  delegateIds: readonly string[],
  status: CredentialStatus,
  reason: string | null,
  member: string,
  message: string,
): Promise<number> {
  const previous = new Map<string, Previous>(
    delegateIds.map((id) => {
      const record = credentialOf(state, id);
      return [id, { status: record.status, reason: record.reason }];
    }),
  );
  try {
    const { changed } = await deskStore().api.decideCredentials({ delegateIds: [...delegateIds], status, reason, member });
    if (changed > 0) {
      showToast({
        tone: 'success',
        message,
        action: {
          label: i18next.t('common.actions.undo'),
          run: () => void restore(previous, member).catch((e: unknown) => showToast({ tone: 'error', message: errorMessage(e) })),
        },
      });
    }
    return changed;
  } catch (error) {
    showToast({ tone: 'error', message: errorMessage(error) });
    return 0;
  }
}
