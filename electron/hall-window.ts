import { BrowserWindow, screen, type Display } from 'electron';
import type { HallScreen } from '../shared/display.js';
import { APP_ORIGIN, secureWebPreferences } from './security.js';

/**
 * The hall display window: the `/display` page full-screen on a screen of the secretariat's choice
 * (usually the projector). It reads the same change stream as the desk, so it needs nothing but the
 * same preload and the same locked-down preferences as the main window.
 */
export class HallWindow {
  private window: BrowserWindow | null = null;
  private readonly preloadPath: string;

  constructor(preloadPath: string) {
    this.preloadPath = preloadPath;
  }

  screens(): HallScreen[] {
    const primary = screen.getPrimaryDisplay().id;
    return screen.getAllDisplays().map((display, index) => ({
      id: display.id,
      label: display.label || `${index + 1}`,
      width: display.size.width,
      height: display.size.height,
      primary: display.id === primary,
    }));
  }

  isOpen(): boolean {
    return this.window !== null && !this.window.isDestroyed();
  }

  show(target: HallScreen): void {
    const display: Display = screen.getAllDisplays().find((d) => d.id === target.id) ?? screen.getPrimaryDisplay();
    const existing = this.isOpen() ? this.window : null;
    if (existing) {
      // Leave full screen first: a full-screen window cannot be moved to another screen.
      existing.setFullScreen(false);
      existing.setBounds(display.bounds);
      existing.setFullScreen(true);
      existing.show();
      return;
    }
    const window = new BrowserWindow({
      ...display.bounds,
      show: false,
      frame: false,
      fullscreen: true,
      autoHideMenuBar: true,
      title: 'Congress Desk',
      backgroundColor: '#000000',
      webPreferences: {
        ...secureWebPreferences(this.preloadPath),
        // Stated here too, so that the invariant is visible where the window is made.
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      },
    });
    window.setMenu(null);
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (this.window === window) this.window = null;
    });
    this.window = window;
    void window.loadURL(`${APP_ORIGIN}/display`);
  }

  close(): void {
    if (this.isOpen()) this.window?.close();
    this.window = null;
  }
}
