import { describe, expect, it } from 'vitest';
import { amountLine } from '../../src/layout/label-amount-lines.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** One amount a line after its label, written for this test in layouts of its own. */
const rowsOf = (text: string) =>
  docOf({ file: 'a.txt', text }).tables.map((t) => ({
    unit: t.unit ? `${t.unit}×${t.scale}` : null,
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
  }));

const split = (raw: string) => {
  const a = amountLine({ raw, line: 1 });
  return a ? [raw.slice(0, a.labelEnd), raw.slice(a.valueStart, a.valueEnd)] : null;
};

describe('amountLine', () => {
  it('takes the longest run of digit groups that ends the line as the amount', () => {
    expect(split('3:2 Bidrag till idrotten 1 204 300')).toEqual(['3:2 Bidrag till idrotten', '1 204 300']);
    expect(split('Räntekostnader m.m. -12 450,5')).toEqual(['Räntekostnader m.m.', '-12 450,5']);
    expect(split('Övrigt (netto) 845')).toEqual(['Övrigt (netto)', '845']);
  });

  it('refuses a label that ends in a number, a sentence, a bullet and a lone figure', () => {
    expect(split('Utgiftsområde 2 4 150')).toBeNull();
    expect(split('Det blev fler. Antalet ökade till 1 200')).toBeNull();
    expect(split('- Kultur 1 200')).toBeNull();
    expect(split('1 200')).toBeNull();
  });
});

describe('tables of one amount column', () => {
  it('reads lines under a unit line, with a label wrapped over two lines', () => {
    const text = [
      'Resultaträkning',
      '',
      'Tusental kronor',
      'Verksamhetens intäkter 412 330',
      'Verksamhetens kostnader -1 240 118',
      'Avskrivningar och nedskrivningar av materiella',
      'anläggningstillgångar -38 200,5',
      'Verksamhetens nettokostnader -865 988,5',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      {
        unit: 'SEK×1000',
        rows: [
          ['Verksamhetens intäkter', '412330000'],
          ['Verksamhetens kostnader', '-1240118000'],
          ['Avskrivningar och nedskrivningar av materiella anläggningstillgångar', '-38200500'],
          ['Verksamhetens nettokostnader', '-865988500'],
        ],
      },
    ]);
  });

  it('joins a table continued after a page number under its repeated unit line, and keeps two titled tables apart', () => {
    const page = [
      'Miljoner kronor',
      '4:1 Polismyndigheten 28 400',
      '4:2 Säkerhetspolisen 1 560',
      '4:3 Åklagarmyndigheten 1 890',
      '',
      '12',
      '',
      'Prop. 2025/26:1 Utgiftsområde 4',
      '',
      'Miljoner kronor',
      '4:4 Ekobrottsmyndigheten 710',
      '4:5 Domstolsverket 6 050',
      '4:6 Kriminalvården 11 200',
      '',
    ].join('\n');
    const joined = rowsOf(page);
    expect(joined.map((t) => t.rows.length)).toEqual([6]);
    expect(joined[0]!.rows[3]).toEqual(['4:4 Ekobrottsmyndigheten', '710000000']);

    const titled = [
      'Intäkter per enhet',
      'Tusental kronor',
      'Förskola 12 300',
      'Grundskola 45 800',
      'Gymnasieskola 31 050',
      '',
      'Kostnader per enhet',
      '',
      'Tusental kronor',
      'Förskola 98 100',
      'Grundskola 301 250',
      'Gymnasieskola 210 900',
      '',
    ].join('\n');
    expect(rowsOf(titled).map((t) => t.rows.length)).toEqual([3, 3]);
  });

  it('leaves lists that end in small numbers alone', () => {
    expect(rowsOf(['Innehåll', 'Inledning 3', 'Bakgrund 7', 'Förslag 12', ''].join('\n'))).toEqual([]);
  });

  it('makes a sum that disagrees over such cells a warning, never an error', () => {
    const text = ['Kronor', 'Hyresintäkter 12 400', 'Arrenden 2 100', 'Parkering 1 050', 'Summa 15 600', ''].join('\n');
    const found = findingsOf(columnTotal, [{ file: 'case.txt', text }]).map((f) => [f.severity, /enkla mellanslag/.test(f.message)]);
    expect(found).toEqual([['warning', true]]);
  });
});

describe('tables of one amount column after other lines', () => {
  it('are found under a title line, after a run of small numbers and after a failed start', () => {
    const text = ['Intäkter', 'Avgifter 12 400', 'Bidrag 8 150', 'Hyror 3 900', ''].join('\n');
    expect(rowsOf(text).map((t) => t.rows.length)).toEqual([3]);
  });
});

describe('labels that end in a range', () => {
  it('reads the amount after a range as the label’s last word, in two layouts', () => {
    expect(split('Elever i årskurs 7-9 1 245')).toEqual(['Elever i årskurs 7-9', '1 245']);
    expect(split('Investeringsplan 2024–2026 12 500')).toEqual(['Investeringsplan 2024–2026', '12 500']);
    const text = ['Personal och snittlön', '', 'Lärare F-3 34 120', 'Lärare 4-6 35 010', 'Fritidspedagog 31 900', 'Rektor 49 850', ''].join('\n');
    expect(rowsOf(text)[0]!.rows).toEqual([
      ['Lärare F-3', '34120'],
      ['Lärare 4-6', '35010'],
      ['Fritidspedagog', '31900'],
      ['Rektor', '49850'],
    ]);
  });
});
