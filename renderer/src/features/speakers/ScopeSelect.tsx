import { useTranslation } from 'react-i18next';
import type { SpeechFilter } from '../../../../shared/domain/speakers/log';
import { useDesk } from '../../store/desk-store';

/** The whole congress, one sitting or one discussion: what the log and the statistics cover. */
export type Scope = '' | `s:${string}` | `d:${string}`;

export function filterOf(scope: Scope): SpeechFilter {
  if (scope.startsWith('s:')) return { sittingId: scope.slice(2) };
  if (scope.startsWith('d:')) return { discussionId: scope.slice(2) };
  return {};
}

/** The scope as the options of the printed speech log and statistics. */
export function printParamsOf(scope: Scope): Record<string, string> {
  const { sittingId, discussionId } = filterOf(scope);
  return { ...(sittingId ? { sitting: sittingId } : {}), ...(discussionId ? { discussion: discussionId } : {}) };
}

function isScope(value: string): value is Scope {
  return value === '' || value.startsWith('s:') || value.startsWith('d:');
}

export function ScopeSelect(props: { readonly value: Scope; readonly onChange: (scope: Scope) => void; readonly testId?: string }) {
  const { t } = useTranslation();
  const congress = useDesk((v) => v.state.congress);
  const discussions = useDesk((v) => v.state.speakers.discussions);
  return (
    <label className="inline-fields">
      <span className="muted small">{t('speakers.log.scope')}</span>
      <select value={props.value} data-testid={props.testId} onChange={(e) => props.onChange(isScope(e.target.value) ? e.target.value : '')}>
        <option value="">{t('speakers.log.all')}</option>
        {congress?.sittings.map((s) => (
          <optgroup key={s.id} label={s.title}>
            <option value={`s:${s.id}`}>{s.title}</option>
            {[...discussions.values()]
              .filter((d) => d.sittingId === s.id)
              .map((d) => (
                <option key={d.id} value={`d:${d.id}`}>
                  — {d.title}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
