import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * Bulleted items whose amount stands on the item's second line, alone or after a field's name, as
 * grant lists print a recipient and a project over the sum granted; written for this test in two
 * wordings, with items whose second lines name different things as the counter-case.
 */
const rowsOf = (text: string) =>
  docOf({ file: 'items.txt', text }).tables.flatMap((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('list items with the amount on their second line', () => {
  it('reads the amount alone on the second line, the first line the label', () => {
    const text = 'Stiftelsen beviljade bland annat:\n\n • Anna Svensson, Lunds universitet. Hållbara städer.\n  3 000 000 kronor.\n • Per Olsson, Umeå universitet. Skogens klimat.\n  2 997 432 kronor.\n • Eva Berg, KTH. Framtidens stad.\n  2 999 931 kronor.\n';
    expect(rowsOf(text)).toEqual([
      ['Anna Svensson, Lunds universitet. Hållbara städer.', '3000000'],
      ['Per Olsson, Umeå universitet. Skogens klimat.', '2997432'],
      ['Eva Berg, KTH. Framtidens stad.', '2999931'],
    ]);
  });

  it('reads the amount after the same field name on every item', () => {
    const text = 'Några av projekten:\n\n- Föreningen Vägen, Malmö: läger för unga\n  Beviljat belopp: 1,2 miljoner kronor\n- Idrottsalliansen, Kiruna: simskola för nyanlända\n  Beviljat belopp: 850 000 kronor\n- Teatern i Ljusdal: turné i länet\n  Beviljat belopp: 2,5 miljoner kronor\n';
    expect(rowsOf(text)).toEqual([
      ['Föreningen Vägen, Malmö: läger för unga', '1200000'],
      ['Idrottsalliansen, Kiruna: simskola för nyanlända', '850000'],
      ['Teatern i Ljusdal: turné i länet', '2500000'],
    ]);
  });

  it('reads no table where the second lines name different things', () => {
    const text = 'Läget i projekten:\n\n • Anna Svensson, Lunds universitet.\n  Beviljat: 3 000 000 kronor.\n • Per Olsson, Umeå universitet.\n  Återbetalt: 250 000 kronor.\n • Eva Berg, KTH.\n  Sökt: 2 999 931 kronor.\n';
    expect(rowsOf(text)).toEqual([]);
  });
});
