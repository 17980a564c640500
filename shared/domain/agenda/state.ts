import { Map as IMap } from 'immutable';
import type { AgendaItem, AgendaItemId } from './model.js';

type SittingId = string;

/** When an item was really run: its actual start, and its end once finished (instants, ISO). */
export interface ItemRun {
  readonly startedAt: string;
  readonly finishedAt: string | null;
}

/** A deleted item kept with its sub-items and its place, so that the deletion can be undone. */
export interface DeletedAgendaItem {
  readonly item: AgendaItem;
  readonly subItems: readonly AgendaItem[];
  /** Its position among its siblings when it was deleted. */
  readonly index: number;
}

export interface AgendaState {
  readonly items: IMap<AgendaItemId, AgendaItem>;
  /** The top-level items of each sitting, in agenda order. */
  readonly bySitting: IMap<SittingId, readonly AgendaItemId[]>;
  /** The sub-items of each item, in agenda order. */
  readonly subItems: IMap<AgendaItemId, readonly AgendaItemId[]>;
  readonly deleted: IMap<AgendaItemId, DeletedAgendaItem>;
  /** Actual times of every item that has been started. */
  readonly runs: IMap<AgendaItemId, ItemRun>;
  /** The item being run now; at most one in the whole congress. */
  readonly runningItemId: AgendaItemId | null;
}

export const EMPTY_AGENDA: AgendaState = {
  items: IMap(),
  bySitting: IMap(),
  subItems: IMap(),
  deleted: IMap(),
  runs: IMap(),
  runningItemId: null,
};
