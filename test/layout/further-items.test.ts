import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Lists followed by a sentence of further items, written for this test. */
const tablesOf = (text: string) =>
  docOf({ file: 'f.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('further items after a list', () => {
  it('go on with a list of one amount a line, the bare figures staying kronor', () => {
    const text = [
      'Så fördelas kulturnämndens budget:',
      '',
      'Bibliotek 14,2 miljoner',
      'Kulturskolan 9,8 miljoner',
      'Fritidsgårdar 6,1 miljoner',
      '',
      'Övriga verksamheter: Konsthall 1,2 miljoner, föreningsbidrag 850 000 och stipendier 120 000.',
      '',
    ].join('\n');
    expect(tablesOf(text)).toEqual([
      [
        ['Bibliotek', '14200000'],
        ['Kulturskolan', '9800000'],
        ['Fritidsgårdar', '6100000'],
        ['Övriga verksamheter', null],
        ['Konsthall', '1200000'],
        ['föreningsbidrag', '850000'],
        ['stipendier', '120000'],
      ],
    ]);
  });

  it('go on with label-and-figure paragraphs whose unit was taken off their figures, after "Dessutom:"', () => {
    const text = [
      'Nämndernas ramar, med förra årets inom parentes:',
      '',
      'Utbildning: 512,0 miljoner (498,5 miljoner). Förskola, grundskola och gymnasium.',
      '',
      'Omsorg: 430,7 miljoner (421,9 miljoner). Hemtjänst och särskilt boende.',
      '',
      'Samhällsbyggnad: 88,3 miljoner (90,1 miljoner). Gator och parker.',
      '',
      'Dessutom: Överförmyndare 2,4 miljoner (2,2 miljoner), revision 910 000 (880 000), valnämnd 150 000.',
      '',
    ].join('\n');
    expect(tablesOf(text)).toEqual([
      [
        ['Utbildning', '512000000', '498500000'],
        ['Omsorg', '430700000', '421900000'],
        ['Samhällsbyggnad', '88300000', '90100000'],
        ['Dessutom', null, null],
        ['Överförmyndare', '2400000', '2200000'],
        ['revision', '910000', '880000'],
        ['valnämnd', '150000', null],
      ],
    ]);
  });

  it('leave a list under a lead that names no further items a table of its own', () => {
    const text = [
      'Så fördelas kulturnämndens budget:',
      '',
      'Bibliotek 14,2 miljoner',
      'Kulturskolan 9,8 miljoner',
      'Fritidsgårdar 6,1 miljoner',
      '',
      'Investeringar: Konsthall 1,2 miljoner, scen 850 000 och ljud 120 000.',
      '',
    ].join('\n');
    expect(tablesOf(text)).toEqual([
      [
        ['Bibliotek', '14200000'],
        ['Kulturskolan', '9800000'],
        ['Fritidsgårdar', '6100000'],
      ],
      [
        ['Konsthall', '1200000'],
        ['scen', '850000'],
        ['ljud', '120000'],
      ],
    ]);
  });
});
