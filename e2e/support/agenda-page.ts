import { expect, type Locator, type Page } from '@playwright/test';

/** The agenda editor, the live desk and the hall display as a user sees them. */
export class AgendaPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async openEditor(): Promise<void> {
    await this.page.getByTestId('tab-agenda').click();
    await expect(this.rows.first()).toBeVisible();
  }

  async openLive(): Promise<void> {
    await this.page.getByTestId('tab-live').click();
    await expect(this.page.getByTestId('live-current')).toBeVisible();
  }

  get rows(): Locator {
    return this.page.getByTestId('agenda-row');
  }

  /** The sections of the sittings, in the congress's order. */
  sitting(index: number): Locator {
    return this.page.locator('section.agenda-sitting').nth(index);
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page.locator('.agenda-title strong', { hasText: new RegExp(`^${escape(title)}$`) }) });
  }

  /** The titles of a sitting's items with their numbers, as "1 Title", in order. */
  async outline(sitting: Locator): Promise<string[]> {
    return sitting.getByTestId('agenda-row').evaluateAll((rows) =>
      rows.map((r) => `${r.getAttribute('data-number') ?? ''} ${r.querySelector('.agenda-title strong')?.textContent ?? ''}`.trim()),
    );
  }

  async addItem(fields: { title: string; minutes: number; guest?: { name: string; title: string } }): Promise<void> {
    await this.page.getByTestId('agenda-add').click();
    const form = this.page.getByTestId('agenda-form');
    await form.locator('input[name=title]').fill(fields.title);
    await form.locator('input[name=duration]').fill(String(fields.minutes));
    if (fields.guest) {
      await form.getByTestId('presenter-guest').check();
      await form.getByTestId('guest-name').fill(fields.guest.name);
      await form.getByTestId('guest-title').fill(fields.guest.title);
    }
    await form.getByTestId('agenda-form-save').click();
    await expect(form).toBeHidden();
    await expect(this.row(fields.title)).toBeVisible();
  }

  /** Drags an item by its handle onto another item's place, the way a mouse does it. */
  async drag(title: string, onto: string): Promise<void> {
    const handle = this.row(title).getByTestId('drag-handle');
    const from = await this.row(title).boundingBox();
    const to = await this.row(onto).boundingBox();
    const grip = await handle.boundingBox();
    if (!from || !to || !grip) throw new Error('rows not on screen');
    const x = grip.x + grip.width / 2;
    const y = grip.y + grip.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    // Past the activation distance first, then in steps so the sorting follows.
    await this.page.mouse.move(x, y - 12, { steps: 4 });
    await this.page.mouse.move(x, y + (to.y - from.y) - 4, { steps: 20 });
    await this.page.mouse.up();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
