import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A table with a caption of its own takes its unit from the sentence just before it, as a table without one does. */
describe('the unit in the sentence before a captioned table', () => {
  it('applies "Alla belopp anges i tusental kronor." to an HTML table with a <caption>', () => {
    const html =
      '<p>Alla belopp anges i tusental kronor.</p><table><caption>Tabell 1. Stöd per kommun</caption><tr><th>Kommun</th><th>Stöd</th></tr><tr><td>Umeå</td><td>300</td></tr><tr><td>Skellefteå</td><td>200</td></tr><tr><td>Lycksele</td><td>50</td></tr><tr><td>Summa</td><td>550</td></tr></table>';
    const [t] = docOf({ file: 'a.html', text: html }).tables;
    expect(t!.columns.map((c) => [c.unit, c.scale])).toEqual([['SEK', 1000]]);
    expect(t!.rows.map((r) => r.cells[0]!.value?.toFixed())).toEqual(['300000', '200000', '50000', '550000']);
  });

  it('applies "Beloppen redovisas i miljoner kronor." to a table with a <caption> and a <thead>', () => {
    const html =
      '<h2>Ramar</h2><p>Ramarna beslutades i juni. Beloppen redovisas i miljoner kronor.</p><table><caption>Ramar per region</caption><thead><tr><th>Region</th><th>Ram</th></tr></thead><tbody><tr><td>Region Kalmar</td><td>12</td></tr><tr><td>Region Kronoberg</td><td>9</td></tr><tr><td>Region Blekinge</td><td>7</td></tr><tr><td>Totalt</td><td>28</td></tr></tbody></table>';
    const [t] = docOf({ file: 'a.html', text: html }).tables;
    expect(t!.caption).toBe('Ramar per region');
    expect(t!.columns.map((c) => [c.unit, c.scale])).toEqual([['SEK', 1e6]]);
  });
});

describe('a unit alone as a sentence above a table and its caption', () => {
  const units = (text: string, file = 'a.txt') => docOf({ file, text }).tables.map((t) => t.columns.map((c) => [c.unit, c.scale]));

  it('applies "mnkr." over the caption of a tab-separated table', () => {
    const text = ['Fördelning per nämnd', '', 'mnkr.', '', 'Tabell 2 Budget och utfall', '', 'Nämnd\tBudget\tUtfall', 'Kultur\t12,5\t12,1', 'Fritid\t8,0\t8,4', 'Summa\t20,5\t20,5', ''].join('\n');
    expect(units(text)).toEqual([
      [
        ['SEK', 1e6],
        ['SEK', 1e6],
      ],
    ]);
  });

  it('applies "tkr." over the caption of a table of pipe rows', () => {
    const text = ['Inledning.', '', 'tkr.', '', 'Tabell 9. Nettokostnader per län', '', 'Län | Förändring |', 'Region Västerbotten | 913,5 |', 'Stockholm | 738,6 |', 'Gävleborg | 235,4 |', ''].join('\n');
    expect(units(text)).toEqual([[['SEK', 1000]]]);
  });

  it('takes no unit from a sentence that only ends in one', () => {
    const text = ['Det handlar om stora summor kronor.', '', 'Tabell 3 Antal ärenden', '', 'Nämnd\t2022\t2023', 'Kultur\t12\t14', 'Fritid\t8\t9', ''].join('\n');
    expect(units(text)[0]!.map((c) => c[1])).toEqual([1, 1]);
  });
});

describe('units as companies and euro tables write them, in the line above', () => {
  const units = (text: string, file = 'a.txt') => docOf({ file, text }).tables.map((t) => t.columns.map((c) => `${c.unit}/${c.scale}`).join(' '));

  it('reads SEK with its scale: "(KSEK)", "(MSEK)", ", TSEK"', () => {
    expect(units('Resultaträkning (KSEK)\n\nPost\t2022\t2021\nIntäkter\t1 200\t1 100\nKostnader\t-900\t-850\nResultat\t300\t250\n')).toEqual(['SEK/1000 SEK/1000']);
    expect(units('Bolagets nyckeltal i sammandrag (MSEK):\n\n| Post | 2023 |\n|---|---:|\n| Nettoomsättning | 412,5 |\n| Rörelseresultat | 38,0 |\n', 'b.md')).toEqual(['SEK/1000000']);
    expect(units('Investeringar per projekt 2023, TSEK\n\nProjekt\tBudget\nA\t1 200\nB\t900\nSumma\t2 100\n')).toEqual(['SEK/1000']);
  });

  it('reads a written thousand in the parenthesis: "(1 000 euro)", "(1000-tal kronor)"', () => {
    expect(units('Anslag per moment (1 000 euro)\n\nMoment\t2022\nA\t1 200\nB\t900\nSumma\t2 100\n')).toEqual(['EUR/1000']);
    expect(units('Bidrag till föreningar (1000-tal kronor)\n\nFörening\t2022\nIFK\t120\nBK\t80\nSumma\t200\n')).toEqual(['SEK/1000']);
  });

  it('takes no amount in the parenthesis for the unit: "(varav 40 mnkr till Gotland)"', () => {
    expect(units('Fördelningen av medlen (varav 40 mnkr till Gotland)\n\nRegion\tAntal\nGotland\t12\nSkåne\t30\nSumma\t42\n')).not.toEqual(['SEK/1000000']);
  });
});

describe('"är" before a unit phrase in the sentence above', () => {
  const units = (text: string) => docOf({ file: 'a.txt', text }).tables.map((t) => t.columns.map((c) => `${c.unit}/${c.scale}`).join(' '));
  const body = '\n\nPost\t2022\t2021\nIntäkter\t1 200\t1 100\nKostnader\t-900\t-850\nResultat\t300\t250\n';

  it('reads "Uppgifterna är i miljoner kronor." and "Alla belopp i tabellen är i tusental kronor."', () => {
    expect(units('Uppgifterna är i miljoner kronor.' + body)).toEqual(['SEK/1000000 SEK/1000000']);
    expect(units('Resultatet blev bättre än väntat. Alla belopp i tabellen är i tusental kronor.' + body)).toEqual(['SEK/1000 SEK/1000']);
  });
});
