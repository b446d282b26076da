import { describe, expect, it } from 'vitest';
import { isAreaGroupLabel } from '../../src/tables/area-rows.js';
import { regionUnknown } from '../../src/rules/region/unknown.js';
import { columnTotal as sum } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Region tables with rows naming groups of regions, in wordings and layouts written for this test. */
const COUNTIES = ['Stockholm', 'Uppsala', 'Södermanland', 'Östergötland', 'Jönköping', 'Kronoberg', 'Kalmar', 'Gotland', 'Blekinge', 'Skåne', 'Halland', 'Västra Götaland'];

describe('rows naming groups of regions', () => {
  it('knows area words by meaning: lands, directions of the country, kinds of county together', () => {
    for (const l of ['Norrland', 'Övre Norrland', 'Södra Sverige', 'Mellersta Sverige', 'Västra landet', 'Storstadslänen', 'Storstadsområdena', 'Skogsregionerna', 'Svealand:'])
      expect(isAreaGroupLabel(l), l).toBe(true);
    // The rest of the country lies outside the regions named: an addend, no group of them.
    for (const l of ['Riket i övrigt', 'Landet i övrigt', 'Övriga landet', 'Resten av Sverige', 'Stockholms län', 'Region Skåne', 'Västra Götaland', 'Riket', 'Sverige', 'Norrbotten', 'Övrigt', 'Storstad', 'Länen i norr har fått mer'])
      expect(isAreaGroupLabel(l), l).toBe(false);
  });

  it('reads area rows among counties as aggregate rows: no region, no unknown region, not summed into the total', () => {
    // Tab-separated: twelve counties, two area rows between them and the total.
    const body = COUNTIES.map((c, i) => `${c}\t${(i + 1) * 10}`).join('\n');
    const text = `Län\tBelopp\n${body}\nStorstadslänen\t130\nSödra Sverige\t780\nTotalt\t780\n`;
    const [t] = docOf({ text }).tables;
    const areas = t!.rows.filter((r) => r.label === 'Storstadslänen' || r.label === 'Södra Sverige');
    expect(areas.map((r) => [r.kind, r.region])).toEqual([
      ['other', null],
      ['other', null],
    ]);
    expect(findingsOf(regionUnknown, text)).toEqual([]);
    // 10 + 20 + … + 120 = 780: the total holds over the counties alone.
    expect(findingsOf(sum, text).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reads area rows set apart by spaces, worded otherwise, the same way', () => {
    const body = COUNTIES.map((c, i) => `${c.padEnd(20)}${String(i + 5).padStart(6)}`).join('\n');
    const text = `Region                 Antal\n${'Storstadsområdena'.padEnd(20)}${'900'.padStart(6)}\n${body}\n${'Norrland'.padEnd(20)}${'40'.padStart(6)}\n${'Summa'.padEnd(20)}${'138'.padStart(6)}\n`;
    const [t] = docOf({ text }).tables;
    expect(t!.rows.filter((r) => r.label === 'Storstadsområdena' || r.label === 'Norrland').map((r) => r.kind)).toEqual(['other', 'other']);
    expect(findingsOf(regionUnknown, text)).toEqual([]);
    // 5 + 6 + … + 16 = 126, not 138: the total is checked over the counties alone, not with the areas.
    expect(findingsOf(sum, text).filter((f) => f.severity !== 'info').map((f) => [f.expected, f.actual])).toEqual([['138', '126']]);
  });

  it('keeps a table of areas only as data rows, no region table', () => {
    const text = 'Landsdel\tBelopp\nNorrland\t12\nSvealand\t30\nGötaland\t41\nTotalt\t83\n';
    const [t] = docOf({ text }).tables;
    expect(t!.rows.map((r) => [r.label, r.kind, r.region])).toEqual([
      ['Norrland', 'data', null],
      ['Svealand', 'data', null],
      ['Götaland', 'data', null],
      ['Totalt', 'total', null],
    ]);
    // Their own sum is still checked: 12 + 30 + 41 = 83, not 84.
    expect(findingsOf(sum, text.replace('83', '84')).map((f) => [f.expected, f.actual])).toEqual([['84', '83']]);
  });
});

describe('tables of areas with a county among them', () => {
  it('keeps area rows as data where the regions are few among the rows', () => {
    // Programme areas, one of them named like a county: no table of regions with groups among them.
    const text = 'Område\tMedel\nÖvre Norrland\t190\nMellersta Norrland\t140\nNorra Mellansverige\t130\nStockholm\t30\nVästsverige\t50\nSmåland och öarna\t60\nTotalt\t600\n';
    const [t] = docOf({ text }).tables;
    expect(t!.rows.filter((r) => r.kind === 'data').map((r) => r.label)).toEqual(['Övre Norrland', 'Mellersta Norrland', 'Norra Mellansverige', 'Stockholm', 'Västsverige', 'Småland och öarna']);
    expect(findingsOf(sum, text).filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('sums the rest of the country with the regions named, and names no unknown region for it', () => {
    // Three counties and the rest of the country make the whole: 100 + 80 + 70 + 250 = 500.
    const md = '| Område | Belopp |\n|---|---|\n| Stockholms län | 100 |\n| Västra Götalands län | 80 |\n| Skåne län | 70 |\n| Riket i övrigt | 250 |\n| Totalt | 500 |\n';
    const [t] = docOf({ text: md, file: 'rest.md' }).tables;
    expect(t!.rows.find((r) => r.label === 'Riket i övrigt')!.kind).toBe('data');
    expect(findingsOf(sum, [{ text: md, file: 'rest.md' }]).filter((f) => f.severity !== 'info')).toEqual([]);
    // The same with the total 10 off, worded otherwise and tab-separated: an error over the four rows.
    const tab = 'Område\tBelopp\nStockholms län\t100\nVästra Götalands län\t80\nSkåne län\t70\nResten av Sverige\t250\nSumma\t510\n';
    expect(findingsOf(sum, tab).map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '510', '500']]);
  });
});
