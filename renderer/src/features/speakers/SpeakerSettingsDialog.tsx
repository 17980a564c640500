import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SPEECH_KINDS, type CheckInRule, type SpeakerSettings, type SpeechKind } from '../../../../shared/domain/speakers/model';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
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
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = SPEECH_KINDS.map((k) => [k, parseMinutes(limits[k])] as const);
    if (parsed.some(([, v]) => v === 'invalid')) {
      setError(t('speakers.settings.invalid'));
      return;
    }
    const next: SpeakerSettings = {
      limits: {
        preparedContribution: secondsOf(parsed, 'preparedContribution'),
        floorRequest: secondsOf(parsed, 'floorRequest'),
        directiveSpeech: secondsOf(parsed, 'directiveSpeech'),
        pointOfOrder: secondsOf(parsed, 'pointOfOrder'),
      },
      checkInRule: rule,
    };
    deskStore()
      .api.setSpeakerSettings(next)
      .then(props.onClose)
      .catch((e: unknown) => setError(errorMessage(e)));
  };

  return (
    <Dialog
      title={t('speakers.settings.title')}
      onClose={props.onClose}
      testId="speaker-settings-form"
      footer={
        <>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="button" className="btn" onClick={props.onClose}>
            {t('common.actions.cancel')}
          </button>
          <button type="submit" form="speaker-settings-form" className="btn primary">
            {t('common.actions.save')}
          </button>
        </>
      }
    >
      <form id="speaker-settings-form" onSubmit={submit} className="settings-form">
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
      </form>
    </Dialog>
  );
}

function secondsOf(parsed: readonly (readonly [SpeechKind, number | null | 'invalid'])[], kind: SpeechKind): number | null {
  const value = parsed.find(([k]) => k === kind)?.[1];
  return typeof value === 'number' ? value : null;
}
