import { useMemo } from 'react';
import { agendaPlan, itemsOfRemovedSittings, type SittingPlan } from '../../../../shared/domain/agenda/select';
import type { AgendaItem } from '../../../../shared/domain/agenda/model';
import { EMPTY_SESSION } from '../../../../shared/domain/state';
import { useDesk } from '../../store/desk-store';

/** The plan of every sitting, recomputed when the congress, the agenda or the roster changes (not on a check-in). */
export function useAgendaPlans(): { readonly plans: readonly SittingPlan[]; readonly orphans: readonly AgendaItem[] } {
  const congress = useDesk((v) => v.state.congress);
  const agenda = useDesk((v) => v.state.agenda);
  const roster = useDesk((v) => v.state.roster);
  return useMemo(() => {
    const state = { ...EMPTY_SESSION, congress, agenda, roster };
    return { plans: agendaPlan(state), orphans: itemsOfRemovedSittings(state) };
  }, [congress, agenda, roster]);
}
