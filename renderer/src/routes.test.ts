import { describe, expect, it } from 'vitest';
import { pageFor } from './routes';
import { App } from './App';
import { SpeakerDisplayPage } from './features/speakers/SpeakerDisplayPage';

describe('pages by address', () => {
  it('shows the speaker hall screen at /display/speakers, with or without a trailing slash', () => {
    expect(pageFor('/display/speakers')).toBe(SpeakerDisplayPage);
    expect(pageFor('/display/speakers/')).toBe(SpeakerDisplayPage);
  });

  it('shows the desk everywhere else', () => {
    expect(pageFor('/')).toBe(App);
    expect(pageFor('/display')).toBe(App);
    expect(pageFor('/display/speakers/extra')).toBe(App);
  });
});
