import { Decimal } from 'decimal.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { num, t } from '../../messages/index.js';
import { SUMMING_WORDS } from '../../lexicon/phrases.js';
import { differenceText, figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';

/**
 * A rule of payment stated as a rate of a base amount per unit ("25 % av prisbasbeloppet per år
 * och mandat", "30 procent av inkomstbasbeloppet per ledamot"), the base stated ("Prisbasbeloppet
 * är 45 500 kronor"), the units counted ("de 49 mandaten") and a total stated in the rule's
 * paragraph ("… utbetalas med totalt 557 360 kronor"): the total is rate × base × count. Which
 * base, count and total the rule means is read from the words (the base by its noun, the count by
 * the unit's noun, counted one way only in the text), so a mismatch is a warning with the
 * arithmetic.
 */
const CLAIM = /(?<![\d,])(\d{1,3}(?:,\d+)?)\s*(?:%|procent)\s+av\s+(\p{L}{4,})\s+per\s+(?:(?:år|månad|kalenderår)\s+och\s+)?(\p{L}{3,})/iu;
/** The base amount must stand this near after its noun ("prisbasbeloppet 45 500 kronor", "Prisbasbeloppet är 45 500 kronor"). */
const BASE_REACH = 30;
/** The summing word stands among the last words within this many characters before the total ("med totalt 557 360 kronor"). */
const TOTAL_REACH = 12;
const MAX_COUNT = 100_000;

/** A noun without its definite or genitive ending: "prisbasbeloppet" → "prisbasbelopp". */
const stem = (noun: string): string => noun.toLowerCase().replace(/(?:ets|ens|et|en|s)$/u, '');
/** A unit noun's mark: its first letters, which its plural and definite forms keep ("mandat", "mandaten"; "ledamot", "ledamöter"). */
const mark = (noun: string): string => noun.toLowerCase().slice(0, Math.min(5, noun.length));

const HUNDRED = new Decimal(100);

/** Where an amount stands in its sentence. */
const at = (doc: Document, a: ProseAmount): number => (doc.sentences[a.sentence]?.text ?? '').indexOf(a.raw);

export const rateTotal: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'text/rate-total',
    description: 'En summa som ska vara en andel av ett basbelopp gånger ett antal stämmer med det',
    severity: 'warning',
    docs:
      'When a paragraph states a rate of a base amount per unit ("25 % av prisbasbeloppet per år och mandat"), the text states the ' +
      'base ("prisbasbeloppet är 45 500 kronor") and counts the units one way only ("de 49 mandaten"), and the paragraph states a ' +
      'total ("totalt 557 360 kronor"), the total must be rate × base × count (each unit’s share rounded to the krona when it is ' +
      'not whole). Which base, count and total are meant is read from the words, so a mismatch is a warning with the arithmetic.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    doc.sentences.forEach((s) => {
      const m = CLAIM.exec(s.text);
      if (!m) return;
      const rate = new Decimal(m[1]!.replace(',', '.'));
      const base = stem(m[2]!);
      const unit = mark(m[3]!);
      const money = doc.amounts.filter((a) => a.unit === 'SEK' && !a.change && doc.sentences[a.sentence]?.block === s.block);
      // The base: an amount right after its noun, in the rule's paragraph.
      const bases = money.filter((a) => {
        const text = (doc.sentences[a.sentence]?.text ?? '').toLowerCase();
        const p = at(doc, a);
        const n = text.lastIndexOf(base, p);
        return n >= 0 && p - n <= BASE_REACH + base.length;
      });
      const baseValues = new Set(bases.map((a) => a.value.toFixed()));
      if (baseValues.size !== 1) return;
      const baseAmount = bases[0]!;
      // The total: an amount right after a summing word, in the rule's paragraph.
      const totals = money.filter((a) => {
        if (a.value.eq(baseAmount.value)) return false;
        const before = (doc.sentences[a.sentence]?.text ?? '').slice(0, at(doc, a)).toLowerCase();
        // "totalt 557 360", "med totalt 557 360", "totalt ungefär …": a summing word among the last two words before it.
        const words = before.slice(-TOTAL_REACH * 3).split(/\s+/).filter((w) => w !== '').slice(-2);
        return words.some((w) => SUMMING_WORDS.has(w.replace(/[^\p{L}]/gu, '')));
      });
      if (new Set(totals.map((a) => a.value.toFixed())).size !== 1) return;
      const total = totals[0]!;
      // The count: a whole number right before the unit's noun, anywhere in the prose, one value only.
      const counts = new Set<string>();
      for (const other of doc.sentences) {
        for (const c of other.text.matchAll(/(?<![\d,.])(?<![\d,.][ \u00a0])(\d{1,5})\s+(\p{L}+)/gu)) {
          if (mark(c[2]!) === unit && c[2]!.length >= m[3]!.length) counts.add(c[1]!);
        }
      }
      if (counts.size !== 1) return;
      const count = new Decimal([...counts][0]!);
      if (count.isZero() || count.gt(MAX_COUNT)) return;
      const each = rate.div(HUNDRED).times(baseAmount.value);
      const computed = each.times(count);
      // Each unit's share rounded to the krona when the rate does not make it whole.
      const slack = each.isInteger() ? new Decimal(0) : count.times('0.5');
      const difference = computed.minus(total.value);
      if (difference.abs().lte(slack.plus(total.precision).plus(baseAmount.precision.times(rate).div(HUNDRED).times(count)))) return;
      out.push({
        severity: 'warning',
        message:
          t('text.rateTotal', {
            rule: m[0],
            rate: num(rate),
            base: figureText(baseAmount.value, 'SEK'),
            count: num(count),
            unit: m[3]!,
            computed: figureText(computed, 'SEK'),
            total: figureText(total.value, 'SEK'),
            difference: differenceText(difference, slack, 'SEK'),
          }) + t('sum.uncertain', { doubts: t('text.rateTotal.doubt') }),
        location: total.location,
        expected: computed.toFixed(),
        actual: total.value.toFixed(),
      });
    });
    return out;
  },
};
