import { describe, expect, it } from 'vitest';
import { withoutNoteReference } from '../../src/tables/label-note-ref.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A note reference set after the row label ("Nyupptagna lån Not 35"), where the statement has no
 * titled note column: the words are the label and the reference is the row's note. Examples
 * written here in two layouts; expected values read off them.
 */
const rowsOf = (file: string, text: string) =>
  docOf({ file, text }).tables.flatMap((t) => t.rows.map((r) => [r.label, r.note ?? null, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('a note reference closing a row label', () => {
  it('takes "Not 24", "not 14, 15" and a link\'s "Not 21 »" off the end of a label, nothing else', () => {
    expect(withoutNoteReference('Justering för av- och nedskrivningar Not 24')).toBe('Justering för av- och nedskrivningar');
    expect(withoutNoteReference('Långfristiga skulder not 14, 15')).toBe('Långfristiga skulder');
    expect(withoutNoteReference('Nyupptagna lån Not 21 »')).toBe('Nyupptagna lån');
    expect(withoutNoteReference('Kortfristiga fordringar Noter 3 och 4')).toBe('Kortfristiga fordringar');
    // A label that is a note's title, a reference in parentheses, or a word that ends in "not": unchanged.
    expect(withoutNoteReference('Not 3')).toBe('Not 3');
    expect(withoutNoteReference('Bidrag (se not 3)')).toBe('Bidrag (se not 3)');
    expect(withoutNoteReference('Investeringar 2023')).toBe('Investeringar 2023');
    expect(withoutNoteReference('Banknot 5')).toBe('Banknot 5');
    // A sum named by the note it closes ("Summa not 1"): the reference is what the label names.
    expect(withoutNoteReference('Summa not 1')).toBe('Summa not 1');
    expect(withoutNoteReference('Totalt Not 12')).toBe('Totalt Not 12');
  });

  it('reads a cash-flow statement whose rows end in "Not NN" before the amounts (tkr, two columns)', () => {
    const text = [
      'Kassaflödesanalys (tkr)',
      '2023 2022',
      'Årets resultat 12 400 9 800',
      'Justering för av- och nedskrivningar Not 8 21 300 20 100',
      'Justering för gjorda avsättningar Not 9 1 500 -700',
      'Medel från verksamheten 35 200 29 200',
      '',
    ].join('\n');
    expect(rowsOf('case.txt', text)).toEqual([
      ['Årets resultat', null, '12400000', '9800000'],
      ['Justering för av- och nedskrivningar', 'Not 8', '21300000', '20100000'],
      ['Justering för gjorda avsättningar', 'Not 9', '1500000', '-700000'],
      ['Medel från verksamheten', null, '35200000', '29200000'],
    ]);
  });

  it('reads a pipe table whose label cells end in "not 4" (mnkr)', () => {
    const text = [
      '| Balansräkning, mnkr | 2023 | 2022 |',
      '|---|---|---|',
      '| Materiella anläggningstillgångar not 4 | 1 250,4 | 1 190,2 |',
      '| Finansiella anläggningstillgångar not 5 | 88,1 | 86,0 |',
      '| Summa anläggningstillgångar | 1 338,5 | 1 276,2 |',
      '',
    ].join('\n');
    expect(rowsOf('case.md', text)).toEqual([
      ['Materiella anläggningstillgångar', 'not 4', '1250400000', '1190200000'],
      ['Finansiella anläggningstillgångar', 'not 5', '88100000', '86000000'],
      ['Summa anläggningstillgångar', null, '1338500000', '1276200000'],
    ]);
  });
});
