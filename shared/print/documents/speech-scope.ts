import type { SessionState } from '../../domain/state.js';
import type { Sitting } from '../../domain/congress/model.js';
import type { Discussion } from '../../domain/speakers/model.js';
import type { SpeechFilter } from '../../domain/speakers/log.js';
import { DeskError } from '../../domain/errors.js';
import { requireSitting } from '../../domain/decision.js';

/**
 * Which speeches a printed record covers: the whole congress, one sitting, one discussion (or a
 * discussion within a sitting, as the two options combine), the same filter the desk's speech
 * log and statistics apply.
 */
export interface SpeechScope {
  readonly sitting: Sitting | null;
  readonly discussion: Discussion | null;
  readonly filter: SpeechFilter;
  /** The day the record is dated: the sitting's (the discussion's sitting's), else the congress's first. */
  readonly date: string;
}

export function speechScope(state: SessionState, options: { readonly sitting: string | null; readonly discussion: string | null }): SpeechScope {
  const congress = state.congress;
  if (!congress) throw new DeskError('congress.none');
  const sitting = options.sitting === null ? null : requireSitting(state, options.sitting);
  const discussion = options.discussion === null ? null : state.speakers.discussions.get(options.discussion);
  if (discussion === undefined) throw new DeskError('discussion.unknown');
  const dated = sitting ?? congress.sittings.find((s) => s.id === discussion?.sittingId);
  return {
    sitting,
    discussion,
    filter: { sittingId: sitting?.id ?? null, discussionId: discussion?.id ?? null },
    date: dated?.date ?? congress.startDate,
  };
}
