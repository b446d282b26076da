import { describe, expect, it } from 'vitest';
import { labelLeavesScale, labelMeasure, labelScale } from '../../src/tables/label-units.js';
import { docOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { findingsOf } from '../rules/rule-tester.js';

/** Key-figure tables written for this test. */
describe('labelMeasure', () => {
  it('reads the measure a row label names', () => {
    expect(labelMeasure('Lägenheter antal')).toBe('count');
    expect(labelMeasure('Antal lokaler')).toBe('count');
    expect(labelMeasure('Boarea, kvm')).toBe('area');
    expect(labelMeasure('Lokalyta m²')).toBe('area');
    expect(labelMeasure('Medelhyra kr/m2')).toBe('price');
    expect(labelMeasure('Soliditet, %')).toBe('percent');
    expect(labelMeasure('Hyresintäkter')).toBeNull();
    expect(labelMeasure('Hemlöshet (75 %)')).toBeNull();
    expect(labelMeasure('Andel i procent')).toBe('percent');
  });

  it('reads "st" as a count only as a word of its own, never the end of "Väst" or "Öst"', () => {
    expect(labelMeasure('Lägenheter st')).toBe('count');
    expect(labelMeasure('Lokaler, st.')).toBe('count');
    expect(labelMeasure('Högskolan Väst')).toBeNull();
    expect(labelMeasure('Region Öst')).toBeNull();
  });
});

describe('a row label ending in "Väst" in a column of millions', () => {
  it('keeps the column scale: 12,5 is 12 500 000 kronor', () => {
    const text = ['Lärosäte', 'Antal', 'Medel i miljoner kronor', 'Malmö universitet', '3', '40,0', 'Högskolan Väst', '2', '12,5', 'Mittuniversitetet', '2', '7,5', 'Södertörns högskola', '1', '3,0'].join('\n\n');
    const [t] = docOf({ file: 'case.txt', text }).tables;
    expect(t!.rows.map((r) => [r.label, r.cells[1]!.value?.toFixed()])).toEqual([
      ['Malmö universitet', '40000000'],
      ['Högskolan Väst', '12500000'],
      ['Mittuniversitetet', '7500000'],
      ['Södertörns högskola', '3000000'],
    ]);
  });
});

describe('sums over rows of several measures', () => {
  it('a sum naming its measure counts the rows of that measure: an info, not an error (spaced text)', () => {
    const text = [
      'Fastighetsbestånd      2022     2021',
      'Lägenheter antal      2 410    2 395',
      'Lokaler antal           212      208',
      'Bostadsyta kvm      161 200  160 300',
      'Lokalyta kvm         24 600   24 100',
      'Summa yta, kvm      185 800  184 400',
      '',
    ].join('\n');
    const f = findingsOf(columnTotal, [{ file: 'a.txt', text }]);
    expect(f.map((x) => x.severity)).toEqual(['info', 'info']);
    expect(f.every((x) => /2 rader summerar till delsumman "Summa yta, kvm" .*samma mått/.test(x.message))).toBe(true);
  });

  it('when no measure-wise reading reconciles, a mixed sum is a warning that names the measures (Markdown)', () => {
    const md = [
      '| Bestånd | 2023 |',
      '|---|---|',
      '| Antal bostäder | 980 |',
      '| Antal garage | 140 |',
      '| Boarea m2 | 70 500 |',
      '| Summa | 71 000 |',
      '',
    ].join('\n');
    const f = findingsOf(columnTotal, [{ file: 'b.md', text: md }]);
    expect(f.map((x) => [x.severity, x.expected, x.actual])).toEqual([['warning', '71000', '71620']]);
    expect(f[0]!.message).toMatch(/olika mått/);
  });
});

describe('rows of another measure in a table of thousands or millions', () => {
  it('knows a label that names its own measure or scale', () => {
    expect(labelLeavesScale('Soliditet, %')).toBe(true);
    expect(labelLeavesScale('Antal lägenheter')).toBe(true);
    expect(labelLeavesScale('Lägenhetsyta 1000-tal kvm')).toBe(false);
    expect(labelLeavesScale('Hyresintäkter')).toBe(false);
  });

  it('reads key figures under a Mkr caption in their own measure (spaced text)', () => {
    const text = [
      'FEMÅRSÖVERSIKT, Mkr 2019 2018 2017',
      'Hyresintäkter 412 398 377',
      'Driftnetto 151 144 139',
      'Soliditet, % 31,5 30,2 29,8',
      'Medelhyra, kr/kvm 1 102 1 071 1 040',
      'Antal lägenheter 4 310 4 280 4 205',
      '',
    ].join('\n');
    const rows = docOf({ file: 'a.txt', text }).tables[0]!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed()]);
    expect(rows).toEqual([
      ['Hyresintäkter', '412000000'],
      ['Driftnetto', '151000000'],
      ['Soliditet, %', '31.5'],
      ['Medelhyra, kr/kvm', '1102'],
      ['Antal lägenheter', '4310'],
    ]);
  });

  it('does so in a Markdown table in tkr, and leaves a row with its own scale word in the table scale', () => {
    const md = ['Belopp i tkr', '', '| Nyckeltal | 2023 |', '|---|---|', '| Omsättning | 58 200 |', '| Bostadsyta, m2 | 41 300 |', '| Lokalyta, tusental kvm | 12 |', '| Antal anställda | 37 |', ''].join('\n');
    const rows = docOf({ file: 'b.md', text: md }).tables[0]!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed()]);
    expect(rows).toEqual([
      ['Omsättning', '58200000'],
      ['Bostadsyta, m2', '41300'],
      ['Lokalyta, tusental kvm', '12000'],
      ['Antal anställda', '37'],
    ]);
  });
});

describe('labelScale', () => {
  it('reads the money scale a row label closes with, after a comma, in parentheses or after a space', () => {
    expect(labelScale('Balansomslutning, mnkr')).toBe(1e6);
    expect(labelScale('Intäkter (tkr)')).toBe(1e3);
    expect(labelScale('Anslag, miljoner kronor')).toBe(1e6);
    expect(labelScale('Statsskuld mdkr')).toBe(1e9);
    // "kkr" (kilokronor): thousands, as some companies write it.
    expect(labelScale('Rörelsens intäkter, kkr')).toBe(1e3);
    expect(labelScale('Investeringar (kkr)')).toBe(1e3);
  });

  it('puts a row labelled in kkr in thousands of kronor, in tab-separated and GFM tables', () => {
    // A five-year summary of our own: amounts in kkr per row, a share in %.
    const rows = [
      ['Nettoomsättning, kkr', '412 500', '398 020'],
      ['Resultat efter finansiella poster, kkr', '21 340', '18 775'],
      ['Soliditet, %', '34', '31'],
    ];
    const tab = ['Femårsöversikt', '', 'Nyckeltal\t2023\t2022', ...rows.map((r) => r.join('\t')), ''].join('\n');
    const gfm = ['| Nyckeltal | 2023 | 2022 |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
    for (const [file, text] of [['a.txt', tab], ['a.md', gfm]] as const) {
      const table = docOf({ file, text }).tables[0]!;
      expect(table.rows.map((r) => r.cells.map((c) => c.value?.toFixed() ?? null))).toEqual([
        ['412500000', '398020000'],
        ['21340000', '18775000'],
        ['34', '31'],
      ]);
    }
  });

  it('reads none from a rate, a share, a count or a scale inside the label', () => {
    expect(labelScale('Skatt, kr per invånare')).toBeNull();
    expect(labelScale('Soliditet, %')).toBeNull();
    expect(labelScale('Antal anställda')).toBeNull();
    expect(labelScale('Mnkr enligt plan')).toBeNull();
  });
});

describe('rates listed among amounts in a key-figure table', () => {
  it('sums no result line over rates and amounts of a five-year summary', () => {
    const text = [
      'Nyckeltal 2021 2020 2019',
      'Nettokostnad per invånare, tusental kronor 62 60 58',
      'Kostnadsökning, % 4 3 5',
      'Skatteintäkternas ökning, % 5 4 3',
      'Finansnetto, miljoner kronor 12 -3 8',
      'Resultat före extraordinära poster, miljoner kronor 41 22 35',
      '',
    ].join('\n');
    expect(findingsOf(columnTotal, text)).toEqual([]);
  });

  it('sums no total of a rate over counts, a cell a line', () => {
    const text = ['Personal', '2022', '2023', 'Antal anställda', '1 210', '1 240', 'Antal timanställda', '310', '298', 'Sjukfrånvaro, %', '6,1', '5,8', 'Total frånvaro, %', '8,4', '8,0', ''].join('\n');
    expect(findingsOf(columnTotal, text)).toEqual([]);
  });

  it('still checks a sum of amounts among the key figures', () => {
    // 150 + 90 = 240, printed 250: the amounts' own sum disagrees.
    const text = ['Nyckeltal, mnkr 2022 2021', 'Soliditet, % 31 30', 'Skatteintäkter, mnkr 150 140', 'Statsbidrag, mnkr 90 85', 'Summa intäkter, mnkr 250 225', ''].join('\n');
    const found = findingsOf(columnTotal, text).filter((f) => f.severity !== 'info');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.message).toContain('Summa intäkter');
  });
});
