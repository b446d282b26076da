import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * Single-spaced rows under a one-line header whose titles are several words each: a title opens
 * with a capital letter and the words in lower case go on the title before them ("Summa för
 * utbetalning", "Bidrag kommuner"), so the header counts its titles, not its words, and the
 * figures are not split at their digit groups. Tables written for this test.
 */
const values = (text: string) => docOf({ file: 'case.txt', text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a single-spaced header of titles of several words (spaced-columns.ts)', () => {
  it('reads one column under "Belopp till utbetalning"', () => {
    const text = [
      'Mottagare Belopp till utbetalning',
      'Norra kommunförbundet 12 345 678',
      'Södra regionen 345 120',
      'Västra förbundet 120 450 300',
      'Östra regionen 88 400 000',
      'Mellersta regionen 19 120 804',
      'Gotland 31 245 139',
      '',
    ].join('\n');
    expect(values(text)).toEqual([
      ['Norra kommunförbundet', '12345678'],
      ['Södra regionen', '345120'],
      ['Västra förbundet', '120450300'],
      ['Östra regionen', '88400000'],
      ['Mellersta regionen', '19120804'],
      ['Gotland', '31245139'],
    ]);
  });

  it('reads two columns under "Bidrag per invånare" and "Totalt belopp"', () => {
    const text = [
      'Län Bidrag per invånare Totalt belopp',
      'Uppsala 845,2 318 600 000',
      'Gävleborg 712,9 203 150 400',
      'Kalmar 690,4 168 420 000',
      'Jämtland 1 020,7 134 700 500',
      'Blekinge 655,1 104 300 200',
      '',
    ].join('\n');
    expect(values(text)).toEqual([
      ['Uppsala', '845.2', '318600000'],
      ['Gävleborg', '712.9', '203150400'],
      ['Kalmar', '690.4', '168420000'],
      ['Jämtland', '1020.7', '134700500'],
      ['Blekinge', '655.1', '104300200'],
    ]);
  });

  it('reads two columns under "Bidrag kommuner" and "Bidrag regioner"', () => {
    const text = [
      'Län Bidrag kommuner Bidrag regioner',
      'Uppsala 1 204 000 2 310 000',
      'Gävleborg 980 500 1 120 000',
      'Kalmar 2 045 000 870 250',
      'Jämtland 640 000 1 510 500',
      'Blekinge 1 100 000 990 000',
      '',
    ].join('\n');
    expect(values(text)).toEqual([
      ['Uppsala', '1204000', '2310000'],
      ['Gävleborg', '980500', '1120000'],
      ['Kalmar', '2045000', '870250'],
      ['Jämtland', '640000', '1510500'],
      ['Blekinge', '1100000', '990000'],
    ]);
  });

  it('reads three columns under "Anläggningar och mark", "Övriga tillgångar" and "Totalt"', () => {
    const text = [
      'Kommun Anläggningar och mark Övriga tillgångar Totalt',
      'Ale 1 204 310 1 514',
      'Borås 2 050 1 100 3 150',
      'Kil 640 85 725',
      'Lerum 990 1 020 2 010',
      'Mölndal 1 510 400 1 910',
      '',
    ].join('\n');
    expect(values(text)).toEqual([
      ['Ale', '1204', '310', '1514'],
      ['Borås', '2050', '1100', '3150'],
      ['Kil', '640', '85', '725'],
      ['Lerum', '990', '1020', '2010'],
      ['Mölndal', '1510', '400', '1910'],
    ]);
  });

  it('keeps a word after a comma on its title: "Förändring, antal" is one column', () => {
    const text = [
      'Kommun Utfall 2022 Förändring, antal Förändring, procent',
      'Ale 4 406 740 20,2',
      'Borås 1 686 335 24,8',
      'Kil 355 91 34,5',
      'Lerum 59 23 63,9',
      '',
    ].join('\n');
    expect(values(text)).toEqual([
      ['Ale', '4406', '740', '20.2'],
      ['Borås', '1686', '335', '24.8'],
      ['Kil', '355', '91', '34.5'],
      ['Lerum', '59', '23', '63.9'],
    ]);
  });
});
