import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** "Därav" rows one value short, placed where they sum to the row above. Examples written here. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const read = (t: Table): string[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()))]);

describe('short part rows', () => {
  it('places parts that left the first year out by their sum', () => {
    const [t] = tablesOf(
      [
        'Sökande per år',
        '',
        'År 2014 2015 2016 2017',
        'Sökande 5 120 5 480 5 903 6 011',
        'därav kvinnor 2 912 3 001 3 050',
        'därav män 2 568 2 902 2 961',
        'Beviljade 3 400 3 610 3 702 3 950',
      ].join('\n'),
    );
    expect(read(t!)).toEqual([
      ['Sökande', '5120', '5480', '5903', '6011'],
      ['därav kvinnor', '', '2912', '3001', '3050'],
      ['därav män', '', '2568', '2902', '2961'],
      ['Beviljade', '3400', '3610', '3702', '3950'],
    ]);
  });

  it('keeps "varav" parts that add up from the left there, and leaves parts that add up nowhere as read', () => {
    const [t] = tablesOf(
      [
        'Elever per kvartal',
        '',
        'Skola Kv1 Kv2 Kv3',
        'Ekskolan 1 840 1 910 1 875',
        'varav flickor 900 945',
        'varav pojkar 940 965',
        'Björkskolan 2 120 2 130 2 128',
        'varav heltid 1 050 1 060',
        'varav deltid 1 020 1 020',
        'Lindskolan 1 310 1 290 1 305',
        'Aspskolan 1 405 1 398 1 420',
      ].join('\n'),
    );
    expect(read(t!)).toEqual([
      ['Ekskolan', '1840', '1910', '1875'],
      ['varav flickor', '900', '945', ''],
      ['varav pojkar', '940', '965', ''],
      ['Björkskolan', '2120', '2130', '2128'],
      ['varav heltid', '1050', '1060', ''],
      ['varav deltid', '1020', '1020', ''],
      ['Lindskolan', '1310', '1290', '1305'],
      ['Aspskolan', '1405', '1398', '1420'],
    ]);
    expect(t!.rows[4]!.cells[0]!.uncertain).toBeDefined();
  });
});
