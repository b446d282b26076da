import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';

/**
 * A list whose items write their figure in kronor on some lines only, the unit on the first item
 * and the bare figure after it, as local papers print grants:
 *
 *   - Balsta bygdegård: 17 371 kronor
 *   - Sveaborgs bygdegård: 7 995
 *
 * An item that gives one bare figure in digit groups, and no amount with a unit, is in kronor
 * too, when every item that writes a unit writes kronor. That is a reading of the list, not
 * of the item: the figures so read are returned apart, so that a sum over them warns.
 */
export function kronorItems(doc: Document, items: readonly number[][], itemAmounts: readonly ProseAmount[][]): { amounts: ProseAmount[][]; read: ProseAmount[] } | null {
  const written = itemAmounts.filter((a) => a.length > 0);
  if (written.length === 0 || written.length === itemAmounts.length) return null;
  if (!written.every((a) => a.length === 1 && a[0]!.unit === 'SEK' && a[0]!.scale === 1)) return null;
  const read: ProseAmount[] = [];
  const amounts = itemAmounts.map((a, i) => {
    if (a.length > 0) return [...a];
    const sentences = new Set(items[i]);
    const bare = doc.amounts.filter((x) => sentences.has(x.sentence));
    if (bare.length !== 1 || bare[0]!.unit !== null || bare[0]!.qualifier !== 'exact' || bare[0]!.change !== undefined) return [];
    const kronor: ProseAmount = { ...bare[0]!, unit: 'SEK' };
    read.push(kronor);
    return [kronor];
  });
  return amounts.every((a) => a.length === 1) ? { amounts, read } : null;
}
