import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A unit among column titles pasted as paragraphs above a table's rows, written for this test in two layouts. */
describe('a unit in the header paragraphs above a table', () => {
  it('holds for spaced rows under title paragraphs', () => {
    const text = [
      'Anslag per område',
      'Område',
      'belopp i tusental kronor',
      'Beslut i december.',
      '',
      'Ändring i april.',
      '',
      'Område A 1 200 1 350',
      'Område B 800 850',
      'Område C 400 420',
      'Område D 95 90',
      '',
    ].join('\n');
    const t = docOf({ file: 'a.txt', text }).tables[0]!;
    expect([t.unit, t.scale]).toEqual(['SEK', 1000]);
    expect(t.rows[0]!.cells.map((c) => c.value?.toFixed())).toEqual(['1200000', '1350000']);
  });

  it('holds for a tab table under two title blocks, and not past a long paragraph', () => {
    const held = ['Kostnader, miljoner kronor', '', 'Utfall', 'helår', '', 'Post\tA\tB', 'Skola\t12\t13', 'Vård\t8\t9', ''].join('\n');
    expect(docOf({ file: 'b.txt', text: held }).tables[0]!.scale).toBe(1e6);
    const cut = [
      'Kostnader, miljoner kronor',
      '',
      'Här följer en längre text om något helt annat som inte är någon rubrik över tabellens kolumner utan löpande text i dokumentet.',
      '',
      'Post\tA\tB',
      'Skola\t12\t13',
      'Vård\t8\t9',
      '',
    ].join('\n');
    expect(docOf({ file: 'c.txt', text: cut }).tables[0]!.scale).toBe(1);
  });

  it('reads past a footnote between the unit and the rows', () => {
    const text = [
      'Anslag per område,',
      'belopp i miljoner kronor',
      '',
      '* Beloppet för område B är preliminärt och kan komma att ändras när riksdagen har fattat sitt beslut om ändringsbudgeten.',
      '',
      'Område A 1 200 1 350',
      'Område B 800 850*',
      'Område C 400 420',
      'Område D 95 90',
      '',
    ].join('\n');
    expect(docOf({ file: 'd.txt', text }).tables[0]!.scale).toBe(1e6);
  });
});

describe('a unit line over the first column title', () => {
  it('holds for every column that states no unit (tab table and GFM)', () => {
    const tab = docOf({ file: 'e.txt', text: 'Post\tTkr Utfall\tBudget\tPrognos\nSkola\t12\t13\t14\nVård\t8\t9\t10\n' }).tables[0]!;
    expect(tab.columns.map((c) => [c.unit, c.scale])).toEqual([
      ['SEK', 1000],
      ['SEK', 1000],
      ['SEK', 1000],
    ]);
    const md = docOf({ file: 'f.md', text: '| Post | Miljoner kronor Utfall | Prognos | Andel (%) |\n|---|---|---|---|\n| Skola | 12 | 13 | 40 |\n| Vård | 8 | 9 | 60 |\n' }).tables[0]!;
    expect(md.columns.map((c) => [c.unit, c.scale])).toEqual([
      ['SEK', 1e6],
      ['SEK', 1e6],
      ['percent', 1],
    ]);
  });

  it('is the column\'s own when it is the whole title', () => {
    const tab = docOf({ file: 'g.txt', text: 'Post\tTkr\tAntal\tÖvrigt\nSkola\t12\t13\t14\nVård\t8\t9\t10\n' }).tables[0]!;
    expect(tab.columns.map((c) => [c.unit, c.scale])).toEqual([
      ['SEK', 1000],
      ['count', 1],
      [null, 1],
    ]);
  });

  it('takes a unit in parentheses closing a dated line above a spaced table, and above a tab table', () => {
    const spaced = ['Resultat', '', '2023-01-01–2023-12-31 (MKR)', '(noterna avser kommentarerna)', '', 'Not 2023 2022', 'Intäkter', 'Försäljning 1 120 980', 'Övrigt 2 40 30', 'Hyror 3 12 11', 'Summa intäkter 1 172 1 021', ''].join('\n');
    const a = docOf({ file: 'h.txt', text: spaced }).tables[0]!;
    expect(a.rows.find((r) => r.label === 'Försäljning')!.cells.map((c) => c.value?.toFixed())).toEqual(['120000000', '980000000']);
    const tab = ['Utfall per kvartal (tkr)', 'Källa: egen sammanställning', '', 'Post\tQ1\tQ2', 'Skola\t12\t13', 'Vård\t8\t9', ''].join('\n');
    expect(docOf({ file: 'i.txt', text: tab }).tables[0]!.scale).toBe(1000);
  });

  it('takes a title line that is only a unit ("1000 €", "tkr"), and keeps a row whose label is long', () => {
    const text = [
      'Anslag 2022—2024',
      '',
      '    År 2022',
      'bokslut',
      '1000 €',
      'År 2023',
      'budget',
      '1000 €',
      '',
      '10. Förvaltning 12 400 13 100',
      '01. Omkostnader för förvaltningen (förslagsanslag) 10 000 10 600',
      '70. Anskaffningar av utrustning och utvecklingsprojekt för förvaltningen (reservationsanslag 3 år) 2 400 2 500',
      '20. Tillsyn 3 300 3 350',
      '',
    ].join('\n');
    const t = docOf({ file: 'j.txt', text }).tables;
    expect(t).toHaveLength(1);
    expect([t[0]!.unit, t[0]!.scale]).toEqual(['EUR', 1000]);
    expect(t[0]!.rows.map((r) => r.cells[0]!.value?.toFixed())).toEqual(['12400000', '10000000', '2400000', '3300000']);
    const tab = ['Kostnader', 'tkr', '', 'Post\tA\tB', 'Skola\t12\t13', 'Vård\t8\t9', ''].join('\n');
    expect(docOf({ file: 'k.txt', text: tab }).tables[0]!.scale).toBe(1000);
  });
});
