import { describe, expect, it } from 'vitest';
import { regionDuplicate } from '../../../src/rules/region/duplicate.js';
import { findingsOf } from '../rule-tester.js';
import { SHORT_NAMES } from '../text/seeds.js';

const others = SHORT_NAMES.filter((n) => n !== 'Jämtland');
const found = (text: string) => findingsOf(regionDuplicate, [{ file: 'omvandlad.txt', text }]).map((f) => `${f.severity}: ${f.message}`);

describe('a region name wrapped over two rows', () => {
  it('warns, not errs, when "Region Jämtland" and "Härjedalen" follow each other in a tab table', () => {
    const rows = [...others.slice(0, 10).map((n) => `${n}\t500\t600`), 'Region Jämtland\t40\t45', 'Härjedalen\t2\t3', ...others.slice(10).map((n) => `${n}\t500\t600`)];
    const text = ['Medel per region (tkr)', '', 'Region\t2022\t2023', ...rows, ''].join('\n');
    expect(found(text)).toEqual([
      'warning: Region Jämtland Härjedalen står två gånger i tabellen ("Region Jämtland" och "Härjedalen") — osäker läsning: raderna följer på varandra och deras etiketter blir tillsammans regionens namn ("Region Jämtland Härjedalen"): en etikett bruten över två rader kan ha lästs som två rader',
    ]);
  });

  it('warns for "Jämtland" over "Härjedalen" in columns set apart by spaces, first in the table', () => {
    const pad = (s: string) => s.padEnd(22);
    const rows = [`${pad('Jämtland')}1 200`, `${pad('Härjedalen')}   80`, ...others.map((n) => `${pad(n)}1 000`)];
    const text = ['Antal beviljade ansökningar per län', '', `${pad('Län')}Antal`, ...rows, ''].join('\n');
    expect(found(text)).toEqual([
      'warning: Region Jämtland Härjedalen står två gånger i tabellen ("Jämtland" och "Härjedalen") — osäker läsning: raderna följer på varandra och deras etiketter blir tillsammans regionens namn ("Jämtland Härjedalen"): en etikett bruten över två rader kan ha lästs som två rader',
    ]);
  });

  it('warns when only a row of figures with no label stands between the two parts (the wrapped row\'s middle line)', () => {
    const rows = [...others.slice(0, 5).map((n) => `${n}\t500\t600`), 'Jämtland\t40\t45', '\t12\t13', 'Härjedalen\t2\t3', ...others.slice(5).map((n) => `${n}\t500\t600`)];
    const text = ['Medel per region (tkr)', '', 'Region\t2022\t2023', ...rows, ''].join('\n');
    expect(found(text).map((f) => f.slice(0, 8))).toEqual(['warning:']);
  });

  it('still errs when the two rows stand apart', () => {
    const rows = ['Jämtland\t40', ...others.map((n) => `${n}\t500`), 'Härjedalen\t2'];
    const text = ['Medel per region (tkr)', '', 'Region\tBelopp', ...rows, ''].join('\n');
    expect(found(text)).toEqual(['error: Region Jämtland Härjedalen står två gånger i tabellen ("Jämtland" och "Härjedalen")']);
  });
});
