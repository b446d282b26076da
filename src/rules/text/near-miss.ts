import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import type { Location } from '../../model/location.js';
import { figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { slipBetween, type Slip } from '../support/digit-slip.js';
import { LINK, verbOf } from '../../lexicon/money-verbs.js';
import { recipientsAfter } from '../support/recipients.js';
import { captionTable, isPlainMoney, tableTotals, type TableTotal } from '../support/table-totals.js';
import { t } from '../../messages/index.js';

/**
 * Two amounts that should be the same and differ like a typing slip: one digit, two swapped
 * digits, or a factor of a thousand ("2 446 000 000" in the text, "2 466 000 000" in the
 * table). "The same role" is kept narrow so that different amounts are never paired: a
 * sentence that pays out or distributes money against a table total or caption amount, or
 * two such sentences with the same verb and the same recipient.
 */
interface Place {
  value: ProseAmount['value'];
  /** Half-width of the written figure's interval: "182 miljoner" stands for 181,5–182,5 miljoner. */
  precision: ProseAmount['precision'];
  raw: string;
  location: Location;
  what: string;
}

/** The catalogue's words for each kind of slip. */
const SLIP_TEXT: Record<Slip, 'slip.digit' | 'slip.swapped' | 'slip.thousand'> = {
  'en siffra': 'slip.digit',
  'två omkastade siffror': 'slip.swapped',
  'en faktor 1 000': 'slip.thousand',
};

const key = (l: Location): string => `${l.page ?? ''}:${l.line ?? ''}:${l.column ?? ''}`;

export const nearMiss: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'text/near-miss',
    description: 'Två belopp med samma roll som skiljer sig som ett skrivfel',
    severity: 'warning',
    docs:
      'Compares amounts that should agree: a sentence that pays out or distributes money (betala ut, fördelas, tilldelas, ' +
      'i enlighet med bilaga N) against every table total and caption amount, a caption amount against its table total, and ' +
      'two such sentences with the same verb and recipient. Amounts that differ in one digit, in two adjacent swapped digits ' +
      'or by a factor of 1 000 are reported, naming both places. Amounts below 10 000 kr, percentages, and round figures ' +
      'with fewer than three significant digits are ignored; equal amounts never are reported.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    const seen = new Set<string>();
    const report = (a: Place, b: Place): void => {
      // Figures that meet within their rounding are the same figure written more roughly, not a slip.
      if (a.value.minus(b.value).abs().lte(a.precision.plus(b.precision))) return;
      const slip = slipBetween(a.value, b.value);
      // One finding per amount: the table total is compared first, then captions, then prose.
      if (!slip || seen.has(key(a.location))) return;
      seen.add(key(a.location));
      out.push({
        message: t('text.nearMiss', { a: a.what, aValue: figureText(a.value, 'SEK'), b: b.what, bValue: figureText(b.value, 'SEK'), slip: t(SLIP_TEXT[slip]) }),
        location: a.location,
        related: [{ message: t('text.nearMiss.related', { what: b.what, raw: b.raw }), location: b.location }],
        expected: b.value.toFixed(),
        actual: a.value.toFixed(),
      });
    };

    const totalPlace = (total: TableTotal): Place => ({
      value: total.figure.value,
      precision: total.figure.precision,
      raw: figureText(total.figure.value, 'SEK'),
      location: total.location,
      what: total.source === 'row' ? t('text.tableTotalRow') : t('text.tableSum'),
    });
    const totals = doc.tables.flatMap(tableTotals).map(totalPlace);
    const bySentence = new Map<number, ProseAmount[]>();
    for (const a of doc.amounts) if (isPlainMoney(a)) bySentence.set(a.sentence, [...(bySentence.get(a.sentence) ?? []), a]);

    const captions: Place[] = [];
    const prose: { place: Place; role: string | null }[] = [];
    for (const amounts of bySentence.values()) {
      amounts.forEach((a, i) => {
        const table = captionTable(doc, a);
        const place: Place = { value: a.value, precision: a.precision, raw: a.raw, location: a.location, what: table ? t('text.caption') : t('text.prose') };
        if (table) {
          const own = tableTotals(table);
          for (const t of own) report(place, totalPlace(t));
          // A caption is a second source for prose only when its table gives no total to compare with.
          if (own.length === 0) captions.push(place);
          return;
        }
        if (!LINK.test(a.context)) return;
        const verb = verbOf(a.context);
        const to = recipientsAfter(amounts, i)[0];
        prose.push({ place, role: verb && to ? `${verb}|${to}` : null });
      });
    }
    for (const p of prose) for (const other of [...totals, ...captions]) report(p.place, other);
    for (let i = 0; i < prose.length; i++) {
      for (let j = i + 1; j < prose.length; j++) {
        const a = prose[i]!;
        const b = prose[j]!;
        if (a.role !== null && a.role === b.role) report(b.place, { ...a.place, what: t('text.earlier') });
      }
    }
    return out;
  },
};
