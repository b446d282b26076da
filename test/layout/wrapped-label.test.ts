import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { goesOn, wordsReachBareRow } from '../../src/layout/wrapped-label.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Row labels wrapped over up to four lines above a line of figures, as statistics pages copied
 * as text print them. Written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('wrapped-label helpers', () => {
  it('finds a bare row within the allowed lines of words', () => {
    const kinds = ['w', 'w', 'w', 'r'];
    const word = (k: number): boolean => kinds[k] === 'w';
    const bare = (k: number): boolean => kinds[k] === 'r';
    expect(wordsReachBareRow(0, 2, word, bare)).toBe(true);
    expect(wordsReachBareRow(0, 1, word, bare)).toBe(false);
    expect(wordsReachBareRow(1, 1, word, bare)).toBe(true);
  });

  it('knows a line that goes on from the one above', () => {
    expect(goesOn('Tillverkning av papper-', 'Massa och papper')).toBe(true);
    expect(goesOn('Vård, skola,', 'Omsorg')).toBe(true);
    expect(goesOn('Transporter', 'och lager')).toBe(true);
    expect(goesOn('Bygg', '(exkl. anläggning)')).toBe(true);
    expect(goesOn('Transporter', 'Handel')).toBe(false);
  });
});

describe('labels wrapped over several lines above their figures', () => {
  it('reads a branch table whose labels run over three and four lines as one table', () => {
    const text = [
      'Branscher Kv1 Kv2 Kv3 Andel',
      'A Jordbruk 1,2 0,8 -0,4 2,1',
      'C Tillverkning 3,1 2,7 2,2 20,4',
      'H-J',
      '(utom post)',
      'Transport, lager',
      'och kommunikation',
      '2,2 1,9 1,4 15,0',
      'K Finans 0,5 0,9 1,1 6,2',
      'M+N Konsulter, forskning,',
      'uthyrning av maskiner',
      'och andra tjänster',
      '4,0 3,8 3,1 12,3',
      'P Utbildning -0,3 0,1 0,4 5,5',
      '',
    ].join('\n');
    const ts = tablesOf(text);
    expect(ts).toHaveLength(1);
    expect(rowsOf(ts[0]!)).toEqual([
      ['A Jordbruk', '1.2', '0.8', '-0.4', '2.1'],
      ['C Tillverkning', '3.1', '2.7', '2.2', '20.4'],
      ['H-J (utom post) Transport, lager och kommunikation', '2.2', '1.9', '1.4', '15'],
      ['K Finans', '0.5', '0.9', '1.1', '6.2'],
      ['M+N Konsulter, forskning, uthyrning av maskiner och andra tjänster', '4', '3.8', '3.1', '12.3'],
      ['P Utbildning', '-0.3', '0.1', '0.4', '5.5'],
    ]);
  });

  it('takes a first label wrapped at a hyphen out of a header of words, in another layout', () => {
    const text = [
      'Område',
      'Antal',
      'Andel',
      'Förändring',
      'Hela länet utom storstads-',
      'kommunerna',
      '12 400 61,0 210',
      'Storstäder 7 930 39,0 -45',
      'Summa 20 330 100,0 165',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.rows.map((r) => r.label)).toEqual(['Hela länet utom storstads- kommunerna', 'Storstäder', 'Summa']);
    expect(rowsOf(t!)[0]!.slice(1)).toEqual(['12400', '61', '210']);
  });

  it('leaves three lines of prose before a labelled row out of the table', () => {
    const text = [
      'mnkr 2023 2024',
      'Intäkter 410 420',
      'Kostnader -400 -415',
      'Resultat 10 5',
      'Resultatet blev bättre',
      'än väntat tack vare',
      'högre skatteintäkter',
      'Kommunen 12 15',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.rows.map((r) => r.label)).toEqual(['Intäkter', 'Kostnader', 'Resultat']);
  });
});

describe('words to the end of the text under a single-spaced table', () => {
  // Four lines of words end the text right under the rows: the look-ahead for a row they label
  // ran past the last line and stopped the whole read (a glued tail of a page did this).
  it.each([
    ['a note of four lines, no line break at the end', ['Kostnader 2014 2015', 'Personal 1 200 1 300', 'Lokaler 400 450', 'Resor 50 60', 'Övrigt', 'med mera', 'och annat', 'samt resten'], ['Personal', 'Lokaler', 'Resor']],
    ['headings under a negative row', ['Nämnd Utfall Budget', 'Kultur 45 28', 'Fritid 12 8', 'Vård -18 -4', 'Nämnder i stadsdelarna', 'Skolor', 'Förvaltningen', 'Övriga'], ['Kultur', 'Fritid', 'Vård']],
  ])('%s', (_name, lines, labels) => {
    const tables = tablesOf(lines.join('\n'));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.label)).toEqual(labels);
  });
});
