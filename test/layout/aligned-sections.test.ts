import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Space-aligned tables broken by section headings and remarks, written for this test in two layouts. */
const rowsOf = (text: string) =>
  docOf({ file: 'a.txt', text }).tables.map((t) => t.rows.map((r) => [r.kind, r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('an aligned table with section headings and remarks among its rows', () => {
  it('keeps the rows after a heading "Område N:" and a remark over two lines in one table', () => {
    const text = [
      'Anslag till förbundet',
      '',
      'Kansli                                  1 200 tkr',
      'Styrelse                                  300 tkr',
      'Område 2:',
      'Föreningsbidrag                         4 500 tkr',
      '(Styrelsen har begärt 200 tkr   (200 tkr)',
      'ur fonden)',
      'Område 3:',
      'Utbildning                                800 tkr',
      'Summa                                   6 800 tkr',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['data', 'Kansli', '1200000'],
        ['data', 'Styrelse', '300000'],
        ['other', 'Område 2:', null],
        ['data', 'Föreningsbidrag', '4500000'],
        ['other', '(Styrelsen har begärt 200 tkr (200 tkr) ur fonden)', null],
        ['other', 'Område 3:', null],
        ['data', 'Utbildning', '800000'],
        ['total', 'Summa', '6800000'],
      ],
    ]);
  });

  it('reads the same with blank lines between rows and two value columns', () => {
    const text = [
      'Fördelning',
      '',
      'Drift                   Budget      Utfall',
      '',
      'Skola                    1 100       1 150',
      '',
      'Vård                       900         950',
      '',
      'Investeringar:',
      '',
      'Vägar                      300         310',
      '',
      'Summa                    2 300       2 410',
      '',
    ].join('\n');
    const rows = rowsOf(text)[0]!;
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['data', 'Skola'],
      ['data', 'Vård'],
      ['other', 'Investeringar:'],
      ['data', 'Vägar'],
      ['total', 'Summa'],
    ]);
    expect(rows[3]).toEqual(['data', 'Vägar', '300', '310']);
  });

  it('ends the table at a heading that no row follows, and at a sentence', () => {
    const text = ['Kansli                                  1 200 tkr', 'Styrelse                                  300 tkr', 'Resor                                     100 tkr', 'Övrigt:', '', 'Detta är en mening om något annat.', ''].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['data', 'Kansli', '1200000'],
        ['data', 'Styrelse', '300000'],
        ['data', 'Resor', '100000'],
      ],
    ]);
  });
});

describe('a whole value in parentheses', () => {
  it('is the number inside, read as a guess (aligned lines and a tab table)', () => {
    const aligned = docOf({ file: 'b.txt', text: ['Bidrag A                 4,5 milj kr', 'Bidrag B                 2,0 milj kr', 'Fonden                  (1,5 milj kr)', ''].join('\n') }).tables[0]!;
    expect(aligned.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed(), r.cells[0]!.uncertain])).toEqual([
      ['Bidrag A', '4500000', undefined],
      ['Bidrag B', '2000000', undefined],
      ['Fonden', '1500000', '(1,5 milj kr)'],
    ]);
    const tab = docOf({ file: 'c.txt', text: 'Post\t2024\t2023\nSkola\t1 200\t(1 100)\nVård\t800\t(750)\n' }).tables[0]!;
    expect(tab.rows.map((r) => r.cells.map((c) => [c.value?.toFixed(), c.uncertain ?? null]))).toEqual([
      [['1200', null], ['1100', '(1 100)']],
      [['800', null], ['750', '(750)']],
    ]);
  });
});
