import type { Language } from '../../../../shared/domain/congress/model';
import { rosterTemplate } from '../../../../shared/roster/template';

/** Offers the roster template as a file (CSV UTF-8 with BOM, which Excel opens correctly). */
export function downloadTemplate(language: Language): void {
  const template = rosterTemplate(language);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([template.content], { type: 'text/csv;charset=utf-8' }));
  link.download = template.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
