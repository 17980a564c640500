import type { Language } from '../../../../shared/domain/congress/model';
import { rosterTemplate } from '../../../../shared/roster/template';
import { saveFile } from '../../ui/download';

/** Offers the roster template as a file (CSV UTF-8 with BOM, which Excel opens correctly). */
export function downloadTemplate(language: Language): void {
  const template = rosterTemplate(language);
  saveFile(new Blob([template.content], { type: 'text/csv;charset=utf-8' }), template.fileName);
}
