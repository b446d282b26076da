import { describe, expect, it } from 'vitest';
import { columnUnit } from '../../src/tables/units.js';
import { docOf } from '../rules/rule-tester.js';

/** A column "X per invånare" is X divided by people: the people are no unit of the column. Written for this test. */
describe('the divisor after "per" names no unit', () => {
  it('leaves a per-inhabitant column to the unit the table states', () => {
    expect(columnUnit('Nettokostnad per invånare')).toBeNull();
    expect(columnUnit('Bidrag per person')).toBeNull();
    expect(columnUnit('Antal besök per 1 000 invånare')).toEqual({ unit: 'count', scale: 1 });
    // The people are the column's own unit where they stand before "per".
    expect(columnUnit('Invånare per km²')).toEqual({ unit: 'persons', scale: 1 });
    expect(columnUnit('Kronor per invånare')).toEqual({ unit: 'SEK', scale: 1 });
  });

  it('reads such a column in the unit of the sentence above the table', () => {
    const text = 'Uppgifterna redovisas i tkr.\n\n| Region | Nettokostnad per invånare |\n|---|---:|\n| Gotlands län | 13 |\n| Kalmar län | 27 |\n| Hallands län | 47 |\n';
    const t = docOf({ file: 'n.md', text }).tables[0]!;
    expect(t.columns.map((c) => [c.unit, c.scale.toString()])).toEqual([['SEK', '1000']]);
    expect(t.rows.map((r) => r.cells[0]!.value?.toFixed())).toEqual(['13000', '27000', '47000']);
  });

  it('and in the unit of a caption, in pipe rows without a delimiter line', () => {
    const text = 'Tabell 4. Stöd per kommun, kronor\n\nKommun | Utfall per invånare |\nAle | 1 250 |\nBoden | 980 |\nLund | 1 410 |\n';
    const t = docOf({ file: 'b.txt', text }).tables[0]!;
    expect(t.columns[0]!.unit).toBe('SEK');
    expect(t.rows.map((r) => r.cells[0]!.value?.toFixed())).toEqual(['1250', '980', '1410']);
  });
});
