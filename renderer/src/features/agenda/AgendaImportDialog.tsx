import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { SittingPlan } from '../../../../shared/domain/agenda/select';
import type { AgendaItemFields } from '../../../../shared/domain/agenda/model';
import type { AgendaPreview } from '../../../../shared/agenda/problems';
import { MAX_AGENDA_FILE_BYTES } from '../../../../shared/agenda/import';
import { deskStore, useDesk } from '../../store/desk-store';
import { ImportPreviewDialog, type ImportWords } from '../../ui/ImportPreviewDialog';
import { previewInWorker } from '../../ui/preview-in-worker';
import { SittingOptions } from '../../ui/Options';

/** A row of the preview: an item, or one of its sub-items (indented). */
interface Row {
  readonly row: number;
  readonly fields: AgendaItemFields;
  readonly sub: boolean;
}

/** Agenda import: items and sub-items from a CSV or xlsx file, into the sitting chosen with the preview. */
export function AgendaImportDialog(props: { readonly plans: readonly SittingPlan[]; readonly defaultSittingId: string | null; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const delegates = useDesk((v) => v.state.roster.delegates);
  const [sittingId, setSittingId] = useState(props.defaultSittingId ?? props.plans[0]?.sitting.id ?? '');

  const words: ImportWords<AgendaPreview> = {
    title: t('agenda.import.title'),
    choose: t('agenda.import.choose'),
    formats: t('agenda.import.formats'),
    reading: (file) => t('agenda.import.reading', { file }),
    failed: (detail) => t('agenda.import.failed', { detail }),
    summary: (preview, { count, errors }) => t('agenda.import.summary', { file: preview.fileName, total: preview.totalRows, count, errors }),
    severity: (severity) => t(`agenda.import.severity.${severity}`),
    confirm: (_preview, count) => t('agenda.import.confirm', { count }),
    another: t('agenda.import.another'),
    legacySubject: 'text',
  };

  return (
    <ImportPreviewDialog<AgendaPreview, Row>
      words={words}
      testIds={{ dialog: 'agenda-import-dialog', prefix: 'agenda-import', confirm: 'agenda-import-confirm' }}
      onClose={props.onClose}
      refuse={(file) =>
        file.size > MAX_AGENDA_FILE_BYTES ? t('agenda.import.file.tooLarge', { size: Math.round(file.size / 1024), max: MAX_AGENDA_FILE_BYTES / 1024 }) : null
      }
      read={async (file, onProgress, signal) =>
        previewInWorker(
          {
            source: 'agenda',
            bytes: await file.arrayBuffer(),
            fileName: file.name,
            delegates: [...delegates.values()].map((d) => ({ id: d.id, code: d.code, fullName: d.fullName })),
          },
          { onProgress, signal },
        )
      }
      describeFileProblem={(problem) => i18next.t(`agenda.import.file.${problem.code}`, problem.params)}
      describeProblem={(problem) => i18next.t(`agenda.import.row.${problem.code}`, problem.params)}
      count={(preview) => preview.items.reduce((sum, i) => sum + 1 + i.subItems.length, 0)}
      options={
        <label className="field">
          <span>{t('agenda.import.sitting')}</span>
          <select value={sittingId} data-testid="agenda-import-sitting" onChange={(e) => setSittingId(e.target.value)}>
            <SittingOptions sittings={props.plans.map((p) => p.sitting)} />
          </select>
        </label>
      }
      columns={[
        { key: 'row', header: t('agenda.import.rowNumber'), className: 'num', cell: (r) => r.row },
        { key: 'title', header: t('agenda.fields.title'), className: (r) => (r.sub ? 'import-sub' : undefined), cell: (r) => r.fields.title },
        { key: 'kind', header: t('agenda.fields.kind'), cell: (r) => t(`agenda.kind.${r.fields.kind}`) },
        { key: 'fixedStart', header: t('agenda.fields.fixedStart'), cell: (r) => r.fields.fixedStart ?? '' },
        { key: 'duration', header: t('agenda.fields.duration'), className: 'num', cell: (r) => r.fields.durationMinutes },
      ]}
      rows={(preview) => preview.items.flatMap((item) => [{ row: item.row, fields: item.fields, sub: false }, ...item.subItems.map((s) => ({ ...s, sub: true }))])}
      rowKey={(r) => r.row}
      confirmDisabled={sittingId === ''}
      confirm={async (preview) => {
        const items = preview.items.map((i) => ({ fields: i.fields, subItems: i.subItems.map((s) => s.fields) }));
        const { added } = await deskStore().api.importAgenda({ sittingId, fileName: preview.fileName, items });
        return t('agenda.import.done', { count: added, file: preview.fileName });
      }}
    />
  );
}
