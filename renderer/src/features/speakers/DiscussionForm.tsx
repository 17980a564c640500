import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Discussion } from '../../../../shared/domain/speakers/model';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { Dialog } from '../../ui/Dialog';

/** Opens a discussion of a sitting, or edits one: its title, and whether first-time speakers go first. */
export function DiscussionForm(props: { readonly discussion: Discussion | null; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const congress = useDesk((v) => v.state.congress);
  const activeSitting = useDesk((v) => v.state.attendance.activeSittingId);
  const editing = props.discussion;
  const [title, setTitle] = useState(editing?.title ?? t('speakers.discussion.defaultTitle'));
  const [sittingId, setSittingId] = useState(editing?.sittingId ?? activeSitting ?? congress?.sittings[0]?.id ?? '');
  const [firstTime, setFirstTime] = useState(editing?.firstTimeSpeakersFirst ?? false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const api = deskStore().api;
    const done = editing
      ? api.updateDiscussion({ discussionId: editing.id, title, agendaItemId: editing.agendaItemId, firstTimeSpeakersFirst: firstTime })
      : api.openDiscussion({ sittingId, title, agendaItemId: null, firstTimeSpeakersFirst: firstTime });
    done.then(props.onClose).catch((e: unknown) => {
      setError(errorMessage(e));
      setBusy(false);
    });
  };

  return (
    <Dialog
      title={editing ? t('speakers.discussion.editTitle') : t('speakers.discussion.newTitle')}
      onClose={props.onClose}
      testId="discussion-form"
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
          <button type="submit" form="discussion-form" className="btn primary" disabled={busy || title.trim() === ''}>
            {t('common.actions.save')}
          </button>
        </>
      }
    >
      <form id="discussion-form" className="form-grid" onSubmit={submit}>
        <label className="field span-2">
          <span>{t('speakers.discussion.fields.title')}</span>
          <input name="title" value={title} maxLength={300} required autoFocus onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field span-2">
          <span>{t('speakers.discussion.fields.sitting')}</span>
          <select name="sitting" value={sittingId} disabled={editing !== null} onChange={(e) => setSittingId(e.target.value)}>
            {congress?.sittings.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        {editing?.agendaItemId && (
          <p className="span-2 muted small">
            {t('speakers.discussion.fields.agendaItem')}: <span className="code">{editing.agendaItemId}</span>
          </p>
        )}
        <label className="span-2 inline-fields">
          <input type="checkbox" name="firstTimeSpeakersFirst" checked={firstTime} onChange={(e) => setFirstTime(e.target.checked)} />
          <span>{t('speakers.discussion.fields.firstTimeSpeakersFirst')}</span>
        </label>
      </form>
    </Dialog>
  );
}
