import { describe, expect, it } from 'vitest';
import { isEnglishLine, withoutEnglishSubtitles } from '../../src/layout/english-subtitles.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Statistics tables with an English line under each Swedish title and header, written for these
 * tests in two layouts (single spaces, tabs); figures made up.
 */
const tableOf = (text: string) => {
  const t = docOf({ file: 'case.txt', text }).tables[0]!;
  return { caption: t.caption ?? null, headers: t.columns.map((c) => c.header.join(' / ')), labels: t.rows.map((r) => r.label) };
};

describe('an English subtitle under a Swedish title or header', () => {
  it('is neither the header nor the caption, years over counties in single spaces', () => {
    const text = 'Tabell 3. Nyfödda efter län och år\nTable 3. Births by county and year\n\nLän 2022 2023\nCounty\nHallands län 3 410 3 380\nKalmar län 2 190 2 150\nSumma 5 600 5 530\n';
    expect(tableOf(text)).toEqual({ caption: 'Tabell 3. Nyfödda efter län och år', headers: ['2022', '2023'], labels: ['Hallands län', 'Kalmar län', 'Summa'] });
  });

  it('leaves the Swedish header over the columns, a tab table', () => {
    const text = 'Anställda efter sektor\n\nSektor\tKvinnor\tMän\tTotalt\nSector\tWomen\tMen\tTotal\nStat\t120\t95\t215\nKommun\t640\t180\t820\nSumma\t760\t275\t1035\n';
    expect(tableOf(text).headers).toEqual(['Kvinnor', 'Män', 'Totalt']);
    expect(tableOf(text).labels).toEqual(['Stat', 'Kommun', 'Summa']);
  });
});

describe('isEnglishLine and withoutEnglishSubtitles', () => {
  it('tell English lines from Swedish ones', () => {
    expect(isEnglishLine('Programme Women Men Total')).toBe(true);
    expect(isEnglishLine('Number of deaths by county and year')).toBe(true);
    expect(isEnglishLine('Program Kvinnor Män Totalt')).toBe(false);
    expect(isEnglishLine('Men de som fick stöd var färre')).toBe(false);
    expect(isEnglishLine('Total 2 410')).toBe(false);
  });

  it('keep an English paragraph that stands under no Swedish line', () => {
    const lines = ['Summary', '', 'Number of deaths by county and year', 'Stockholms län 10'].map((raw, i) => ({ raw, line: i + 1 }));
    expect(withoutEnglishSubtitles(lines).map((l) => l.line)).toEqual([1, 2, 3, 4]);
    const under = ['Län 2022 2023', 'County', 'Kalmar län 1 2'].map((raw, i) => ({ raw, line: i + 1 }));
    expect(withoutEnglishSubtitles(under).map((l) => l.line)).toEqual([1, 3]);
  });

  it('keep Swedish header cells one a line that English spells alike', () => {
    const cells = ['Balansräkning', 'Mnkr', 'Not', 'Kommunen 2023', 'Län', 'Total', 'Summa', 'Median'].map((raw, i) => ({ raw, line: i + 1 }));
    expect(withoutEnglishSubtitles(cells).map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
