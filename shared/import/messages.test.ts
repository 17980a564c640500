// The notice of a file converted from TCVN3 or VNI, in both languages: the roster speaks of names,
// the agenda and the contributions of their text; each names the row and column and the way out.

import i18next from 'i18next';
import { expect, test } from 'vitest';
import { resources } from '../i18n/resources.js';
import { describeLegacyText } from './messages.js';

test.each([
  ['vi', 'names', 'tcvn3', 'Tên trong tệp này có vẻ được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime), phát hiện đầu tiên ở dòng 3, cột «Nội dung».'],
  ['vi', 'text', 'tcvn3', 'Nội dung tệp này có vẻ được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime), phát hiện đầu tiên ở dòng 3, cột «Nội dung».'],
  ['vi', 'text', 'vni', 'Nội dung tệp này có vẻ được gõ bằng bảng mã VNI (phông VNI-Times), phát hiện đầu tiên ở dòng 3, cột «Nội dung».'],
  ['en', 'names', 'vni', 'Names in this file look like VNI (VNI-Times font) text, first seen in row 3, column “Nội dung”.'],
  ['en', 'text', 'tcvn3', 'Text in this file looks as if it was typed in TCVN3 (ABC, .VnTime font), first seen in row 3, column “Nội dung”.'],
  ['en', 'text', 'vni', 'Text in this file looks as if it was typed in VNI (VNI-Times font), first seen in row 3, column “Nội dung”.'],
] as const)('%s, %s, %s', async (language, subject, encoding, start) => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: language, resources, interpolation: { escapeValue: false } });
  const text = describeLegacyText({ encoding, row: 3, column: 'Nội dung' }, subject, (key, params) => i18n.t(key, params));
  expect(text.startsWith(start)).toBe(true);
  expect(text).toContain('Unikey');
});
