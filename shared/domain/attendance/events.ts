import { z } from 'zod';
import { id, requiredText } from '../schema-helpers.js';

/** How the door desk found the delegate: a scanned or typed code, a name search, or the roster. */
export const CHECK_IN_METHODS = ['code', 'name', 'roster'] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];

const target = { sittingId: id, delegateId: id };

export const attendanceEventSchemas = [
  z.object({
    type: z.literal('attendance.checkedIn'),
    payload: z.object({ ...target, method: z.enum(CHECK_IN_METHODS) }),
  }),
  /** The last check-in was a mistake: as if it never happened (the journal keeps both lines). */
  z.object({ type: z.literal('attendance.checkInUndone'), payload: z.object(target) }),
  z.object({ type: z.literal('attendance.checkedOut'), payload: z.object(target) }),
  z.object({
    type: z.literal('attendance.absenceRecorded'),
    payload: z.object({ ...target, reason: requiredText(300) }),
  }),
  z.object({ type: z.literal('attendance.absenceCleared'), payload: z.object(target) }),
  /**
   * The last check-out was a mistake: the delegate stayed, as if they never left (the journal keeps
   * both lines). Their presence since the original check-in is continuous.
   */
  z.object({ type: z.literal('attendance.checkOutUndone'), payload: z.object(target) }),
] as const;
