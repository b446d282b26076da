import { describe, expect, it } from 'vitest';
import { joinMargins, splitMargin } from '../../src/layout/margin-note.js';
import { splitNote } from '../../src/layout/looks-numeric.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Estimates printed with their margin of error; wordings and figures written for this test. */
const values = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);
const notes = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.note ?? null);

describe('splitMargin', () => {
  it('splits an estimate from its margin, spaced or not, with ± or +/-', () => {
    expect(splitMargin('42 260 ± 255')).toEqual({ number: '42 260', note: '± 255' });
    expect(splitMargin('38,4 ±1,2')).toEqual({ number: '38,4', note: '±1,2' });
    expect(splitMargin('1 050 +/- 40')).toEqual({ number: '1 050', note: '+/- 40' });
    expect(splitNote('31 700 ± 1 140')).toEqual({ number: '31 700', note: '± 1 140' });
  });

  it('leaves cells without a margin, and words with a sign, alone', () => {
    expect(splitMargin('42 260')).toBeNull();
    expect(splitMargin('± 255')).toBeNull();
    expect(splitMargin('cirka ± 2 procent')).toBeNull();
  });
});

describe('joinMargins', () => {
  const toks = (raw: string) => [...raw.matchAll(/\S+/g)].map((m) => ({ text: m[0], from: m.index, to: m.index + m[0].length }));
  it('joins the margin to the figure before it, its digit groups taken greedily', () => {
    const raw = 'Bygg 43 466 ± 1 272 -0,3 44 327 ±960 -0,1';
    const out = joinMargins(toks(raw));
    expect(out.map((t) => t.text)).toEqual(['Bygg', '43', '466±', '-0,3', '44', '327±', '-0,1']);
    expect(raw.slice(out[1]!.from, out[2]!.to)).toBe('43 466 ± 1 272');
  });
});

describe('tables of estimates with margins', () => {
  it('reads a web table whose value cells carry a margin', () => {
    const text = [
      '| Region | Medellön, kr | Förändring, % |',
      '|---|---|---|',
      '| Norra | 36 120 ± 410 | 1,8 |',
      '| Mellersta | 38 905 ± 385 | 2,2 |',
      '| Södra | 37 440 ± 1 020 | 1,1 |',
    ].join('\n');
    const [t] = docOf({ text, file: 'loner.md' }).tables;
    expect(t!.rows.map((r) => r.label)).toEqual(['Norra', 'Mellersta', 'Södra']);
    expect(values(t!, 0)).toEqual(['36120', '38905', '37440']);
    expect(notes(t!, 0)).toEqual(['± 410', '± 385', '± 1 020']);
    expect(values(t!, 1)).toEqual(['1.8', '2.2', '1.1']);
  });

  it('reads rows copied as text, two estimates with margins and a change column each', () => {
    const text = [
      'Andel som röker dagligen efter län, procent',
      '',
      'Stockholms län 6,1 +/- 0,8 -0,4 5,2 +/- 0,7 -0,2',
      'Uppsala län 7,3 +/- 1,4 0,3 6,6 +/- 1,3 0,1',
      'Gotlands län 9,8 +/- 2,9 1,2 8,1 +/- 2,6 -0,5',
    ].join('\n');
    const [t] = docOf({ text }).tables;
    expect(t!.rows.map((r) => r.label)).toEqual(['Stockholms län', 'Uppsala län', 'Gotlands län']);
    expect(values(t!, 0)).toEqual(['6.1', '7.3', '9.8']);
    expect(values(t!, 1)).toEqual(['-0.4', '0.3', '1.2']);
    expect(values(t!, 2)).toEqual(['5.2', '6.6', '8.1']);
    expect(values(t!, 3)).toEqual(['-0.2', '0.1', '-0.5']);
    expect(notes(t!, 2)).toEqual(['+/- 0,7', '+/- 1,3', '+/- 2,6']);
  });
});
