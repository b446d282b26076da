import { describe, expect, it } from 'vitest';
import { isAcronymAmongNames, isAcronymLabel } from '../../src/tables/acronym-label.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';

/** Lists of grants to organisations, some named by their abbreviation; written for this test. */
const kindsOf = (text: string, file = 'a.md') => docOf({ file, text }).tables[0]!.rows.map((r) => [r.label, r.kind]);

describe('an organisation named by its abbreviation among other names', () => {
  it('tells abbreviations from words in capitals', () => {
    expect(isAcronymLabel('SSIF')).toBe(true);
    expect(isAcronymLabel('LRF')).toBe(true);
    expect(isAcronymLabel('KFUM')).toBe(true);
    expect(isAcronymLabel('NETTO')).toBe(false);
    expect(isAcronymLabel('INTÄKTER')).toBe(false);
    expect(isAcronymLabel('HÄLSO- OCH SJUKVÅRD')).toBe(false);
  });

  it('reads "LRF" in a table of grants as a row, not a sum, and warns of nothing', () => {
    const text = ['| Organisation | Bidrag (kr) |', '|---|---:|', '| Hushållningssällskapet | 40 000 |', '| Naturskyddsföreningen | 25 000 |', '| LRF | 90 000 |', '| Jägareförbundet | 15 000 |', ''].join('\n');
    expect(kindsOf(text)).toEqual([
      ['Hushållningssällskapet', 'data'],
      ['Naturskyddsföreningen', 'data'],
      ['LRF', 'data'],
      ['Jägareförbundet', 'data'],
    ]);
    expect(findingsOf(columnTotal, [{ file: 'a.md', text }])).toEqual([]);
  });

  it('reads "SSIF" in an aligned list of support as a row', () => {
    const text = [
      'Verksamhetsstöd 2023 till:',
      '',
      'Konstnärsföreningen Norr          52 000',
      'Teaterförbundet i norr            14 000',
      'SSIF                             140 000',
      'Hemslöjdsföreningen               30 500',
      '',
    ].join('\n');
    expect(kindsOf(text, 'a.txt').find(([label]) => label === 'SSIF')).toEqual(['SSIF', 'data']);
  });

  // "SISU" has the vowels of a word, but among rows named "ABF (…)", "NBV (…)" it is a name too.
  it('reads a short word in capitals as a row where other rows open with abbreviations', () => {
    expect(isAcronymAmongNames('SISU', ['ABF (Arbetarnas bildningsförbund)', 'Bilda', 'NBV (Nykterhetsrörelsens bildningsverksamhet)', 'SISU'])).toBe(true);
    expect(isAcronymAmongNames('NETTO', ['Löner', 'Hyror', 'NETTO'])).toBe(false);
    // Section sums in capitals among names in capitals: no abbreviation names a row there.
    expect(isAcronymAmongNames('NORRA', ['HELA LANDET', 'NORRA', 'Fjällbygden', 'SÖDRA', 'Slätten'])).toBe(false);
    const list = ['Bidrag till studieförbunden', '', 'ABF (Arbetarnas bildningsförbund) 18 200', 'Folkuniversitetet 600', 'NBV (Nykterhetsrörelsens bildningsverksamhet) 43 700', 'Sensus 1 500', 'SISU 35 000', ''].join('\n');
    expect(kindsOf(list, 'a.txt').find(([label]) => label === 'SISU')).toEqual(['SISU', 'data']);
    const table = ['| Förening | Bidrag (kr) |', '|---|---:|', '| KFUM Centrum | 12 000 |', '| Hembygdsföreningen | 8 000 |', '| PRO Norra | 6 000 |', '| RUNA | 4 000 |', ''].join('\n');
    expect(kindsOf(table).find(([label]) => label === 'RUNA')).toEqual(['RUNA', 'data']);
    expect(findingsOf(columnTotal, [{ file: 'a.md', text: table }])).toEqual([]);
  });

  it('still reads a word in capitals among ordinary rows as a sum', () => {
    const text = ['| Post | Mnkr |', '|---|---:|', '| Löner | 40 |', '| Hyror | 10 |', '| NETTO | 50 |', ''].join('\n');
    expect(kindsOf(text).find(([label]) => label === 'NETTO')![1]).not.toBe('data');
  });
});
