// Installed in the benchmark's page before the app's own scripts (page.addInitScript). It times, in
// the page's clock, from the input event (its timeStamp) to the DOM update that answers it, seen by
// a MutationObserver: no polling, no sleeps. The harness arms one measurement at a time.
//
//   window.__bench.arm(kind)   kind: 'roster' (tab click → rows), 'filter' (input → list),
//                               'scan' (Enter → confirmation for the scanned code)
//   window.__bench.samples      { roster: [], filter: [], scan: [] } in milliseconds
//   window.__bench.appReady     ms from navigation start to the check-in screen with its counts
//   window.__bench.maxListNodes most elements ever inside the roster list
(() => {
  const probe = {
    appReady: null,
    armed: null,
    pending: null,
    samples: { roster: [], filter: [], scan: [] },
    maxListNodes: 0,
    arm(kind) {
      this.armed = kind;
    },
  };
  window.__bench = probe;

  const byTestId = (id) => document.querySelector(`[data-testid="${id}"]`);
  const finish = (now) => {
    const pending = probe.pending;
    probe.pending = null;
    probe.samples[pending.kind].push(now - pending.t0);
  };
  const answered = (records) => {
    const pending = probe.pending;
    if (!pending) return false;
    switch (pending.kind) {
      case 'roster':
        return document.querySelector('[data-testid="roster-list"] [role="row"]') !== null;
      case 'filter': {
        const view = document.querySelector('.roster');
        return records.some((r) => view !== null && view.contains(r.target) && r.target !== pending.input);
      }
      case 'scan': {
        const feedback = byTestId('checkin-feedback');
        const kind = feedback?.getAttribute('data-kind');
        return (kind === 'checkedIn' || kind === 'notCounted') && (feedback?.textContent ?? '').includes(pending.code);
      }
      default:
        return false;
    }
  };
  const observer = new MutationObserver((records) => {
    const now = performance.now();
    if (probe.appReady === null && byTestId('count-present')) probe.appReady = now;
    if (answered(records)) finish(now);
    const list = byTestId('roster-list');
    if (list) probe.maxListNodes = Math.max(probe.maxListNodes, list.getElementsByTagName('*').length);
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  const start = (kind, event, extra) => {
    if (probe.armed !== kind) return;
    probe.armed = null;
    probe.pending = { kind, t0: event.timeStamp, ...extra };
  };
  const testId = (event) => (event.target instanceof Element ? event.target.getAttribute('data-testid') : null);
  addEventListener('input', (e) => testId(e) === 'roster-filter' && start('filter', e, { input: e.target }), true);
  addEventListener('keydown', (e) => e.key === 'Enter' && testId(e) === 'checkin-input' && start('scan', e, { code: e.target.value.trim() }), true);
  addEventListener('click', (e) => e.target instanceof Element && e.target.closest('[data-testid="tab-roster"]') && start('roster', e), true);
})();
