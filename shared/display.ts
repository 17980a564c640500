import { z } from 'zod';

// The hall display: a second window showing the agenda to the hall. In the desktop app it is placed
// full-screen on a screen the secretariat chooses (remembered in the preferences); a browser opens
// the `/display` page of the web host instead.

/** A screen attached to the desk's computer, as the system describes it. */
export interface HallScreen {
  readonly id: number;
  readonly label: string;
  readonly width: number;
  readonly height: number;
  readonly primary: boolean;
}

export interface HallDisplayStatus {
  /** The desktop app can place a window on a screen; a browser cannot. */
  readonly supported: boolean;
  readonly screens: readonly HallScreen[];
  /** The screen chosen last time (it may be unplugged now). */
  readonly chosenScreenId: number | null;
  readonly open: boolean;
}

export const openHallDisplayInput = z.object({ screenId: z.number().int().nullable() }).strict();

/**
 * The screen to use: the one asked for, else the one chosen before, else a screen that is not the
 * desk's own (the projector), else the only one there is.
 */
export function pickHallScreen(screens: readonly HallScreen[], asked: number | null, chosen: number | null): HallScreen | null {
  return (
    screens.find((s) => s.id === asked) ??
    screens.find((s) => s.id === chosen) ??
    screens.find((s) => !s.primary) ??
    screens[0] ??
    null
  );
}
