// The bridge between the sandboxed renderer and the main process: one function per call of the
// contract, nothing generic, no ipcRenderer exposed. A sandboxed preload cannot load local modules
// at run time, so this file is self-contained; the compiler checks it against the contract.
import electron = require('electron');
import type { CongressBridge } from '../shared/api.js' with { 'resolution-mode': 'import' };
import type { DeskNotice } from '../shared/domain/session.js' with { 'resolution-mode': 'import' };

const { contextBridge, ipcRenderer } = electron;

const bridge: CongressBridge = {
  getDeskInfo: (input) => ipcRenderer.invoke('congress:getDeskInfo', input),
  setPreferences: (input) => ipcRenderer.invoke('congress:setPreferences', input),
  listSessionFiles: (input) => ipcRenderer.invoke('congress:listSessionFiles', input),
  createCongress: (input) => ipcRenderer.invoke('congress:createCongress', input),
  openSession: (input) => ipcRenderer.invoke('congress:openSession', input),
  openDemo: (input) => ipcRenderer.invoke('congress:openDemo', input),
  closeSession: (input) => ipcRenderer.invoke('congress:closeSession', input),
  getJournal: (input) => ipcRenderer.invoke('congress:getJournal', input),
  chooseSessionFile: (input) => ipcRenderer.invoke('congress:chooseSessionFile', input),
  exportSessionCopy: (input) => ipcRenderer.invoke('congress:exportSessionCopy', input),
  revealBackups: (input) => ipcRenderer.invoke('congress:revealBackups', input),
  updateCongress: (input) => ipcRenderer.invoke('congress:updateCongress', input),
  activateSitting: (input) => ipcRenderer.invoke('congress:activateSitting', input),
  importRoster: (input) => ipcRenderer.invoke('congress:importRoster', input),
  addDelegate: (input) => ipcRenderer.invoke('congress:addDelegate', input),
  updateDelegate: (input) => ipcRenderer.invoke('congress:updateDelegate', input),
  removeDelegate: (input) => ipcRenderer.invoke('congress:removeDelegate', input),
  checkIn: (input) => ipcRenderer.invoke('congress:checkIn', input),
  undoCheckIn: (input) => ipcRenderer.invoke('congress:undoCheckIn', input),
  checkOut: (input) => ipcRenderer.invoke('congress:checkOut', input),
  recordAbsence: (input) => ipcRenderer.invoke('congress:recordAbsence', input),
  clearAbsence: (input) => ipcRenderer.invoke('congress:clearAbsence', input),
  setCredentialsSettings: (input) => ipcRenderer.invoke('congress:setCredentialsSettings', input),
  markCheck: (input) => ipcRenderer.invoke('congress:markCheck', input),
  decideCredentials: (input) => ipcRenderer.invoke('congress:decideCredentials', input),
  seatAlternate: (input) => ipcRenderer.invoke('congress:seatAlternate', input),
  unseatAlternate: (input) => ipcRenderer.invoke('congress:unseatAlternate', input),
  setReportTemplate: (input) => ipcRenderer.invoke('congress:setReportTemplate', input),
  freezeReport: (input) => ipcRenderer.invoke('congress:freezeReport', input),
  onNotice: (listener) => {
    const handler = (_event: unknown, notice: DeskNotice) => listener(notice);
    ipcRenderer.on('congress:notice', handler);
    return () => {
      ipcRenderer.removeListener('congress:notice', handler);
    };
  },
};

contextBridge.exposeInMainWorld('congress', bridge);
