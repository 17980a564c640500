import type { WireError } from './errors.js';
import type { Preferences } from '../preferences.js';
import type { JournalEntry } from './events.js';

/** What happened when a damaged session file was opened; shown to the user, never hidden. */
export type RecoveryReport =
  | {
      /** The last line was cut short by a crash mid-write: it was never acknowledged. */
      readonly kind: 'tornTail';
      readonly keptEvents: number;
      readonly droppedBytes: number;
      readonly copiedTo: string;
    }
  | {
      /** A line inside the file cannot be read: everything before it was opened. */
      readonly kind: 'damagedLine';
      readonly line: number;
      readonly keptEvents: number;
      readonly droppedLines: number;
      readonly copiedTo: string;
    };

export interface SessionInfo {
  readonly congressId: string;
  readonly path: string;
  readonly fileName: string;
  readonly openedAt: string;
  readonly recovery: RecoveryReport | null;
  /** Set when a write failed and could not be rolled back: nothing more can be saved to this file. */
  readonly writeBlocked: boolean;
  /** Opened from a read-only disk or folder: it can be viewed and printed, nothing can be saved. */
  readonly readOnly: boolean;
}

export interface JournalSnapshot {
  readonly session: SessionInfo;
  readonly entries: readonly JournalEntry[];
}

export interface SessionFileInfo {
  readonly path: string;
  readonly fileName: string;
  readonly congressName: string | null;
  readonly modifiedAt: string;
  readonly sizeBytes: number;
}

/** Messages on the change stream, in order. */
export type DeskNotice =
  | { readonly kind: 'entries'; readonly congressId: string; readonly entries: readonly JournalEntry[] }
  | { readonly kind: 'session'; readonly session: SessionInfo | null }
  | { readonly kind: 'writeFailed'; readonly congressId: string; readonly error: WireError }
  | { readonly kind: 'preferences'; readonly preferences: Preferences }
  /** A desktop menu item the renderer carries out (it owns the form). */
  | { readonly kind: 'menu'; readonly command: MenuCommand };

export const MENU_COMMANDS = ['newCongress'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
