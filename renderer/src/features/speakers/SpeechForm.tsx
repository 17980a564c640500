import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPEECH_KINDS, type Discussion, type Speech, type SpeechKind, type SpeechFields } from '../../../../shared/domain/speakers/model';
import { minutesText, parseMinutes } from '../../../../shared/domain/speakers/minutes';
import { speakerLabel } from '../../../../shared/domain/speakers/select';
import { formatDuration } from '../../../../shared/domain/speakers/timer';
import { deskStore, useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';
import { FormDialog, FormProblem } from '../../ui/Dialog';

/**
 * A registration in full: a guest who is not on the roster (name and title), or an edit of any
 * request (kind, title, text file, its own time limit).
 */
export function SpeechForm(props: { readonly discussion: Discussion; readonly speech: Speech | null; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useDesk((v) => v.state);
  const { speech } = props;
  const guest = speech === null || speech.speaker.kind === 'guest';
  const [name, setName] = useState(speech?.speaker.kind === 'guest' ? speech.speaker.name : '');
  const [position, setPosition] = useState(speech?.speaker.kind === 'guest' ? speech.speaker.title : '');
  const [kind, setKind] = useState<SpeechKind>(speech?.kind ?? 'floorRequest');
  const [title, setTitle] = useState(speech?.title ?? '');
  const [document, setDocument] = useState(speech?.document ?? '');
  const [minutes, setMinutes] = useState(minutesText(speech?.limitSeconds ?? null, language === 'vi' ? ',' : '.'));
  const defaultLimit = state.speakers.settings.limits[kind];

  const submit = () => {
    const limitSeconds = parseMinutes(minutes);
    if (limitSeconds === 'invalid') throw new FormProblem(t('speakers.speechForm.minutesInvalid'));
    const speaker: SpeechFields['speaker'] = guest || !speech ? { kind: 'guest', name, title: position } : speech.speaker;
    const fields: SpeechFields = { speaker, kind, title, document, limitSeconds };
    const api = deskStore().api;
    return speech ? api.updateSpeech({ speechId: speech.id, ...fields }) : api.registerSpeech({ discussionId: props.discussion.id, ...fields });
  };

  return (
    <FormDialog
      title={speech ? t('speakers.speechForm.edit') : t('speakers.speechForm.newGuest')}
      submitLabel={t('common.actions.save')}
      onClose={props.onClose}
      onSubmit={submit}
      testId="speech-form"
      wide={false}
    >
      {guest ? (
        <>
          <label className="field">
            <span>{t('speakers.speechForm.name')}</span>
            <input name="name" value={name} required maxLength={200} autoFocus onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('speakers.speechForm.position')}</span>
            <input name="position" value={position} maxLength={300} onChange={(e) => setPosition(e.target.value)} />
          </label>
        </>
      ) : (
        <p className="span-2">
          <span className="muted">{t('speakers.speechForm.speaker')}: </span>
          <strong>{speech ? speakerLabel(state, speech.speaker).name : ''}</strong>
        </p>
      )}
      <label className="field">
        <span>{t('speakers.speechForm.kind')}</span>
        <select name="kind" value={kind} onChange={(e) => setKind(SPEECH_KINDS.find((k) => k === e.target.value) ?? 'floorRequest')}>
          {SPEECH_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`speakers.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('speakers.speechForm.minutes')}</span>
        <input name="minutes" inputMode="decimal" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        <small className="muted">
          {t('speakers.speechForm.minutesHint', { time: defaultLimit === null ? t('speakers.speechForm.defaultNone') : formatDuration(defaultLimit * 1000) })}
        </small>
      </label>
      <label className="field span-2">
        <span>{t('speakers.speechForm.title')}</span>
        <input name="title" value={title} maxLength={500} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field span-2">
        <span>{t('speakers.speechForm.document')}</span>
        <input name="document" value={document} maxLength={260} onChange={(e) => setDocument(e.target.value)} />
      </label>
    </FormDialog>
  );
}
