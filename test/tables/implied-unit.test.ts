import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { impliedUnit } from '../../src/tables/implied-unit.js';
import { docOf } from '../rules/rule-tester.js';

/** Tables that state no unit under a paragraph that names their figures' size, written for this test. */
const read = (file: string, text: string) => {
  const t = docOf({ file, text }).tables[0]!;
  return { rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]), cols: t.columns.map((c) => [c.unit, c.scale, c.unitGuessed ?? false]) };
};

describe('a unit implied by the paragraph above a table', () => {
  it('takes "miljoner kronor" when the paragraph figure is of the size of the largest figures (tab table)', () => {
    const text = ['Kommunen omsätter i år omkring 400 miljoner kronor. Tabellen visar de största posterna.', '', 'Post\t2022\t2023', 'Skola\t210,5\t220,0', 'Omsorg\t150,2\t160,8', 'Kultur\t12,0\t11,5', ''].join('\n');
    expect(read('a.txt', text)).toEqual({
      rows: [
        ['Skola', '210500000', '220000000'],
        ['Omsorg', '150200000', '160800000'],
        ['Kultur', '12000000', '11500000'],
      ],
      cols: [
        ['SEK', 1e6, true],
        ['SEK', 1e6, true],
      ],
    });
  });

  it('takes "miljarder" above a table pasted one cell per line', () => {
    const text = ['Statens skatteintäkter var drygt 1 100 miljarder kronor förra året.', '', 'Slag', '', 'År 1', '', 'År 2', '', 'Skatt på arbete', '', '640,1', '', '655,3', '', 'Moms', '', '400,9', '', '420,2', '', 'Punktskatter', '', '80,4', '', '82,0', '', 'Övrigt', '', '20,0', '', '19,5', ''].join('\n');
    const r = read('b.txt', text);
    expect(r.rows[0]).toEqual(['Skatt på arbete', '640100000000', '655300000000']);
    expect(r.cols).toEqual([
      ['SEK', 1e9, true],
      ['SEK', 1e9, true],
    ]);
  });

  it('takes nothing when the paragraph figure is far from the table figures, or the table states a unit', () => {
    const far = ['Satsningen omfattar 5 miljarder kronor.', '', 'Post\t2022\t2023', 'Skola\t210,5\t220,0', 'Omsorg\t150,2\t160,8', ''].join('\n');
    expect(read('c.txt', far).cols).toEqual([
      [null, 1, false],
      [null, 1, false],
    ]);
    const stated = ['Kommunen omsätter omkring 450 miljoner kronor.', '', 'Post\tAntal 2022\tAntal 2023', 'Skola\t210\t220', 'Omsorg\t150\t160', ''].join('\n');
    expect(read('d.txt', stated).cols).toEqual([
      ['count', 1, false],
      ['count', 1, false],
    ]);
  });

  it('takes nothing when the paragraph names two scales that both fit', () => {
    const figures = [new Decimal('300'), new Decimal('120')];
    expect(impliedUnit('Ramen är 400 miljoner kronor och lånen 250 miljarder kronor.', figures)).toBeNull();
    expect(impliedUnit('Ramen är 400 miljoner kronor och 250 miljoner kronor i fjol.', figures)).toEqual({ unit: 'SEK', scale: 1e6 });
    expect(impliedUnit('Ramen är 400 kronor.', figures)).toBeNull();
  });
});
