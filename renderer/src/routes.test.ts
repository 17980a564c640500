import { describe, expect, it } from 'vitest';
import { pageFor } from './routes';
import { App } from './App';
import { SpeakerDisplayPage } from './features/speakers/SpeakerDisplayPage';
import { HallDisplay } from './features/display/HallDisplay';
import { PrintRoute } from './features/print/PrintRoute';

describe('pages by address', () => {
  it('shows the speaker hall screen at /display/speakers, with or without a trailing slash', () => {
    expect(pageFor('/display/speakers')).toBe(SpeakerDisplayPage);
    expect(pageFor('/display/speakers/')).toBe(SpeakerDisplayPage);
  });

  it('shows the whole hall display at /display and printed documents under /print', () => {
    expect(pageFor('/display')).toBe(HallDisplay);
    expect(pageFor('/display/')).toBe(HallDisplay);
    expect(pageFor('/print/roster')).toBe(PrintRoute);
    // An unknown document is the print page too: it says which documents exist.
    expect(pageFor('/print/no-such-document')).toBe(PrintRoute);
  });

  it('shows the desk everywhere else', () => {
    expect(pageFor('/')).toBe(App);
    expect(pageFor('/displays')).toBe(App);
    expect(pageFor('/display/speakers/extra')).toBe(App);
  });
});
