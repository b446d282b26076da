import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Percent stated only in the sentence before a table; examples written here in text and GFM. */
const tableOf = (file: string, text: string): Table => docOf({ file, text }).tables[0]!;
const units = (t: Table): (string | null)[] => [t.unit, ...t.columns.map((c) => c.unit)];

const rows = ['Skolform 2021 2022', 'Grundskola 1,2 0,8', 'Gymnasium 0,5 -0,3', 'Vuxenutbildning 2,1 1,4', 'Förskola 0,9 1,1'];
const gfm = ['| Skolform | 2021 | 2022 |', '|---|---|---|', '| Grundskola | 1,2 | 0,8 |', '| Gymnasium | 0,5 | -0,3 |'];

describe('percent stated in the lead-in', () => {
  it('reads "redovisas nedan i procentenheter:" over spaced rows as percent', () => {
    const t = tableOf('andel.txt', ['Förändringen av andelen behöriga lärare redovisas nedan i procentenheter:', '', ...rows, ''].join('\n'));
    expect(units(t)).toEqual(['percent', 'percent', 'percent']);
    expect(t.rows[1]!.cells[1]!.value?.toFixed()).toBe('-0.3');
  });

  it('reads "visar … i procent." and "(procent):" over a GFM table as percent', () => {
    expect(units(tableOf('a.md', ['Tabellen visar andelen elever med godkända betyg i procent.', '', ...gfm, ''].join('\n')))).toEqual(['percent', 'percent', 'percent']);
    expect(units(tableOf('b.md', ['Andel behöriga lärare per skolform (procent):', '', ...gfm, ''].join('\n')))).toEqual(['percent', 'percent', 'percent']);
  });

  it('leaves a table of amounts, or a lead-in that names kronor, alone', () => {
    const amounts = ['| Kommun | 2021 | 2022 |', '|---|---|---|', '| Norrby | 1 200 | 1 350 |', '| Söderby | 900 | 940 |'];
    expect(tableOf('c.md', ['Bidraget ökade i procent räknat mest i Norrby:', '', ...amounts, ''].join('\n')).unit).not.toBe('percent');
    expect(tableOf('d.md', ['Ökningen anges i procent och i tusentals kronor:', '', ...gfm, ''].join('\n')).unit).not.toBe('percent');
  });
});
