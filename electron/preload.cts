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
  listPrinters: (input) => ipcRenderer.invoke('congress:listPrinters', input),
  savePrintPdf: (input) => ipcRenderer.invoke('congress:savePrintPdf', input),
  printDocument: (input) => ipcRenderer.invoke('congress:printDocument', input),
  openDiscussion: (input) => ipcRenderer.invoke('congress:openDiscussion', input),
  updateDiscussion: (input) => ipcRenderer.invoke('congress:updateDiscussion', input),
  activateDiscussion: (input) => ipcRenderer.invoke('congress:activateDiscussion', input),
  closeSpeakerList: (input) => ipcRenderer.invoke('congress:closeSpeakerList', input),
  reopenSpeakerList: (input) => ipcRenderer.invoke('congress:reopenSpeakerList', input),
  registerSpeech: (input) => ipcRenderer.invoke('congress:registerSpeech', input),
  importSpeeches: (input) => ipcRenderer.invoke('congress:importSpeeches', input),
  updateSpeech: (input) => ipcRenderer.invoke('congress:updateSpeech', input),
  moveSpeech: (input) => ipcRenderer.invoke('congress:moveSpeech', input),
  withdrawSpeech: (input) => ipcRenderer.invoke('congress:withdrawSpeech', input),
  restoreSpeech: (input) => ipcRenderer.invoke('congress:restoreSpeech', input),
  callSpeaker: (input) => ipcRenderer.invoke('congress:callSpeaker', input),
  pauseSpeech: (input) => ipcRenderer.invoke('congress:pauseSpeech', input),
  resumeSpeech: (input) => ipcRenderer.invoke('congress:resumeSpeech', input),
  addSpeechTime: (input) => ipcRenderer.invoke('congress:addSpeechTime', input),
  endSpeech: (input) => ipcRenderer.invoke('congress:endSpeech', input),
  undoCallSpeaker: (input) => ipcRenderer.invoke('congress:undoCallSpeaker', input),
  setSpeakerSettings: (input) => ipcRenderer.invoke('congress:setSpeakerSettings', input),
  undoEndSpeech: (input) => ipcRenderer.invoke('congress:undoEndSpeech', input),
  addAgendaItem: (input) => ipcRenderer.invoke('congress:addAgendaItem', input),
  updateAgendaItem: (input) => ipcRenderer.invoke('congress:updateAgendaItem', input),
  moveAgendaItem: (input) => ipcRenderer.invoke('congress:moveAgendaItem', input),
  duplicateAgendaItem: (input) => ipcRenderer.invoke('congress:duplicateAgendaItem', input),
  deleteAgendaItem: (input) => ipcRenderer.invoke('congress:deleteAgendaItem', input),
  restoreAgendaItem: (input) => ipcRenderer.invoke('congress:restoreAgendaItem', input),
  importAgenda: (input) => ipcRenderer.invoke('congress:importAgenda', input),
  startAgendaItem: (input) => ipcRenderer.invoke('congress:startAgendaItem', input),
  finishAgendaItem: (input) => ipcRenderer.invoke('congress:finishAgendaItem', input),
  nextAgendaItem: (input) => ipcRenderer.invoke('congress:nextAgendaItem', input),
  backAgendaItem: (input) => ipcRenderer.invoke('congress:backAgendaItem', input),
  getHallDisplay: (input) => ipcRenderer.invoke('congress:getHallDisplay', input),
  openHallDisplay: (input) => ipcRenderer.invoke('congress:openHallDisplay', input),
  closeHallDisplay: (input) => ipcRenderer.invoke('congress:closeHallDisplay', input),
  setCredentialsSettings: (input) => ipcRenderer.invoke('congress:setCredentialsSettings', input),
  markCheck: (input) => ipcRenderer.invoke('congress:markCheck', input),
  decideCredentials: (input) => ipcRenderer.invoke('congress:decideCredentials', input),
  seatAlternate: (input) => ipcRenderer.invoke('congress:seatAlternate', input),
  unseatAlternate: (input) => ipcRenderer.invoke('congress:unseatAlternate', input),
  setReportTemplate: (input) => ipcRenderer.invoke('congress:setReportTemplate', input),
  freezeReport: (input) => ipcRenderer.invoke('congress:freezeReport', input),
  setReportSigner: (input) => ipcRenderer.invoke('congress:setReportSigner', input),
  restoreDelegate: (input) => ipcRenderer.invoke('congress:restoreDelegate', input),
  undoCheckOut: (input) => ipcRenderer.invoke('congress:undoCheckOut', input),
  serverTime: (input) => ipcRenderer.invoke('congress:serverTime', input),
  setDocumentSigner: (input) => ipcRenderer.invoke('congress:setDocumentSigner', input),
  onNotice: (listener) => {
    const handler = (_event: unknown, notice: DeskNotice) => listener(notice);
    ipcRenderer.on('congress:notice', handler);
    return () => {
      ipcRenderer.removeListener('congress:notice', handler);
    };
  },
};

contextBridge.exposeInMainWorld('congress', bridge);
