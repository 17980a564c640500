import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_MARGINS, MARGIN_LIMITS_MM, pageMarginsSchema, type PageMargins } from '../../../../shared/print/page';
import { deskStore } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { showToast } from '../../ui/toasts';

const SIDES = ['top', 'bottom', 'left', 'right'] as const;
type Side = (typeof SIDES)[number];

/** The page margins of this desk, in millimetres; kept in its preferences for every document. */
export function MarginsFields({ margins }: { readonly margins: PageMargins }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Record<Side, string>>(() => toDraft(margins));
  useEffect(() => setDraft(toDraft(margins)), [margins]);
  const parsed = pageMarginsSchema.safeParse(Object.fromEntries(SIDES.map((s) => [s, Number(draft[s])])));
  const invalid = SIDES.some((s) => draft[s].trim() === '') || !parsed.success;

  const save = (next: PageMargins) =>
    deskStore()
      .api.setPreferences({ printMargins: next })
      .catch((error: unknown) => showToast({ tone: 'error', message: errorMessage(error) }));

  return (
    <fieldset className="print-options" data-testid="print-margins">
      <legend>{t('print.view.margins.title')}</legend>
      <div className="print-margins">
        {SIDES.map((side) => (
          <label key={side} className="field">
            <span>{t(`print.view.margins.${side}`)}</span>
            <input
              type="number"
              inputMode="numeric"
              min={MARGIN_LIMITS_MM.min}
              max={MARGIN_LIMITS_MM.max}
              step={1}
              value={draft[side]}
              aria-invalid={invalid || undefined}
              data-testid={`margin-${side}`}
              onChange={(e) => setDraft({ ...draft, [side]: e.target.value })}
              onBlur={() => {
                if (parsed.success) void save(parsed.data);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && parsed.success) void save(parsed.data);
              }}
            />
          </label>
        ))}
      </div>
      {invalid && (
        <p className="form-error" role="alert">
          {t('print.view.margins.invalid', { min: MARGIN_LIMITS_MM.min, max: MARGIN_LIMITS_MM.max })}
        </p>
      )}
      <p className="small muted">{t('print.view.margins.hint')}</p>
      <button type="button" className="btn small" onClick={() => void save(DEFAULT_MARGINS)} data-testid="margins-reset">
        {t('print.view.margins.reset')}
      </button>
    </fieldset>
  );
}

function toDraft(margins: PageMargins): Record<Side, string> {
  return { top: String(margins.top), bottom: String(margins.bottom), left: String(margins.left), right: String(margins.right) };
}
