import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Discussion } from '../../../../shared/domain/speakers/model';
import { findSitting } from '../../../../shared/domain/congress/model';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { showToast } from '../../ui/toasts';
import { DiscussionForm } from './DiscussionForm';
import { SpeakerSettingsDialog } from './SpeakerSettingsDialog';

const refused = (error: unknown) => showToast({ tone: 'error', message: errorMessage(error) });

/**
 * Which discussion the desk runs (and the hall follows), whether its list takes requests, and the
 * first-time-speakers option; opening and editing discussions; the speaking time settings.
 */
export function DiscussionBar(props: { readonly discussion: Discussion | null }) {
  const { t } = useTranslation();
  const congress = useDesk((v) => v.state.congress);
  const discussions = useDesk((v) => v.state.speakers.discussions);
  const transport = useDesk((v) => v.info?.transport);
  const [form, setForm] = useState<'new' | 'edit' | null>(null);
  const [settings, setSettings] = useState(false);
  const { discussion } = props;
  const api = deskStore().api;

  return (
    <div className="toolbar discussion-bar">
      {discussions.size > 0 && (
        <label className="discussion-select">
          <span className="muted small">{t('speakers.discussion.label')}</span>
          <select
            data-testid="discussion"
            value={discussion?.id ?? ''}
            onChange={(e) => api.activateDiscussion({ discussionId: e.target.value }).catch(refused)}
          >
            {[...discussions.values()].map((d) => (
              <option key={d.id} value={d.id}>
                {d.title} — {findSitting(congress, d.sittingId)?.title ?? ''}
              </option>
            ))}
          </select>
        </label>
      )}
      {discussion && (
        <button type="button" className="btn" onClick={() => setForm('edit')} data-testid="edit-discussion">
          {t('speakers.discussion.edit')}
        </button>
      )}
      <button type="button" className="btn" onClick={() => setForm('new')} data-testid="open-discussion">
        {t('speakers.discussion.open')}
      </button>
      {discussion && (
        <>
          <span className={discussion.listClosed ? 'pill pill-closed' : 'pill pill-open'} data-testid="list-state" title={discussion.listClosed ? t('speakers.discussion.listClosedNote') : undefined}>
            {discussion.listClosed ? t('speakers.discussion.listClosed') : t('speakers.discussion.listOpen')}
          </span>
          <button
            type="button"
            className="btn"
            data-testid="toggle-list"
            onClick={() =>
              (discussion.listClosed ? api.reopenSpeakerList : api.closeSpeakerList)({ discussionId: discussion.id }).catch(refused)
            }
          >
            {discussion.listClosed ? t('speakers.discussion.reopenList') : t('speakers.discussion.closeList')}
          </button>
          <label className="inline-fields small">
            <input
              type="checkbox"
              data-testid="first-time-first"
              checked={discussion.firstTimeSpeakersFirst}
              onChange={(e) =>
                api
                  .updateDiscussion({
                    discussionId: discussion.id,
                    title: discussion.title,
                    agendaItemId: discussion.agendaItemId,
                    firstTimeSpeakersFirst: e.target.checked,
                  })
                  .catch(refused)
              }
            />
            <span>{t('speakers.discussion.fields.firstTimeSpeakersFirst')}</span>
          </label>
        </>
      )}
      <span className="grow" />
      <button type="button" className="btn ghost" onClick={() => setSettings(true)} data-testid="speaker-settings">
        {t('speakers.add.settings')}
      </button>
      {transport === 'web' && (
        // A named window without noopener: the new tab shares this tab's session storage, hence its access token.
        <button type="button" className="btn ghost" onClick={() => window.open('/display/speakers', 'congress-hall-speakers')}>
          {t('speakers.discussion.openHall')}
        </button>
      )}
      {form && <DiscussionForm discussion={form === 'edit' ? discussion : null} onClose={() => setForm(null)} />}
      {settings && <SpeakerSettingsDialog onClose={() => setSettings(false)} />}
    </div>
  );
}
