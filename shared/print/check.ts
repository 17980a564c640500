import type { SessionState } from '../domain/state.js';
import { DeskError } from '../domain/errors.js';
import { optionSpecs, type PrintRequest } from './registry.js';

/**
 * What stops a well-formed request from being printed from this session: no congress, or a
 * sitting or discussion it does not have. Checked before a document renders, so that a page says why
 * instead of failing half-way.
 */
export function printRequestProblem(state: SessionState, request: PrintRequest): DeskError | null {
  const congress = state.congress;
  if (!congress) return new DeskError('congress.none');
  const options: Readonly<Record<string, unknown>> = request.options;
  for (const [name, spec] of optionSpecs(request.document)) {
    const value = options[name];
    if (spec.kind === 'sitting' && typeof value === 'string' && !congress.sittings.some((s) => s.id === value)) {
      return new DeskError('sitting.unknown');
    }
    if (spec.kind === 'discussion' && typeof value === 'string' && !state.speakers.discussions.has(value)) {
      return new DeskError('discussion.unknown');
    }
  }
  return null;
}
