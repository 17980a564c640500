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
  const discussionId = await page.evaluate(async () => {
    const key = sessionStorage.getItem('congress-desk.token') ?? '';
    const call = async (name: string, input: unknown): Promise<unknown> => {
      const response = await fetch(`/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-congress-token': key }, body: JSON.stringify(input) });
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      return result.value;
    };
    await call('activateSitting', { sittingId: 's-pm' });
    const opened = (await call('openDiscussion', { sittingId: 's-pm', title: 'Thảo luận buổi chiều', agendaItemId: null, firstTimeSpeakersFirst: false })) as { discussionId: string };
    return opened.discussionId;
  });
  await desk.view('speakers');
  const search = page.getByPlaceholder(/Tìm đại biểu/);
  await search.fill('DB030');
  await search.press('Enter');
  await search.fill('DB044');
  await search.press('Enter');
  expect(discussionId).toBeTruthy();

  await page.getByRole('button', { name: /Mời người tiếp theo/ }).click();
  const speaker = hall.getByTestId('spk-speakers');
  await expect(speaker).toBeVisible();
  await expect(speaker.getByTestId('spk-timer')).toHaveText(/^0[23]:\d\d$/);
  await expect(speaker.getByTestId('spk-next')).toBeVisible();

  await page.keyboard.press('e');
  await expect(hall.getByTestId('spk-speakers')).toHaveCount(0);
});
