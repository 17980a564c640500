import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { optionSpecs, type PrintDocumentName, type PrintOptionSpec } from '../../../../shared/print/registry';
import { assertNever } from '../../../../shared/domain/errors';
import { formatClock, formatDate } from '../../../../shared/i18n/format';
import { compareText } from '../../../../shared/text/collate';
import { useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';
import { LanguageOptions } from '../../ui/Options';

export type PrintParams = Readonly<Record<string, string>>;

interface Props {
  readonly document: PrintDocumentName;
  readonly params: PrintParams;
  /** Parameters that change together (a frozen report brings its language). */
  readonly onChange: (changes: Readonly<Record<string, string>>) => void;
}

/** The options of the chosen document, drawn from the registry: a new option needs no new form. */
export function PrintOptionsForm({ document, params, onChange }: Props) {
  const { t } = useTranslation();
  const discussions = useDesk((v) => v.state.speakers.discussions);
  // A discussion belongs to one sitting: choosing another sitting lets go of a discussion outside it.
  const change = (name: string, spec: PrintOptionSpec, value: string, also: Readonly<Record<string, string>> = {}) => {
    const changes: Record<string, string> = { ...also, [name]: value };
    if (spec.kind === 'sitting' && value !== '') {
      for (const [other, otherSpec] of optionSpecs(document)) {
        const chosen = params[other];
        if (otherSpec.kind === 'discussion' && chosen && discussions.get(chosen)?.sittingId !== value) changes[other] = '';
      }
    }
    onChange(changes);
  };
  return (
    <fieldset className="print-options" data-testid="print-options">
      <legend>{t('print.view.options')}</legend>
      <label className="field">
        <span>{t('print.view.language')}</span>
        <select value={params.lang ?? 'vi'} onChange={(e) => onChange({ lang: e.target.value })} data-testid="print-option-lang">
          <LanguageOptions />
        </select>
      </label>
      {optionSpecs(document).map(([name, spec]) => (
        <OptionControl key={name} name={name} spec={spec} value={params[name]} params={params} onChange={(value, also) => change(name, spec, value, also)} />
      ))}
    </fieldset>
  );
}

interface ControlProps {
  readonly name: string;
  readonly spec: PrintOptionSpec;
  readonly value: string | undefined;
  /** Every parameter chosen: a discussion list follows the sitting chosen. */
  readonly params: PrintParams;
  readonly onChange: (value: string, also?: Readonly<Record<string, string>>) => void;
}

function OptionControl({ name, spec, value, params, onChange }: ControlProps) {
  const { t } = useTranslation();
  const sittings = useDesk((v) => v.state.congress?.sittings);
  const activeSitting = useDesk((v) => v.state.attendance.activeSittingId);
  const discussions = useDesk((v) => v.state.speakers.discussions);
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
    case 'sitting': {
      const all = spec.whenAbsent === 'all';
      return (
        <label className="field">
          <span>{t(`print.options.${name}.label`)}</span>
          <select value={value ?? (all ? '' : (activeSitting ?? sittings?.[0]?.id ?? ''))} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
            {all && <option value="">{t('print.options.sitting.all')}</option>}
            {(sittings ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
      );
    }
    case 'discussion': {
      const sitting = params.sitting ?? '';
      const listed = [...discussions.values()].filter((d) => sitting === '' || d.sittingId === sitting);
      return (
        <label className="field">
          <span>{t(`print.options.${name}.label`)}</span>
          <select value={value ?? ''} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
            <option value="">{t('print.options.discussion.all')}</option>
            {(sittings ?? []).map((s) => {
              const inSitting = listed.filter((d) => d.sittingId === s.id);
              return inSitting.length === 0 ? null : (
                <optgroup key={s.id} label={s.title}>
                  {inSitting.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.title}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
        </label>
      );
    }
    case 'snapshot':
      return <SnapshotControl name={name} value={value} onChange={onChange} testId={testId} />;
    case 'organisation':
      return <OrganisationControl name={name} value={value} onChange={onChange} testId={testId} />;
    case 'codes':
      return (
        <label className="field">
          <span>{t(`print.options.${name}.label`)}</span>
          <input
            type="text"
            value={value ?? ''}
            placeholder={t(`print.options.${name}.placeholder`)}
            spellCheck={false}
            onChange={(e) => onChange(e.target.value)}
            data-testid={testId}
          />
          <span className="small muted">{t(`print.options.${name}.hint`)}</span>
        </label>
      );
    default:
      return assertNever(spec);
  }
}

type ControlOf = Omit<ControlProps, 'spec' | 'params'> & { readonly testId: string };

/** The live figures or one of the frozen credentials reports; a frozen one prints in its own language. */
function SnapshotControl({ name, value, onChange, testId }: ControlOf) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const snapshots = useDesk((v) => v.state.credentials.snapshots);
  return (
    <label className="field">
      <span>{t(`print.options.${name}.label`)}</span>
      <select
        value={value ?? ''}
        onChange={(e) => {
          const chosen = snapshots.find((s) => s.id === e.target.value);
          onChange(e.target.value, chosen ? { lang: chosen.language } : {});
        }}
        data-testid={testId}
      >
        <option value="">{t(`print.options.${name}.live`)}</option>
        {snapshots.map((s) => (
          <option key={s.id} value={s.id}>
            {t(`print.options.${name}.item`, { label: s.label, time: `${formatClock(s.at, uiLanguage)} ${formatDate(s.at.slice(0, 10), uiLanguage)}` })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Every organisation on the roster, in the Vietnamese alphabet. */
function OrganisationControl({ name, value, onChange, testId }: ControlOf) {
  const { t } = useTranslation();
  const delegates = useDesk((v) => v.state.roster.delegates);
  const organisations = useMemo(() => [...new Set([...delegates.values()].map((d) => d.organisation))].sort(compareText), [delegates]);
  return (
    <label className="field">
      <span>{t(`print.options.${name}.label`)}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{t(`print.options.${name}.all`)}</option>
        {organisations.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}
