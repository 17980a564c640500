import { Menu, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import type { TFunction } from 'i18next';

/** The desktop menu: File actions on the open session; the rest are Electron's standard roles. */
export interface MenuActions {
  newCongress(): void;
  open(): void;
  openRecent(filePath: string): void;
  saveCopy(): void;
  revealBackups(): void;
  closeSession(): void;
}

export function buildMenu(t: TFunction, recentFiles: readonly string[], hasSession: boolean, actions: MenuActions): Menu {
  const recent: MenuItemConstructorOptions[] =
    recentFiles.length === 0
      ? [{ label: t('menu.noRecent'), enabled: false }]
      : recentFiles.map((file) => ({ label: path.basename(file), sublabel: file, click: () => actions.openRecent(file) }));
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.newCongress'), accelerator: 'CmdOrCtrl+N', click: actions.newCongress },
        { label: t('menu.open'), accelerator: 'CmdOrCtrl+O', click: actions.open },
        { label: t('menu.openRecent'), submenu: recent },
        { type: 'separator' },
        { label: t('menu.saveCopy'), accelerator: 'CmdOrCtrl+Shift+S', enabled: hasSession, click: actions.saveCopy },
        { label: t('menu.backups'), click: actions.revealBackups },
        { type: 'separator' },
        { label: t('menu.closeSession'), accelerator: 'CmdOrCtrl+W', enabled: hasSession, click: actions.closeSession },
        { label: t('menu.quit'), role: 'quit' },
      ],
    },
    { label: t('menu.edit'), role: 'editMenu' },
    {
      label: t('menu.view'),
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { label: t('menu.window'), role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
