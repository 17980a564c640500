import { describe, expect, it } from 'vitest';
import { externalUrl, isAppUrl } from './urls.js';

describe('isAppUrl', () => {
  it('accepts the app\'s own pages', () => {
    expect(isAppUrl('app://desk/')).toBe(true);
    expect(isAppUrl('app://desk/print/roster?lang=vi')).toBe(true);
    expect(isAppUrl('APP://DESK/display')).toBe(true);
  });

  it.each([
    'app://desk.evil.com/',
    'app://desk@evil.com/',
    'app://evil@desk/',
    'app://desk:8080/',
    'https://desk/',
    'https://evil.com/app://desk/',
    'file:///app://desk/',
    'javascript:alert(1)//app://desk/',
    'app://desks/',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('externalUrl', () => {
  it('passes parsed https addresses only', () => {
    expect(externalUrl('https://example.org/a?b=c')).toBe('https://example.org/a?b=c');
    for (const bad of ['http://example.org', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@example.org/', 'whatever']) {
      expect(externalUrl(bad), bad).toBeNull();
    }
  });
});
