import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { RosterPreview } from '../../../../shared/roster/problems';
import { MAX_ROSTER_FILE_BYTES } from '../../../../shared/roster/import';
import { describeFileProblem, describeRowProblem } from '../../../../shared/roster/messages';
import { formatNumber } from '../../../../shared/i18n/format';
import { deskStore, useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';
import { ImportPreviewDialog, type ImportWords } from '../../ui/ImportPreviewDialog';
import { previewInWorker } from '../../ui/preview-in-worker';

const translate = (key: string, params: Record<string, string | number>) => i18next.t(key, params);
/** A roster has thousands of rows: the preview shows the first ones, the problems name the rest. */
const PREVIEW_ROWS = 50;

type Row = RosterPreview['rows'][number];

/** Roster import: the delegates of a CSV or xlsx file, read in a worker (5,000 rows never freeze the desk). */
export function ImportDialog(props: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const byCode = useDesk((v) => v.state.roster.byCode);
  const n = (value: number) => formatNumber(value, language);

  const words: ImportWords<RosterPreview> = {
    title: t('roster.import.title'),
    choose: t('roster.import.choose'),
    formats: t('roster.import.formats'),
    reading: (file) => t('roster.import.reading', { file }),
    progress: (done, total) => t('roster.import.progress', { done: n(done), total: n(total) }),
    failed: (detail) => t('roster.import.failed', { detail }),
    summary: (preview, { count, errors }) => t('roster.import.summary', { file: preview.fileName, total: n(preview.totalRows), count: n(count), errors: n(errors) }),
    problemsTitle: (count) => t('roster.import.problemsTitle', { count }),
    severity: (severity) => t(`roster.import.severity.${severity}`),
    rowsTitle: (_preview, count) => t('roster.import.rowsTitle', { shown: Math.min(PREVIEW_ROWS, count), count: n(count) }),
    confirm: (preview, count) => {
      const skipped = preview.totalRows - count;
      return skipped > 0 ? t('roster.import.confirmSkipping', { count: n(count), skipped: n(skipped) }) : t('roster.import.confirm', { count: n(count) });
    },
    another: t('roster.import.another'),
    legacySubject: 'names',
  };

  return (
    <ImportPreviewDialog<RosterPreview, Row>
      words={words}
      testIds={{ dialog: 'import-dialog', prefix: 'import', confirm: 'confirm-import' }}
      onClose={props.onClose}
      refuse={(file) =>
        file.size > MAX_ROSTER_FILE_BYTES
          ? describeFileProblem({ code: 'tooLarge', params: { size: Math.round(file.size / 104857.6) / 10, max: MAX_ROSTER_FILE_BYTES / 1048576 } }, translate)
          : null
      }
      read={async (file, onProgress, signal) =>
        previewInWorker({ source: 'roster', bytes: await file.arrayBuffer(), fileName: file.name, existingCodes: [...byCode.keys()] }, { onProgress, signal })
      }
      describeFileProblem={(problem) => describeFileProblem(problem, translate)}
      describeProblem={(problem) => describeRowProblem(problem, translate)}
      count={(preview) => preview.rows.length}
      columns={[
        { key: 'row', header: t('roster.import.row'), className: 'num', cell: (r) => r.row },
        { key: 'code', header: t('roster.fields.code'), className: 'code', cell: (r) => r.fields.code },
        { key: 'fullName', header: t('roster.fields.fullName'), cell: (r) => r.fields.fullName },
        { key: 'organisation', header: t('roster.fields.organisation'), cell: (r) => r.fields.organisation },
        { key: 'category', header: t('roster.fields.category'), cell: (r) => t(`roster.category.${r.fields.category}`) },
      ]}
      rows={(preview) => preview.rows.slice(0, PREVIEW_ROWS)}
      rowKey={(r) => r.row}
      confirm={async (preview) => {
        const { added } = await deskStore().api.importRoster({ fileName: preview.fileName, delegates: preview.rows.map((r) => r.fields) });
        return t('roster.import.done', { count: n(added), file: preview.fileName });
      }}
    />
  );
}
