import type { SessionState } from '../domain/state.js';
import { DeskError, assertNever } from '../domain/errors.js';
import { codeKey } from '../domain/roster/code.js';
import { resources } from '../i18n/resources.js';
import { optionSpecs, type PrintRequest } from './registry.js';

/** How many unknown codes a message names; the rest are counted, not listed. */
const CODES_NAMED = 10;

/**
 * What stops a well-formed request from being printed from this session: no congress, a sitting
 * or discussion it does not have, a frozen report it does not have (or one frozen in another
 * language), an organisation or delegate codes not on its roster. Checked before a document
 * renders, so that a page says why instead of failing half-way or printing an empty sheet.
 */
export function printRequestProblem(state: SessionState, request: PrintRequest): DeskError | null {
  const congress = state.congress;
  if (!congress) return new DeskError('congress.none');
  const options: Readonly<Record<string, unknown>> = request.options;
  for (const [name, spec] of optionSpecs(request.document)) {
    const value = options[name];
    switch (spec.kind) {
      case 'choice':
      case 'flag':
        break;
      case 'sitting':
        if (typeof value === 'string' && !congress.sittings.some((s) => s.id === value)) return new DeskError('sitting.unknown');
        break;
      case 'discussion':
        if (typeof value === 'string' && !state.speakers.discussions.has(value)) return new DeskError('discussion.unknown');
        break;
      case 'snapshot': {
        if (typeof value !== 'string') break;
        const snapshot = state.credentials.snapshots.find((s) => s.id === value);
        if (!snapshot) return new DeskError('print.snapshotUnknown', { id: value });
        if (snapshot.language !== request.lang) {
          // The language's own name ("Tiếng Việt", "English"), readable whatever the desk's language.
          const language = resources[snapshot.language].translation.common.language[snapshot.language];
          return new DeskError('print.snapshotLanguage', { label: snapshot.label, language });
        }
        break;
      }
      case 'organisation':
        if (typeof value === 'string' && !hasOrganisation(state, value)) return new DeskError('print.organisationUnknown', { organisation: value });
        break;
      case 'codes': {
        if (!Array.isArray(value)) break;
        const unknown = value.filter((code): code is string => typeof code === 'string' && !state.roster.byCode.has(codeKey(code)));
        if (unknown.length > 0) {
          const named = unknown.slice(0, CODES_NAMED).join(', ');
          return new DeskError('print.codesUnknown', { codes: unknown.length > CODES_NAMED ? `${named} (+${unknown.length - CODES_NAMED})` : named });
        }
        break;
      }
      default:
        return assertNever(spec);
    }
  }
  return null;
}

function hasOrganisation(state: SessionState, organisation: string): boolean {
  for (const delegate of state.roster.delegates.values()) if (delegate.organisation === organisation) return true;
  return false;
}
