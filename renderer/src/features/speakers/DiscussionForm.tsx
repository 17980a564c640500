import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Discussion } from '../../../../shared/domain/speakers/model';
import { numberedTitle, sittingPlan } from '../../../../shared/domain/agenda/select';
import { deskStore, useDesk } from '../../store/desk-store';
import { FormDialog } from '../../ui/Dialog';
import { SittingOptions } from '../../ui/Options';

/**
 * Opens a discussion of a sitting, or edits one: its title, the agenda item it follows (the
 * "Thảo luận" item, offered first), and whether first-time speakers go first.
 */
export function DiscussionForm(props: { readonly discussion: Discussion | null; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const state = useDesk((v) => v.state);
  const congress = state.congress;
  const editing = props.discussion;
  const [title, setTitle] = useState(editing?.title ?? t('speakers.discussion.defaultTitle'));
  const [sittingId, setSittingId] = useState(editing?.sittingId ?? state.attendance.activeSittingId ?? congress?.sittings[0]?.id ?? '');
  const [agendaItemId, setAgendaItemId] = useState<string | null>(editing?.agendaItemId ?? null);
  const [firstTime, setFirstTime] = useState(editing?.firstTimeSpeakersFirst ?? false);

  const rows = useMemo(() => {
    const sitting = congress?.sittings.find((s) => s.id === sittingId);
    if (!sitting) return [];
    const plan = sittingPlan(state, sitting).rows;
    return [...plan.filter((r) => r.item.kind === 'discussion'), ...plan.filter((r) => r.item.kind !== 'discussion')];
  }, [state, congress, sittingId]);

  const submit = () => {
    const api = deskStore().api;
    return editing
      ? api.updateDiscussion({ discussionId: editing.id, title, agendaItemId, firstTimeSpeakersFirst: firstTime })
      : api.openDiscussion({ sittingId, title, agendaItemId, firstTimeSpeakersFirst: firstTime });
  };

  return (
    <FormDialog
      title={editing ? t('speakers.discussion.editTitle') : t('speakers.discussion.newTitle')}
      submitLabel={t('common.actions.save')}
      onClose={props.onClose}
      onSubmit={submit}
      testId="discussion-form"
    >
      <label className="field span-2">
        <span>{t('speakers.discussion.fields.title')}</span>
        <input name="title" value={title} maxLength={300} required autoFocus onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field span-2">
        <span>{t('speakers.discussion.fields.sitting')}</span>
        <select
          name="sitting"
          value={sittingId}
          disabled={editing !== null}
          onChange={(e) => {
            setSittingId(e.target.value);
            setAgendaItemId(null);
          }}
        >
          <SittingOptions sittings={congress?.sittings ?? []} />
        </select>
      </label>
      <label className="field span-2">
        <span>{t('speakers.discussion.fields.agendaItem')}</span>
        <select
          name="agendaItem"
          value={agendaItemId ?? ''}
          onChange={(e) => {
            const chosen = rows.find((r) => r.item.id === e.target.value);
            setAgendaItemId(chosen ? chosen.item.id : null);
            if (chosen && !editing && title === t('speakers.discussion.defaultTitle')) setTitle(chosen.item.title);
          }}
        >
          <option value="">{t('speakers.discussion.noAgendaItem')}</option>
          {rows.map((r) => (
            <option key={r.item.id} value={r.item.id}>
              {numberedTitle(r)}
            </option>
          ))}
        </select>
      </label>
      <label className="span-2 inline-fields">
        <input type="checkbox" name="firstTimeSpeakersFirst" checked={firstTime} onChange={(e) => setFirstTime(e.target.checked)} />
        <span>{t('speakers.discussion.fields.firstTimeSpeakersFirst')}</span>
      </label>
    </FormDialog>
  );
}
