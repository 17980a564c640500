import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../shared/domain/congress/model';
import { optionSpecs, type PrintDocumentName, type PrintOptionSpec } from '../../../../shared/print/registry';
import { useDesk } from '../../store/desk-store';

export type PrintParams = Readonly<Record<string, string>>;

interface Props {
  readonly document: PrintDocumentName;
  readonly params: PrintParams;
  readonly onChange: (name: string, value: string) => void;
}

/** The options of the chosen document, drawn from the registry: a new option needs no new form. */
export function PrintOptionsForm({ document, params, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="print-options" data-testid="print-options">
      <legend>{t('print.view.options')}</legend>
      <label className="field">
        <span>{t('print.view.language')}</span>
        <select value={params.lang ?? 'vi'} onChange={(e) => onChange('lang', e.target.value)} data-testid="print-option-lang">
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`common.language.${l}`)}
            </option>
          ))}
        </select>
      </label>
      {optionSpecs(document).map(([name, spec]) => (
        <OptionControl key={name} name={name} spec={spec} value={params[name]} onChange={(value) => onChange(name, value)} />
      ))}
    </fieldset>
  );
}

interface ControlProps {
  readonly name: string;
  readonly spec: PrintOptionSpec;
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
}

function OptionControl({ name, spec, value, onChange }: ControlProps) {
  const { t } = useTranslation();
  const sittings = useDesk((v) => v.state.congress?.sittings);
  const activeSitting = useDesk((v) => v.state.attendance.activeSittingId);
  const testId = `print-option-${name}`;
  switch (spec.kind) {
    case 'choice':
      return (
        <label className="field">
          <span>{t(`print.options.${name}.label`)}</span>
          <select value={value ?? spec.fallback} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
            {spec.values.map((v) => (
              <option key={v} value={v}>
                {t(`print.options.${name}.values.${v}`)}
              </option>
            ))}
          </select>
        </label>
      );
    case 'flag':
      return (
        <label className="check">
          <input
            type="checkbox"
            checked={value === undefined ? spec.fallback : value === 'true'}
            onChange={(e) => onChange(String(e.target.checked))}
            data-testid={testId}
          />
          <span>{t(`print.options.${name}.label`)}</span>
        </label>
      );
    case 'sitting':
      return (
        <label className="field">
          <span>{t(`print.options.${name}.label`)}</span>
          <select value={value ?? activeSitting ?? sittings?.[0]?.id ?? ''} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
            {(sittings ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
      );
  }
}
