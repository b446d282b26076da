import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';
import { isPhoneLine } from '../../src/layout/phone-line.js';

/**
 * Contact lines with telephone numbers under a table in a press release. Examples written here
 * in several wordings (tel, Telefon:, Mobil with +46, the number alone on its own line).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;

describe('telephone numbers in contact lines', () => {
  it('recognises contact lines and bare numbers, not rows of values', () => {
    expect(isPhoneLine('Anna Berg, ekonomienheten, tel 036-15 59 77')).toBe(true);
    expect(isPhoneLine('Pressekreterare Telefon: 08-405 10 00')).toBe(true);
    expect(isPhoneLine('Mobil +46 70 123 45 67')).toBe(true);
    expect(isPhoneLine('Lars Ek, tel 036/ 15 58 63')).toBe(true);
    expect(isPhoneLine('013-20 60 00')).toBe(true);
    expect(isPhoneLine('Telefon 12 500 13 000')).toBe(false);
    expect(isPhoneLine('Telefoni och data 2 450 2 600')).toBe(false);
    expect(isPhoneLine('Uppsala 12 345 678')).toBe(false);
  });

  it('keeps contact lines out of the table above them and makes no table of them', () => {
    const text = [
      'Utbetalt i kronor',
      '',
      'Län Belopp Mottagare',
      'Kalmar 1 250 000 120',
      'Gotland 980 500 88',
      'Blekinge 640 200 61',
      'Summa 2 870 700 269',
      'Kontaktpersoner:',
      'Anna Berg, stödenheten, tel 036-15 59 77',
      'Per Holm, tel 036-15 58 90',
      'Telefon: 08-405 10 00',
      '',
    ].join('\n');
    const tables = tablesOf(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.label)).toEqual(['Kalmar', 'Gotland', 'Blekinge', 'Summa']);
  });

  it('makes no table of a contact block alone', () => {
    const text = ['Kontakt', '', 'Eva Lund, handläggare, tel 08-123 45 67', 'Olof Dahl, handläggare, tel 08-123 45 68', 'Mobil +46 70 111 22 33', ''].join('\n');
    expect(tablesOf(text)).toHaveLength(0);
  });
});
