import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A "Tabell N." caption over a table pasted one cell a line whose figures have digit groups: no numbered items. */
describe('figures with digit groups under a table caption', () => {
  it.each([
    ['without blank lines', '\n'],
    ['with blank lines between cells', '\n\n'],
  ])('reads the cells %s as a table, not "2 400" as item 2', (_name, sep) => {
    const cells = ['Län', 'Belopp', 'Andel', 'Västernorrlands län', '2 400', '40 %', 'Jämtlands län', '1 200', '20 %', 'Gävleborgs län', '2 400', '40 %', 'Totalt', '6 000', '100 %'];
    const [t] = docOf({ text: 'Tabell 9. Fördelning per län, tusental kronor\n\n' + cells.join(sep) + '\n' }).tables;
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed())])).toEqual([
      ['Västernorrlands län', '2400000', '40'],
      ['Jämtlands län', '1200000', '20'],
      ['Gävleborgs län', '2400000', '40'],
      ['Totalt', '6000000', '100'],
    ]);
  });
});

describe('figures grouped by a no-break or thin space are no numbered items', () => {
  // A table pasted one cell a line whose figures open their lines: "6 026 197" is a figure, not item 6.
  const rows: [string, string[]][] = [
    ['Gymnasieskola', ['6 026 197', '7 489 991', '9 323 505']],
    ['Lokalkostnader', ['4 494 391', '2 187 874', '5 421 339']],
    ['Kvinnor', ['4 748 317', '2 727 799', '3 356 316']],
    ['Summa totalt', ['15 268 905', '12 405 664', '18 101 160']],
  ];
  for (const [name, sep] of [['narrow no-break space', '\u202f'], ['thin space', '\u2009']] as const) {
    it(`reads the table one cell a line, rows set apart by blank lines (${name})`, () => {
      const g = (s: string) => s.replace(/ /g, sep);
      const text = ['Tabell 9 Befolkning', '', '\u00a0', '2015', '2016', 'Förändring mot föregående år', '', ...rows.flatMap(([l, v]) => [l, ...v.map(g), ''])].join('\n');
      const t = docOf({ file: 'j.txt', text }).tables[0]!;
      expect(t.columns.map((c) => c.header.join(' '))).toEqual(['2015', '2016', 'Förändring mot föregående år']);
      expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual(rows.map(([l, v]) => [l, ...v.map((x) => x.replace(/ /g, ''))]));
    });
  }
});

/** A "Tabell N." caption over tab-separated rows that open with a code or a number: the tabs make the cells, not item numbers. */
describe('tab-separated rows under a table caption', () => {
  const rowsOf = (text: string) => docOf({ file: 't.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

  it('reads county codes, an empty title over the names and years as a tab table', () => {
    const text = 'Tabell 4. Utfall per län, kronor\n\nLänskod\t\t2021\t2022\n24\tVästerbottens län\t1 250 000\t1 300 000\n17\tVärmlands län\t980 500\t1 010 000\n13\tHallands län\t2 100 000\t2 050 000\n';
    expect(rowsOf(text)).toEqual([[
      ['Västerbottens län', '1250000', '1300000'],
      ['Värmlands län', '980500', '1010000'],
      ['Hallands län', '2100000', '2050000'],
    ]]);
  });

  it('reads numbered rows under "Tab. 2" the same way, with no header gap', () => {
    const text = 'Tab. 2 Elever per skola\n\nNr\tSkola\tHöst\tVår\n1\tNorrskolan\t412\t405\n2\tSöderskolan\t298\t301\n3\tVästerskolan\t175\t180\nSumma\t\t885\t886\n';
    const rows = rowsOf(text)[0]!;
    expect(rows.map((r) => r.slice(-2))).toEqual([['412', '405'], ['298', '301'], ['175', '180'], ['885', '886']]);
    // The number column stays in the label ("1 | Norrskolan"), as in any tab table whose "Nr" column is not a code.
    expect(rows.map((r) => r[0]!.replace(/^\d \| /, ''))).toEqual(['Norrskolan', 'Söderskolan', 'Västerskolan', 'Summa']);
  });
});

describe('rows of several figures under a table caption are no numbered items', () => {
  // "24 Region …" opens like item 24, but every row's label ends in figures too: rows of single-spaced columns.
  it('reads county codes and figures under a header of years as a table of columns', () => {
    const [t] = docOf({
      text: ['Tabell 2. Bidrag per län', '', 'Länskod 2021 2022 2023', '24 Region Västerbotten 10 081 9 006 3 511', '17 Region Värmland 8 749 9 525 567', '13 Region Halland 3 117 1 694 5 299', ''].join('\n'),
    }).tables;
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2021', '2022', '2023']);
    expect(t!.rows.map((r) => [r.code ?? null, r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['24', 'Region Västerbotten', '10081', '9006', '3511'],
      ['17', 'Region Värmland', '8749', '9525', '567'],
      ['13', 'Region Halland', '3117', '1694', '5299'],
    ]);
  });

  it('reads numbered projects with a count and a share each as a table of two columns', () => {
    const [t] = docOf({ text: ['Tabell 4. Bidrag per projekt', '', 'Nr Projekt Antal Andel', '11 Cykelvägar 12 46,2', '12 Busshållplatser 4 15,4', '13 Belysning 7 26,9', '14 Trygghetskameror 3 11,5', ''].join('\n') }).tables;
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Antal', 'Andel']);
    expect(t!.rows.map((r) => [r.code ?? null, r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['11', 'Cykelvägar', '12', '46.2'],
      ['12', 'Busshållplatser', '4', '15.4'],
      ['13', 'Belysning', '7', '26.9'],
      ['14', 'Trygghetskameror', '3', '11.5'],
    ]);
  });
});
