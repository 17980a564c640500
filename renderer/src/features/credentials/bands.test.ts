import { describe, expect, it } from 'vitest';
import { parseBands } from './CredentialsSettingsDialog';

describe('band limits typed in the settings', () => {
  it('reads rising whole numbers separated by commas, semicolons or spaces', () => {
    expect(parseBands('35, 51, 61')).toEqual([35, 51, 61]);
    expect(parseBands(' 10;20  30 ')).toEqual([10, 20, 30]);
    expect(parseBands('')).toEqual([]);
  });

  it('refuses anything else, so nothing is saved', () => {
    expect(parseBands('35, 35')).toBeNull();
    expect(parseBands('51, 35')).toBeNull();
    expect(parseBands('35.5')).toBeNull();
    expect(parseBands('0, 10')).toBeNull();
    expect(parseBands('121')).toBeNull();
    expect(parseBands('ba mươi lăm')).toBeNull();
  });
});
