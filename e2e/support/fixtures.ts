import { test as base, expect } from '@playwright/test';
import { DeskHost } from './host.js';
import { DeskPage } from './desk-page.js';

/** Every test gets its own web host on a fresh data folder, and a page model opened on it. */
export const test = base.extend<{ host: DeskHost; desk: DeskPage }>({
  host: async ({}, use) => {
    const host = await new DeskHost().start();
    await use(host);
    await host.stop();
    host.dispose();
  },
  desk: async ({ page, host }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !text.includes("'frame-ancestors' is ignored") && !text.startsWith('Failed to load resource')) errors.push(text);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    const desk = new DeskPage(page, host);
    await desk.open();
    await use(desk);
    expect(errors, 'the page logged errors').toEqual([]);
  },
});

export { expect };
