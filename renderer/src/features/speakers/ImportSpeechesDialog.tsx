import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { Discussion } from '../../../../shared/domain/speakers/model';
import { codeKey } from '../../../../shared/domain/roster/code';
import { MAX_SPEECH_FILE_BYTES, type ImportableSpeech, type SpeechImportContext, type SpeechImportPreview } from '../../../../shared/speakers/import';
import { describeSpeechFileProblem, describeSpeechRowProblem } from '../../../../shared/speakers/messages';
import { formatNumber } from '../../../../shared/i18n/format';
import { deskStore, useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';
import { ImportPreviewDialog, type ImportWords } from '../../ui/ImportPreviewDialog';
import { previewInWorker } from '../../ui/preview-in-worker';

const translate = (key: string, params: Record<string, string | number>) => i18next.t(key, params);

/** Prepared contributions from a file, added at the end of the discussion's list in the file's order. */
export function ImportSpeechesDialog(props: { readonly discussion: Discussion; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const delegates = useDesk((v) => v.state.roster.delegates);
  const speeches = useDesk((v) => v.state.speakers.speeches);

  const context = useMemo((): SpeechImportContext => {
    const delegatesByCode = new Map([...delegates.values()].map((d) => [codeKey(d.code), { id: d.id, fullName: d.fullName }]));
    const registered = new Set<string>();
    for (const s of speeches.values()) {
      if (s.discussionId === props.discussion.id && s.status === 'waiting' && s.kind === 'preparedContribution' && s.speaker.kind === 'delegate') {
        registered.add(s.speaker.delegateId);
      }
    }
    return { delegatesByCode, registered };
  }, [delegates, speeches, props.discussion.id]);

  const words: ImportWords<SpeechImportPreview> = {
    title: t('speakers.import.title'),
    choose: t('speakers.import.intro'),
    chooseLabel: t('speakers.import.choose'),
    reading: (file) => t('speakers.import.reading', { file }),
    failed: (detail) => t('speakers.import.failed', { detail }),
    summary: (preview, { count, errors }) => t('speakers.import.summary', { file: preview.fileName, total: preview.totalRows, count, errors }),
    problemsTitle: (count) => t('speakers.import.problemsTitle', { count }),
    severity: (severity) => t(`speakers.import.severity.${severity}`),
    rowsTitle: (_preview, count) => t('speakers.import.rowsTitle', { count }),
    confirm: (preview, count) => {
      const skipped = preview.totalRows - count;
      return skipped > 0 ? t('speakers.import.confirmSkipping', { count, skipped }) : t('speakers.import.confirm', { count });
    },
    another: t('speakers.import.another'),
    legacySubject: 'text',
  };

  return (
    <ImportPreviewDialog<SpeechImportPreview, ImportableSpeech>
      words={words}
      testIds={{ dialog: 'import-speeches-dialog', prefix: 'speech-import', confirm: 'confirm-speech-import' }}
      onClose={props.onClose}
      refuse={(file) =>
        file.size > MAX_SPEECH_FILE_BYTES
          ? describeSpeechFileProblem({ source: 'speeches', code: 'tooLarge', params: { size: Math.ceil(file.size / 1024), max: MAX_SPEECH_FILE_BYTES / 1024 } }, translate)
          : null
      }
      read={async (file, onProgress, signal) =>
        previewInWorker({ source: 'speeches', bytes: await file.arrayBuffer(), fileName: file.name, context }, { onProgress, signal })
      }
      describeFileProblem={(problem) => describeSpeechFileProblem(problem, translate)}
      describeProblem={(problem) => describeSpeechRowProblem(problem, translate)}
      count={(preview) => preview.rows.length}
      columns={[
        { key: 'row', header: t('speakers.import.row'), className: 'num', cell: (r) => r.row },
        { key: 'fullName', header: t('speakers.import.columns.fullName'), cell: (r) => r.name },
        { key: 'title', header: t('speakers.import.columns.title'), cell: (r) => r.fields.title },
        { key: 'minutes', header: t('speakers.import.columns.minutes'), className: 'num', cell: (r) => (r.fields.limitSeconds === null ? '—' : r.fields.limitSeconds / 60) },
      ]}
      rows={(preview) => preview.rows}
      rowKey={(r) => r.row}
      confirm={async (preview) => {
        const { added } = await deskStore().api.importSpeeches({ discussionId: props.discussion.id, speeches: preview.rows.map((r) => r.fields) });
        return t('speakers.import.done', { count: formatNumber(added, language), file: preview.fileName });
      }}
    />
  );
}
