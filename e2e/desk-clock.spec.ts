import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.js';

// A hall display opened in a browser on another computer shows the desk's time, not its own:
// here that computer's clock runs seven minutes ahead.
const SKEW_MS = 7 * 60_000;

/** Makes the page's clock run `skew` ms ahead, as a badly set computer's would, before any script runs. */
async function skewClock(page: Page, skew: number): Promise<void> {
  await page.addInitScript((ms: number) => {
    const RealDate = Date;
    class SkewedDate extends RealDate {
      constructor(...args: [] | [string | number | Date]) {
        if (args.length === 0) super(RealDate.now() + ms);
        else super(args[0]);
      }
      static override now(): number {
        return RealDate.now() + ms;
      }
    }
    globalThis.Date = SkewedDate as DateConstructor;
  }, skew);
}

/** The hall's clock text for a time, as the display formats it (the test runs beside the desk's service, on its clock). */
function clockAt(page: Page, ms: number): Promise<string> {
  return page.evaluate((at) => new Intl.DateTimeFormat('vi', { hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(at)), ms);
}

test('a hall display on a computer whose clock is 7 minutes ahead shows the desk time and times the speaker correctly', async ({ desk, page, browser }) => {
  await desk.openDemo();
  const token = await page.evaluate(() => sessionStorage.getItem('congress-desk.token'));
  const elsewhere = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const hall = await elsewhere.newPage();
  const errors: string[] = [];
  hall.on('pageerror', (error) => errors.push(error.message));
  await skewClock(hall, SKEW_MS);
  await hall.goto(`${desk.host.origin}/display?token=${encodeURIComponent(token ?? '')}`);
  await expect(hall.getByTestId('hall-display')).toBeVisible();

  // The page's own clock is really ahead…
  const skewSeen = await hall.evaluate(() => Date.now() - performance.timeOrigin - performance.now());
  expect(Math.round(skewSeen / 60_000)).toBe(7);
  // …and the display still shows the desk's time (the minute it is here, or the next if it turns meanwhile).
  await expect
    .poll(async () => {
      const before = await clockAt(page, Date.now());
      const shown = (await hall.getByTestId('hall-clock').innerText()).trim();
      const after = await clockAt(page, Date.now());
      return shown === before || shown === after ? 'desk time' : `${shown} (desk ${before})`;
    })
    .toBe('desk time');

  // A speech called at the desk: the hall's timer starts from the full three minutes, not seven minutes over.
  await desk.openAfternoonRequests();
  await page.getByRole('button', { name: /Mời người tiếp theo/ }).click();

  const timer = hall.getByTestId('spk-speakers').getByTestId('spk-timer');
  await expect(timer).toHaveText(/^0(2:[45]\d|3:00)$/);
  // The desk's own timer and the hall's agree.
  const deskTimer = page.getByTestId('desk-timer');
  await expect(deskTimer).toHaveText(/^0(2:[45]\d|3:00)$/);
  await expect(hall.getByTestId('hall-clock')).toBeVisible();
  await hall.screenshot({ path: test.info().outputPath('hall-skewed.png') });
  expect(errors).toEqual([]);
  await elsewhere.close();
});
