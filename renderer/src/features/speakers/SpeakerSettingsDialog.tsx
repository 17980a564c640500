import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPEECH_KINDS, type CheckInRule, type SpeakerSettings, type SpeechKind } from '../../../../shared/domain/speakers/model';
import { deskStore, useDesk } from '../../store/desk-store';
import { FormDialog, FormProblem } from '../../ui/Dialog';
import { minutesText, parseMinutes } from '../../../../shared/domain/speakers/minutes';
import { useLanguage } from '../../i18n';

/** The congress's default time per kind of speech, and what happens to requests from delegates not checked in. */
export function SpeakerSettingsDialog(props: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const settings = useDesk((v) => v.state.speakers.settings);
  const [limits, setLimits] = useState<Record<SpeechKind, string>>(
    () => Object.fromEntries(SPEECH_KINDS.map((k) => [k, minutesText(settings.limits[k], language === 'vi' ? ',' : '.')])) as Record<SpeechKind, string>,
  );
  const [rule, setRule] = useState<CheckInRule>(settings.checkInRule);

  const submit = () => {
    const parsed = SPEECH_KINDS.map((k) => [k, parseMinutes(limits[k])] as const);
    if (parsed.some(([, v]) => v === 'invalid')) throw new FormProblem(t('speakers.settings.invalid'));
    const next: SpeakerSettings = {
      limits: {
        preparedContribution: secondsOf(parsed, 'preparedContribution'),
        floorRequest: secondsOf(parsed, 'floorRequest'),
        directiveSpeech: secondsOf(parsed, 'directiveSpeech'),
        pointOfOrder: secondsOf(parsed, 'pointOfOrder'),
      },
      checkInRule: rule,
    };
    return deskStore().api.setSpeakerSettings(next);
  };

  return (
    <FormDialog
      title={t('speakers.settings.title')}
      submitLabel={t('common.actions.save')}
      onClose={props.onClose}
      onSubmit={submit}
      testId="speaker-settings-form"
      wide={false}
      formClassName="settings-form"
    >
      <p className="muted small">{t('speakers.settings.limits')}</p>
      <div className="form-grid">
        {SPEECH_KINDS.map((kind) => (
          <label key={kind} className="field">
            <span>{t(`speakers.kind.${kind}`)}</span>
            <input
              name={kind}
              inputMode="decimal"
              value={limits[kind]}
              onChange={(e) => setLimits((l) => ({ ...l, [kind]: e.target.value }))}
            />
          </label>
        ))}
      </div>
      <fieldset>
        <legend>{t('speakers.settings.checkInRule')}</legend>
        {(['warn', 'forbid'] as const).map((value) => (
          <label key={value} className="inline-fields">
            <input type="radio" name="checkInRule" value={value} checked={rule === value} onChange={() => setRule(value)} />
            <span>{t(`speakers.settings.${value}`)}</span>
          </label>
        ))}
        <p className="muted small">{t('speakers.settings.checkInNote')}</p>
      </fieldset>
    </FormDialog>
  );
}

function secondsOf(parsed: readonly (readonly [SpeechKind, number | null | 'invalid'])[], kind: SpeechKind): number | null {
  const value = parsed.find(([k]) => k === kind)?.[1];
  return typeof value === 'number' ? value : null;
}
