import { Decimal } from 'decimal.js';
import type { Figure } from '../../compare/interval.js';
import { compareSum } from '../../compare/interval.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { t } from '../../messages/index.js';
import type { RuleFinding } from '../types.js';
import { amountDoubts } from './amount-doubts.js';
import { differenceText, figureText } from './figure-text.js';
import { bulletLists } from './lists.js';
import { moneyBySentence } from './money-by-sentence.js';
import { trailingZeros } from '../../tables/column-reading.js';

/**
 * A list that ends with its own total, as pages print a table they did not set as one:
 *
 *   ## Fördelning per kassa            Medlen fördelas så här:
 *   * Kassa A 1 283 998 kr             - Förebyggande arbete: 40 mnkr
 *   * Kassa B 1 054 374 kr             - Utbildning: 36 mnkr
 *   * Summa 2 338 372 kr               - Totalt: 76 mnkr
 *
 * The last top-level item opens with a word for the whole ("Summa", "Totalt", "Sammanlagt") and
 * gives one amount; every other item gives one amount. The items must make the total. A list
 * with a second total word among its items (a subtotal, sections) is not read: which items
 * make which sum would be a guess.
 */
const TOTAL_WORD = /^[\s*_]*(?:summa|totalt|total|totalsumma|totalbelopp|sammanlagt|sammantaget|samtliga|alla tillsammans)(?![\p{L}\d])/iu;
const MIN_PARTS = 2;

const fig = (a: ProseAmount): Figure => ({ value: a.value, precision: a.precision });

/** Whether a list item states the list's total: its first sentence opens with a word for the whole. */
export function isTotalItem(doc: Document, item: readonly number[]): boolean {
  const first = item[0];
  return first !== undefined && TOTAL_WORD.test(doc.sentences[first]!.text);
}

/** The items of a list and the amount each gives, its last item split off when it states the total. */
export interface ListWithTotal {
  parts: ProseAmount[];
  total: ProseAmount;
}

/** A list's parts and its total item, or null when the list has no total item or is no list of one amount per item. */
export function listTotalItem(doc: Document, items: readonly (readonly number[])[], bySentence = moneyBySentence(doc)): ListWithTotal | null {
  if (items.length < MIN_PARTS + 1 || !isTotalItem(doc, items[items.length - 1]!)) return null;
  if (items.slice(0, -1).some((item) => isTotalItem(doc, item))) return null;
  const amounts = items.map((item) => item.flatMap((k) => bySentence.get(k) ?? []));
  if (amounts.some((a) => a.length !== 1)) return null;
  const all = amounts.map((a) => a[0]!);
  return { parts: all.slice(0, -1), total: all[all.length - 1]! };
}

/**
 * Amounts that all end in three or more zeros as written ("4 000 kr", "12 000 kr") look rounded,
 * as a table column of them does (tables/column-reading.ts): a difference that rounding each of
 * them could make is a doubt, not a certain error.
 */
function evidentRounding(amounts: readonly ProseAmount[], difference: Decimal): string[] {
  const zeros = trailingZeros(amounts.map((a) => a.value.div(a.scale)));
  if (zeros < 3 || !Number.isFinite(zeros)) return [];
  const step = new Decimal(10).pow(zeros).times(amounts[0]!.scale);
  // Each figure may be off by half a step.
  if (difference.abs().gt(step.div(2).times(amounts.length))) return [];
  return [t('doubt.listRoundedZeros', { zeros: '0'.repeat(zeros) })];
}

/** Every list that ends with its own total, checked: the items make the total. */
export function checkListTotalItems(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  const bySentence = moneyBySentence(doc);
  for (const list of bulletLists(doc)) {
    const found = listTotalItem(doc, list.items, bySentence);
    if (!found) continue;
    const { parts, total } = found;
    const c = compareSum(parts.map(fig), fig(total));
    if (c.verdict === 'exact') continue;
    // An amount given as approximate ("cirka 4,5 mnkr") can only make a mismatch a doubt.
    const approximate = [...parts, total].filter((a) => a.qualifier !== 'exact').map((a) => t('doubt.approximateAmount', { raw: a.raw }));
    const doubts = c.verdict === 'mismatch' ? [...approximate, ...amountDoubts([total, ...parts], c.difference), ...evidentRounding([...parts, total], c.difference)] : [];
    out.push({
      severity: c.verdict === 'mismatch' ? (doubts.length > 0 ? 'warning' : 'error') : 'info',
      message:
        t('text.listTotalItem', {
          parts: String(parts.length),
          computed: figureText(c.computed, 'SEK'),
          stated: figureText(c.stated, 'SEK'),
          difference: differenceText(c.difference, c.slack, 'SEK'),
        }) + (c.verdict === 'within-rounding' ? t('sum.withinRounding') : doubts.length > 0 ? t('sum.uncertain', { doubts: doubts.join('; ') }) : ''),
      location: total.location,
      related: parts.map((p) => ({ message: t('text.listSum.part', { raw: p.raw }), location: p.location })),
      expected: c.stated.toFixed(),
      actual: c.computed.toFixed(),
    });
  }
  return out;
}
