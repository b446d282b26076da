import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * A list of one amount column whose labels name a body and its project, one row now and then
 * longer than a label usually is ("Förbundet … Läger för … 30 000"): inside a run of rows, with a
 * row after it, such a line is a row; before, it cut the list in two. Written for this test in
 * two layouts (under column titles, under a unit line) and two wordings, values checked by hand.
 */
const doc = (text: string) => docOf({ file: 't.txt', text });
const rows = (text: string, t = 0): string[][] => doc(text).tables[t]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]);
const LONG1 = 'Riksförbundet för unga med synnedsättning Sommarkollo med friluftsliv, paddling och klättring för barn och ungdomar från hela landet';
const LONG2 = 'Studieförbundet Vuxenskolan avdelning Mitt Studiecirklar i svenska och samhällsorientering för nyanlända föräldrar med barn i förskolan';

describe('a long label inside a list of one amount column', () => {
  it('reads the long row under a line of column titles', () => {
    const text = [
      'Följande projekt beviljades stöd.',
      '',
      'Sökande Projekt Belopp',
      'Byalaget Norrby Midsommarfirande 8 000',
      'Dansklubben Virvel Nybörjarkurs 14 000',
      'Fotbollsklubben Eken Spontanfotboll 22 000',
      `${LONG1} 45 000`,
      'Schackklubben Löparen Skolschack 6 500',
      'Ungdomens hus Läxhjälp 18 000',
      '',
      'Nästa ansökningsomgång stänger i mars.',
    ].join('\n') + '\n';
    expect(doc(text).tables).toHaveLength(1);
    expect(rows(text).map((r) => r[1])).toEqual(['8000', '14000', '22000', '45000', '6500', '18000']);
    expect(rows(text)[3]![0]).toBe(LONG1);
  });

  it('reads the long row under a unit line', () => {
    const text = [
      'Bidrag till studieförbund',
      '',
      'Tusental kronor',
      'ABF Västra 1 240',
      'Bilda Öst 860',
      'Folkuniversitetet 1 105',
      `${LONG2} 2 310`,
      'Sensus Syd 940',
      'Vuxenskolan Norr 1 020',
      '',
      'Bidragen betalas ut i april.',
    ].join('\n') + '\n';
    expect(rows(text).map((r) => r[1])).toEqual(['1240000', '860000', '1105000', '2310000', '940000', '1020000']);
    expect(rows(text)[3]![0]).toBe(LONG2);
  });

  it('reads no long line that ends the list as a row', () => {
    const text = [
      'Sökande Projekt Belopp',
      'Byalaget Norrby Midsommarfirande 8 000',
      'Dansklubben Virvel Nybörjarkurs 14 000',
      'Fotbollsklubben Eken Spontanfotboll 22 000',
      `${LONG1} 45 000`,
      '',
      'Text.',
    ].join('\n') + '\n';
    expect(rows(text).map((r) => r[0])).toEqual(['Byalaget Norrby Midsommarfirande', 'Dansklubben Virvel Nybörjarkurs', 'Fotbollsklubben Eken Spontanfotboll']);
  });
});
