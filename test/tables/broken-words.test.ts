import { describe, expect, it } from 'vitest';
import { joinBrokenWords } from '../../src/tables/header.js';
import { docOf } from '../rules/rule-tester.js';

/** A column title wrapped inside a word ("Bidrags-" / "belopp") is one word again; a shared compound part keeps its hyphen. */
describe('titles broken inside a word', () => {
  it('joins the parts of a word broken at a line end, in one cell or over two header rows', () => {
    expect(joinBrokenWords('Utbetal- ningar 2022')).toBe('Utbetalningar 2022');
    expect(joinBrokenWords('Stats- och kommunbidrag')).toBe('Stats- och kommunbidrag');
    expect(joinBrokenWords('Drift- resp. investeringsmedel')).toBe('Drift- resp. investeringsmedel');
    expect(joinBrokenWords('Bidrag - kronor')).toBe('Bidrag - kronor');
    expect(joinBrokenWords('EU-medel och e-tjänster, januari-juni')).toBe('EU-medel och e-tjänster, januari-juni');
    const md = docOf({ file: 'a.md', text: '| Län | Ersättnings-<br>nivå (kr) |\n|---|---:|\n| Uppsala län | 300 |\n| Gotlands län | 200 |\n| Summa | 500 |\n' });
    expect(md.tables[0]!.columns[0]!.header).toEqual(['Ersättningsnivå (kr)']);
    const spaced = docOf({ text: 'Kommun        Investerings-   Drifts-\n                   utgifter    kostnader\nBorås              1 000         400\nAlingsås             500         300\nSumma              1 500         700\n' });
    expect(spaced.tables[0]!.columns.map((c) => c.header)).toEqual([['Investeringsutgifter'], ['Driftskostnader']]);
  });
});
