import { expect, type Locator, type Page } from '@playwright/test';
import type { DeskHost } from './host.js';
import { callApi } from './api.js';

/** The desk as a user sees it: actions by role, label or test id, waits on what the screen shows. */
export class DeskPage {
  readonly page: Page;
  readonly host: DeskHost;

  constructor(page: Page, host: DeskHost) {
    this.page = page;
    this.host = host;
  }

  async open(): Promise<void> {
    await this.page.goto(this.host.url);
    await expect(this.page.getByTestId('start-screen').or(this.page.locator('.shell'))).toBeVisible();
  }

  /** After a restart of the host the token is new: open its new address. */
  async reopen(): Promise<void> {
    await this.open();
  }

  async openDemo(): Promise<void> {
    await this.page.getByRole('button', { name: /đại hội mẫu|demo congress/i }).first().click();
    await expect(this.checkInInput).toBeVisible();
  }

  /** Makes a sitting the desk's active one (the demo congress arrives with its first sitting active). */
  async chooseSitting(sittingId: string): Promise<void> {
    await this.page.getByTestId('sitting').selectOption(sittingId);
    await expect(this.page.getByTestId('sitting')).toHaveValue(sittingId);
  }

  async createCongress(name: string): Promise<void> {
    await this.page.getByRole('button', { name: /tạo đại hội mới|new congress/i }).click();
    const form = this.page.getByTestId('congress-form');
    await form.locator('input[name=name]').fill(name);
    await form.locator('input[name=issuingBody]').fill('Đảng bộ Khối các cơ quan tỉnh');
    await form.getByRole('button', { name: /tạo đại hội|create the congress/i }).click();
    await expect(this.checkInInput).toBeVisible();
  }

  view(name: 'checkin' | 'roster' | 'congress' | 'print' | 'speakers' | 'agenda' | 'live' | 'credentials' | 'report' | 'badges'): Promise<void> {
    return this.page.getByTestId(`tab-${name}`).click();
  }

  get checkInInput(): Locator {
    return this.page.getByTestId('checkin-input');
  }

  get feedback(): Locator {
    return this.page.getByTestId('checkin-feedback');
  }

  /** Types like a USB scanner: the text, then Enter. */
  async scan(text: string): Promise<void> {
    await this.checkInInput.fill(text);
    await this.checkInInput.press('Enter');
  }

  async expectFeedback(kind: string, text?: RegExp | string): Promise<void> {
    await expect(this.feedback).toHaveAttribute('data-kind', kind);
    if (text !== undefined) await expect(this.feedback).toContainText(text);
  }

  async presentCount(): Promise<number> {
    return Number((await this.page.getByTestId('count-present').innerText()).replace(/\D/g, ''));
  }

  async expectQuorum(met: boolean): Promise<void> {
    await expect(this.page.getByTestId('quorum-verdict')).toHaveAttribute('data-met', String(met));
  }

  async importRoster(file: string): Promise<void> {
    await this.view('roster');
    await this.page.getByTestId('import-roster').click();
    await this.page.getByTestId('import-file').setInputFiles(file);
    await expect(this.page.getByTestId('import-preview')).toBeVisible();
  }

  async setLanguage(language: 'vi' | 'en'): Promise<void> {
    await this.page.getByTestId('language').selectOption(language);
  }

  /**
   * The demo's afternoon discussion, opened through the contract, with floor requests from DB030 and
   * DB044 typed at the speakers view as the secretariat would; answers the discussion's id.
   */
  async openAfternoonRequests(): Promise<string> {
    await callApi(this.host, 'activateSitting', { sittingId: 's-pm' });
    const { discussionId } = await callApi(this.host, 'openDiscussion', { sittingId: 's-pm', title: 'Thảo luận buổi chiều', agendaItemId: null, firstTimeSpeakersFirst: false });
    await this.view('speakers');
    const search = this.page.getByPlaceholder(/Tìm đại biểu/);
    for (const code of ['DB030', 'DB044']) {
      await search.fill(code);
      await search.press('Enter');
    }
    return discussionId;
  }
}
