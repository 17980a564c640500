import i18next from 'i18next';
import type { SpeechLogEntry } from '../../../../shared/domain/speakers/log';
import { speechLogCsv } from '../../../../shared/speakers/log-csv';
import type { CsvSeparator } from '../../../../shared/export/csv';

/**
 * Excel splits a CSV on the list separator of the Windows region, which is a semicolon wherever
 * the decimal mark is a comma (Vietnam among them). The system's number format tells which.
 */
export function systemListSeparator(): CsvSeparator {
  return new Intl.NumberFormat().format(1.5).includes(',') ? ';' : ',';
}

/** Offers a text file for download: a Blob and a[download] work in the browser and in Electron alike. */
export function downloadText(fileName: string, content: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export function downloadSpeechLog(entries: readonly SpeechLogEntry[], date: string): void {
  const content = speechLogCsv(entries, (key, params) => i18next.t(key, params), systemListSeparator());
  downloadText(`${i18next.t('speakers.log.fileName')}-${date}.csv`, content, 'text/csv;charset=utf-8');
}
