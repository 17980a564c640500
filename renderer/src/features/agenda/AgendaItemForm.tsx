import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_KINDS, AGENDA_LIMITS, EMPTY_AGENDA_FIELDS, fieldsOf, type AgendaItem, type AgendaItemFields, type AgendaKind } from '../../../../shared/domain/agenda/model';
import { numberedTitle, type SittingPlan } from '../../../../shared/domain/agenda/select';
import { deskStore } from '../../store/desk-store';
import { FormDialog, FormProblem } from '../../ui/Dialog';
import { showToast } from '../../ui/toasts';
import { SittingOptions } from '../../ui/Options';
import { PresenterField, draftOf, presenterOf, type PresenterDraft } from './PresenterField';

export type FormTarget =
  | { readonly mode: 'new'; readonly sittingId: string; readonly parentId: string | null; readonly index: number | null }
  | { readonly mode: 'edit'; readonly item: AgendaItem };

/** Adds or edits one agenda item: what it is, who presents it, when and for how long, and where it sits. */
export function AgendaItemForm(props: { readonly target: FormTarget; readonly plans: readonly SittingPlan[]; readonly onClose: () => void; readonly onSaved?: (item: AgendaItem) => void }) {
  const { t } = useTranslation();
  const { target, plans } = props;
  const initial: AgendaItemFields = target.mode === 'edit' ? fieldsOf(target.item) : EMPTY_AGENDA_FIELDS;
  const [fields, setFields] = useState<AgendaItemFields>(initial);
  const [presenter, setPresenter] = useState<PresenterDraft>(draftOf(initial.presenter));
  const [sittingId, setSittingId] = useState(target.mode === 'edit' ? target.item.sittingId : target.sittingId);
  const [parentId, setParentId] = useState<string | null>(target.mode === 'edit' ? target.item.parentId : target.parentId);
  const set = <K extends keyof AgendaItemFields>(key: K, value: AgendaItemFields[K]) => setFields((f) => ({ ...f, [key]: value }));

  const editing = target.mode === 'edit' ? target.item : null;
  const plan = plans.find((p) => p.sitting.id === sittingId);
  const ownRow = editing ? plan?.rows.find((r) => r.item.id === editing.id) : undefined;
  const hasSubItems = (ownRow?.subItemCount ?? 0) > 0;
  // Possible parents: top-level items of the sitting, not the item itself; an item with sub-items stays top-level.
  const parents = hasSubItems ? [] : (plan?.rows ?? []).filter((r) => r.depth === 0 && r.item.id !== editing?.id);

  const submit = async () => {
    if (presenter.kind === 'delegate' && presenter.delegateId === '') throw new FormProblem(t('agenda.form.choosePresenter'));
    const api = deskStore().api;
    const complete: AgendaItemFields = { ...fields, presenter: presenterOf(presenter) };
    let saved: AgendaItem;
    if (editing) {
      saved = await api.updateAgendaItem({ itemId: editing.id, fields: complete });
      if (editing.sittingId !== sittingId || editing.parentId !== parentId) {
        const count = parentId === null ? (plans.find((p) => p.sitting.id === sittingId)?.rows.filter((r) => r.depth === 0).length ?? 0) : (plan?.rows.filter((r) => r.item.parentId === parentId).length ?? 0);
        saved = await api.moveAgendaItem({ itemId: editing.id, sittingId, parentId, index: count });
      }
    } else {
      const sameSpot = target.mode === 'new' && target.sittingId === sittingId && target.parentId === parentId;
      saved = await api.addAgendaItem({ sittingId, parentId, index: sameSpot && target.mode === 'new' ? target.index : null, fields: complete });
    }
    showToast({ tone: 'success', message: t(editing ? 'agenda.saved' : 'agenda.added', { title: saved.title }) });
    props.onSaved?.(saved);
  };

  return (
    <FormDialog
      title={editing ? t('agenda.form.editTitle') : t('agenda.form.newTitle')}
      submitLabel={t('common.actions.save')}
      onClose={props.onClose}
      onSubmit={submit}
      testId="agenda-form"
      submitTestId="agenda-form-save"
    >
      <label className="field span-2">
        <span>{t('agenda.fields.title')}</span>
        <input name="title" required autoFocus maxLength={AGENDA_LIMITS.title} value={fields.title} onChange={(e) => set('title', e.target.value)} />
      </label>
      <label className="field">
        <span>{t('agenda.fields.kind')}</span>
        <select name="kind" value={fields.kind} onChange={(e) => set('kind', AGENDA_KINDS.find((k) => k === e.target.value) ?? 'procedure')}>
          {AGENDA_KINDS.map((kind: AgendaKind) => (
            <option key={kind} value={kind}>
              {t(`agenda.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="inline-fields">
        <label className="field">
          <span>{t('agenda.fields.fixedStart')}</span>
          <input name="fixedStart" type="time" value={fields.fixedStart ?? ''} onChange={(e) => set('fixedStart', e.target.value === '' ? null : e.target.value)} />
        </label>
        <label className="field">
          <span>{t('agenda.fields.duration')}</span>
          <input
            name="duration"
            type="number"
            min={0}
            max={AGENDA_LIMITS.durationMinutes}
            step={1}
            required
            disabled={hasSubItems}
            value={hasSubItems ? (ownRow?.durationMinutes ?? 0) : fields.durationMinutes}
            onChange={(e) => set('durationMinutes', Math.max(0, Math.min(AGENDA_LIMITS.durationMinutes, Math.round(Number(e.target.value) || 0))))}
          />
        </label>
      </div>
      <p className="muted small span-2">{hasSubItems ? t('agenda.form.durationFromSubItems') : t('agenda.form.fixedStartHint')}</p>
      <PresenterField value={presenter} onChange={setPresenter} />
      <label className="field span-2">
        <span>{t('agenda.fields.description')}</span>
        <textarea name="description" rows={2} maxLength={AGENDA_LIMITS.description} value={fields.description} onChange={(e) => set('description', e.target.value)} />
      </label>
      <label className="field span-2">
        <span>{t('agenda.fields.notes')}</span>
        <textarea name="notes" rows={2} maxLength={AGENDA_LIMITS.notes} value={fields.notes} onChange={(e) => set('notes', e.target.value)} />
      </label>
      <label className="field">
        <span>{t('agenda.fields.sitting')}</span>
        <select
          name="sitting"
          value={sittingId}
          onChange={(e) => {
            setSittingId(e.target.value);
            setParentId(null);
          }}
        >
          <SittingOptions sittings={plans.map((p) => p.sitting)} />
        </select>
      </label>
      <label className="field">
        <span>{t('agenda.fields.parent')}</span>
        <select name="parent" value={parentId ?? ''} disabled={hasSubItems} onChange={(e) => setParentId(e.target.value === '' ? null : e.target.value)}>
          <option value="">{t('agenda.form.topLevel')}</option>
          {parents.map((r) => (
            <option key={r.item.id} value={r.item.id}>
              {numberedTitle(r)}
            </option>
          ))}
        </select>
      </label>
    </FormDialog>
  );
}
