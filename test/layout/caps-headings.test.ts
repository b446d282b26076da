import { describe, expect, it } from 'vitest';
import { isCapsRun, isCapsWord } from '../../src/layout/caps-headings.js';
import { splitFlattenedRows } from '../../src/layout/flattened-rows.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Statements flattened into one line with their section headings in capitals between the rows.
 * Examples written here; values worked out by hand.
 */
const src = (raw: string) => [{ raw, line: 5 }];
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;

describe('words in capitals', () => {
  it('tells a word in capitals and a run of them from a label naming an acronym', () => {
    expect(isCapsWord('FINANSIERINGSVERKSAMHETEN')).toBe(true);
    expect(isCapsWord('ÅRETS')).toBe(true);
    expect(isCapsWord('Årets')).toBe(false);
    expect(isCapsWord('A')).toBe(false);
    expect(isCapsRun(' DEN LÖPANDE VERKSAMHETEN ')).toBe(true);
    expect(isCapsRun('Bidrag till SKR')).toBe(false);
  });
});

describe('a flattened statement with section headings in capitals', () => {
  // Sums: 310 + 42 − 15 = 337; 337 − 12 + 20 = 345; −220 + 5 = −215; 80 − 30 = 50; 345 − 215 + 50 = 180; 410 + 180 = 590.
  const flow =
    'Sida 7 FINANSIERINGSANALYS, mnkr 2023 2022 LÖPANDE VERKSAMHET Årets resultat 310 250 Av- och nedskrivningar 42 40 ' +
    'Förändring av avsättningar -15 -9 Medel före förändring av rörelsekapital 337 281 Förändring av fordringar -12 4 ' +
    'Förändring av kortfristiga skulder 20 -6 Kassaflöde från löpande verksamhet 345 279 INVESTERINGAR Förvärv av anläggningar -220 -190 ' +
    'Försäljning av anläggningar 5 – Kassaflöde från investeringar -215 -190 FINANSIERING Upptagna lån 80 60 Amorteringar -30 -25 ' +
    'Kassaflöde från finansiering 50 35 PERIODENS KASSAFLÖDE 180 124 Likvida medel vid periodens början 410 286 Likvida medel vid periodens slut 590 410 KOMMUNEN';

  it('cuts before each heading and sets it apart from the first label of its section', () => {
    expect(splitFlattenedRows(src(flow)).map((l) => l.raw)).toEqual([
      'Sida 7 FINANSIERINGSANALYS, mnkr 2023 2022',
      'LÖPANDE VERKSAMHET',
      'Årets resultat 310 250',
      'Av- och nedskrivningar 42 40',
      'Förändring av avsättningar -15 -9',
      'Medel före förändring av rörelsekapital 337 281',
      'Förändring av fordringar -12 4',
      'Förändring av kortfristiga skulder 20 -6',
      'Kassaflöde från löpande verksamhet 345 279',
      'INVESTERINGAR',
      'Förvärv av anläggningar -220 -190',
      'Försäljning av anläggningar 5 –',
      'Kassaflöde från investeringar -215 -190',
      'FINANSIERING',
      'Upptagna lån 80 60',
      'Amorteringar -30 -25',
      'Kassaflöde från finansiering 50 35',
      'PERIODENS KASSAFLÖDE 180 124',
      'Likvida medel vid periodens början 410 286',
      'Likvida medel vid periodens slut 590 410',
      'KOMMUNEN',
    ]);
  });

  it('reads one table with every row under the header of years', () => {
    const tables = tablesOf(flow);
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(['2023', '2022']);
    const byLabel = new Map(t.rows.map((r) => [r.label, r.cells.map((c) => c.value?.toFixed() ?? null)]));
    expect(byLabel.get('Förvärv av anläggningar')).toEqual(['-220000000', '-190000000']);
    expect(byLabel.get('PERIODENS KASSAFLÖDE')).toEqual(['180000000', '124000000']);
    expect(byLabel.get('Likvida medel vid periodens slut')).toEqual(['590000000', '410000000']);
  });

  // A balance sheet in tkr with headings in capitals; the label "Fordringar hos SKL" names an acronym and stays whole.
  const sheet =
    'BALANSRÄKNING (tkr) 2023-12-31 2022-12-31 ANLÄGGNINGSTILLGÅNGAR Mark och byggnader 812 400 790 100 Inventarier 40 210 38 900 ' +
    'Summa anläggningstillgångar 852 610 829 000 OMSÄTTNINGSTILLGÅNGAR Fordringar hos SKL 12 300 11 800 Kassa och bank 95 090 88 200 ' +
    'Summa omsättningstillgångar 107 390 100 000 SUMMA TILLGÅNGAR 960 000 929 000';

  it('cuts a balance sheet the same way and keeps a label with an acronym whole', () => {
    expect(splitFlattenedRows(src(sheet)).map((l) => l.raw)).toEqual([
      'BALANSRÄKNING (tkr) 2023-12-31 2022-12-31',
      'ANLÄGGNINGSTILLGÅNGAR',
      'Mark och byggnader 812 400 790 100',
      'Inventarier 40 210 38 900',
      'Summa anläggningstillgångar 852 610 829 000',
      'OMSÄTTNINGSTILLGÅNGAR',
      'Fordringar hos SKL 12 300 11 800',
      'Kassa och bank 95 090 88 200',
      'Summa omsättningstillgångar 107 390 100 000',
      'SUMMA TILLGÅNGAR 960 000 929 000',
    ]);
  });
});
