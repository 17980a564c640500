import { test, expect } from './support/fixtures.js';

// The hall display at /display: the agenda between speeches, the speaker and the timer while
// someone speaks, following the desk through the change stream.
test('the hall display shows the speaker while a speech runs, and the agenda again when it ends', async ({ desk, page }) => {
  await desk.openDemo();
  const token = await page.evaluate(() => sessionStorage.getItem('congress-desk.token'));
  const hall = await page.context().newPage();
  await hall.goto(`${desk.host.origin}/display?token=${encodeURIComponent(token ?? '')}`);
  await expect(hall.getByTestId('hall-display')).toBeVisible();
  await expect(hall.getByTestId('spk-speakers')).toHaveCount(0);

  // Set up through the same contract the desk uses: a discussion in the afternoon, two requests.
  const discussionId = await desk.openAfternoonRequests();
  expect(discussionId).toBeTruthy();

  await page.getByRole('button', { name: /Mời người tiếp theo/ }).click();
  const speaker = hall.getByTestId('spk-speakers');
  await expect(speaker).toBeVisible();
  await expect(speaker.getByTestId('spk-timer')).toHaveText(/^0[23]:\d\d$/);
  await expect(speaker.getByTestId('spk-next')).toBeVisible();

  await page.keyboard.press('e');
  await expect(hall.getByTestId('spk-speakers')).toHaveCount(0);
});
