import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Lists of recipients other than regions with two amounts each, written for this test. */
const tablesOf = (text: string) =>
  docOf({ file: 'p.txt', text }).tables.map((t) => ({
    kind: t.kind,
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
  }));

describe('lists of two amounts with their own units', () => {
  it('reads "Namn, belopp (sökt belopp)" bullets as two columns', () => {
    const text = [
      'Följande föreningar får bidrag:',
      '',
      '  • Idrottsföreningen Kvarnen, 1,2 miljoner kronor (ansökt 2,5 mnkr)',
      '  • Musikhuset i Åby, 0,8 miljoner kronor (ansökt 0,9 mnkr)',
      '  • Hembygdsgården, 2,05 miljoner kronor (ansökt 3,1 mnkr)',
      '',
    ].join('\n');
    expect(tablesOf(text)).toEqual([
      {
        kind: 'list',
        rows: [
          ['Idrottsföreningen Kvarnen', '1200000', '2500000'],
          ['Musikhuset i Åby', '800000', '900000'],
          ['Hembygdsgården', '2050000', '3100000'],
        ],
      },
    ]);
  });

  it('reads them after a colon and in thousands too', () => {
    const text = ['- Stadsmissionen: 450 tkr (begärt 600 tkr)', '- Röda korset: 320 tkr (begärt 320 tkr)', '- Kvinnojouren: 275 tkr (begärt 400 tkr)', ''].join('\n');
    expect(tablesOf(text)[0]!.rows).toEqual([
      ['Stadsmissionen', '450000', '600000'],
      ['Röda korset', '320000', '320000'],
      ['Kvinnojouren', '275000', '400000'],
    ]);
  });

  it('leaves lists whose items differ in shape or carry no money unit as prose', () => {
    const mixed = ['• Kvarnen, 1,2 miljoner kronor (ansökt 2,5 mnkr)', '• Åby: 0,8 miljoner kronor (ansökt 0,9 mnkr)', '• Gården, 2 mnkr (ansökt 3,1 mnkr)', ''].join('\n');
    expect(tablesOf(mixed)).toEqual([]);
    const counts = ['• Skolan, 120 elever (förra året 110 elever)', '• Förskolan, 45 barn (förra året 40 barn)', '• Fritids, 60 barn (förra året 58 barn)', ''].join('\n');
    expect(tablesOf(counts)).toEqual([]);
  });
});
