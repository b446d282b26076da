import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { colonFact } from '../../src/layout/record-fact-lines.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A region's block of facts copied out of a browser: a blank line between its facts, and keys
 * that hold a dash or run long. Written here in wordings of their own.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const values = (t: Table): (string | null)[][] => t.rows.map((r) => r.cells.map((c) => c.value?.toFixed() ?? null));

describe('region blocks whose facts stand a blank line apart', () => {
  it('reads each block whole, and leaves the total after the last block out of it', () => {
    const [t] = tablesOf(
      [
        'Platser per län',
        '',
        'Dalarnas län',
        '',
        'Förskola: 310',
        '',
        'Fritidshem: 95',
        '',
        'Gävleborgs län',
        '',
        'Förskola: 288',
        '',
        'Fritidshem: 120',
        '',
        'Jämtlands län',
        '',
        'Förskola: 140',
        '',
        'Fritidshem: 61',
        '',
        'Summa platser: 1 014',
        '',
      ].join('\n'),
    );
    expect(t!.rows.map((r) => [r.label, r.region?.code])).toEqual([
      ['Dalarnas län', '20'],
      ['Gävleborgs län', '21'],
      ['Jämtlands län', '23'],
    ]);
    expect(t!.columns.map((c) => c.header)).toEqual([['Förskola'], ['Fritidshem']]);
    expect(values(t!)).toEqual([
      ['310', '95'],
      ['288', '120'],
      ['140', '61'],
    ]);
  });

  it('reads keys that hold a dash or run past a list label, one a line without blank lines', () => {
    const [t] = tablesOf(
      [
        'Västerbottens län',
        'Bidrag till studieförbund och folkhögskolor – beslutat belopp i kronor: 2 400 000',
        'Bidrag till idrottsföreningar – utbetalt: 800 000',
        '',
        'Norrbottens län',
        'Bidrag till studieförbund och folkhögskolor – beslutat belopp i kronor: 2 150 000',
        'Bidrag till idrottsföreningar – utbetalt: 910 000',
        '',
        'Gotlands län',
        'Bidrag till studieförbund och folkhögskolor – beslutat belopp i kronor: 600 000',
        'Bidrag till idrottsföreningar – utbetalt: 150 000',
        '',
      ].join('\n'),
    );
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['24', '25', '09']);
    expect(values(t!)).toEqual([
      ['2400000', '800000'],
      ['2150000', '910000'],
      ['600000', '150000'],
    ]);
  });
});

describe('colonFact', () => {
  it('reads a key of words before the colon and one figure after it, with its unit', () => {
    expect(colonFact('Barn – antal platser: 1 210')).toEqual({ label: [0, 20], value: [22, 27] });
    expect(colonFact('  Andel av beslutade medel – utbetalt: 12,5 %')).toEqual({ label: [2, 37], value: [39, 45] });
  });

  it('takes no line whose key holds a figure, or that goes on after its figure', () => {
    expect(colonFact('Platser 2023: 1 210')).toBeNull();
    expect(colonFact('Barn – antal platser: 1 210 och 40 till')).toBeNull();
    expect(colonFact('barn – antal platser: 1 210')).toBeNull();
  });
});
