import type { ComponentType } from 'react';
import type { PrintDocumentName } from '../../../../shared/print/registry';
import type { DocumentProps } from './documents/types';
import { RosterDocument } from './documents/RosterDocument';
import { AttendanceDocument } from './documents/AttendanceDocument';
import { CredentialsReportDocument } from './documents/CredentialsReportDocument';
import { BadgesDocument } from './documents/BadgesDocument';
import { AgendaDocument } from './documents/AgendaDocument';
import { RunSheetDocument } from './documents/RunSheetDocument';
import { SpeechLogDocument } from './documents/SpeechLogDocument';
import { SpeakingStatsDocument } from './documents/SpeakingStatsDocument';

/**
 * The component of each printable document. The type demands one for every name in the registry
 * (shared/print/registry.ts): a document added there and not here does not compile.
 */
export const DOCUMENT_COMPONENTS: { readonly [N in PrintDocumentName]: ComponentType<DocumentProps<N>> } = {
  roster: RosterDocument,
  attendance: AttendanceDocument,
  'credentials-report': CredentialsReportDocument,
  badges: BadgesDocument,
  agenda: AgendaDocument,
  'run-sheet': RunSheetDocument,
  'speech-log': SpeechLogDocument,
  'speaking-stats': SpeakingStatsDocument,
};
