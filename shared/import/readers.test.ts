import { expect, test } from 'vitest';
import { detectDelimiter } from './csv.js';
import { columnLetter } from './problems.js';
import { extensionOf } from './sniff.js';

test('delimiters: the one seen most outside quotes', () => {
  expect(detectDelimiter('a;b;c\n1;"x, y, z";3\n')).toBe(';');
  expect(detectDelimiter('a,b,c\n1,"x; y; z",3\n')).toBe(',');
  expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
  expect(detectDelimiter('only one column\n')).toBe(',');
});

test('column letters as Excel shows them', () => {
  expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
});

test('extensions', () => {
  expect(['ds.XLSX', 'ds.csv', 'ds', 'a.b/ds', '.csv'].map(extensionOf)).toEqual(['xlsx', 'csv', '', '', 'csv']);
});
