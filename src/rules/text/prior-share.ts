import { Decimal } from 'decimal.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Document, Sentence } from '../../model/document.js';
import type { Location } from '../../model/location.js';
import type { Cell, Table } from '../../model/table.js';
import { compareFigures } from '../../compare/interval.js';
import {
  COMPARED,
  DECREASE_BEFORE,
  FRACTION,
  FRACTION_SHARE,
  INCREASE_BEFORE,
  LESS_THAN,
  MORE_THAN,
  PRIOR_YEAR,
  PRIOR_YEAR_NUMBER,
  QUALIFIER_RANGE,
  SHARE_OF,
} from '../../lexicon/prior-year-words.js';
import { num, t } from '../../messages/index.js';
import { figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';

/**
 * A sentence that gives an amount as a share of last year's ("motsvarar 72 procent av fjolårets
 * anslag på 100 miljoner kronor", "15 % mer än förra årets 40 miljoner", "drygt hälften av 2022
 * års nivå") is checked against the two amounts when both are stated: in the sentence (last
 * year's right after the words that name it), or this year's in the sentence and both in a table
 * with a column for each of the two years. The share the amounts make, with their rounding, must
 * meet the share the words state, with theirs (a qualifier widens it as `claim/approximate` reads
 * it). What the comparison is taken against is read from the words, and pages often compare with
 * a base they do not show (last year's budget or outcome, a revised figure), so a mismatch is
 * always a warning.
 */

/** How near after the words for last year its amount must stand ("fjolårets anslag på 100 miljoner"). */
const PRIOR_REACH = 40;
/** How near after the share the words for last year must stand ("72 procent av fjolårets"). */
const SHARE_REACH = 60;
const YEAR = /(?:^|\s)((?:19|20)\d{2})$/;
const HUNDRED = new Decimal(100);

interface Claim {
  /** The words as written ("72 procent av", "drygt hälften av"). */
  words: string;
  /** The ratio of this year's amount to last year's that the words allow. */
  low: Decimal;
  high: Decimal;
  location: Location;
  /** Where the words end in the sentence: last year's words follow. */
  end: number;
}

function qualified(low: Decimal, high: Decimal, qualifier: string | undefined): [Decimal, Decimal] {
  const range = qualifier ? QUALIFIER_RANGE.get(qualifier.toLowerCase().replace(/\s+/g, ' ')) : undefined;
  return range ? [low.times(range[0]), high.times(range[1])] : [low, high];
}

/** The share the sentence states, read from a percent and the words around it, or from a fraction in words. */
function claimOf(text: string, sentence: Sentence, percents: readonly ProseAmount[]): Claim | null {
  for (const a of percents) {
    const at = text.indexOf(a.raw);
    if (at < 0) continue;
    const before = text.slice(0, at);
    const after = text.slice(at + a.raw.length);
    const v = a.value;
    const p = a.precision;
    let low: Decimal;
    let high: Decimal;
    let end = at + a.raw.length;
    const q = a.qualifier === 'exact' ? undefined : a.qualifier;
    // "av", "mer än" after the percent are the claim's words; "jämfört med 2021" after a change named before it names the year.
    const follows = SHARE_OF.test(after) || MORE_THAN.test(after) || LESS_THAN.test(after);
    if (SHARE_OF.test(after)) [low, high] = qualified(v.minus(p).div(HUNDRED), v.plus(p).div(HUNDRED), q);
    else if (MORE_THAN.test(after) || (INCREASE_BEFORE.test(before) && COMPARED.test(after))) {
      const [l, h] = qualified(v.minus(p), v.plus(p), q);
      [low, high] = [l.div(HUNDRED).plus(1), h.div(HUNDRED).plus(1)];
    } else if (LESS_THAN.test(after) || (DECREASE_BEFORE.test(before) && COMPARED.test(after))) {
      const [l, h] = qualified(v.minus(p), v.plus(p), q);
      [low, high] = [new Decimal(1).minus(h.div(HUNDRED)), new Decimal(1).minus(l.div(HUNDRED))];
    } else continue;
    const m = follows ? /^\s*\S+(?:\s+än)?/u.exec(after) : null;
    end += m ? m[0].length : 0;
    if (!PRIOR_YEAR.test(text.slice(end, end + SHARE_REACH))) continue;
    const start = INCREASE_BEFORE.test(before) || DECREASE_BEFORE.test(before) ? verbStart(before) : at;
    return { words: text.slice(start, end).trim(), low, high, location: a.location, end };
  }
  const f = FRACTION.exec(text);
  if (!f) return null;
  const end = f.index + f[0].length;
  if (!PRIOR_YEAR.test(text.slice(end, end + SHARE_REACH))) return null;
  const share = FRACTION_SHARE.find(([re]) => re.test(f[2]!.replace(/\s+/g, ' ')))?.[1];
  if (!share) return null;
  const s = new Decimal(share);
  // A fraction in words with no qualifier is read as "cirka".
  const [low, high] = qualified(s, s, f[1] ?? 'cirka');
  return { words: f[0].trim(), low, high, location: sentence.location, end };
}

/** Where the last two words of the text begin: the verb or noun of change and its "med" or "på". */
function verbStart(before: string): number {
  const text = before.trimEnd();
  const last = text.lastIndexOf(' ');
  return text.lastIndexOf(' ', last - 1) + 1;
}

interface Pair {
  current: { value: Decimal; precision: Decimal; raw: string };
  prior: { value: Decimal; precision: Decimal; raw: string };
  /** Where the two were found, when not in the sentence. */
  source: string | null;
}

/** The years of a table's value columns, by column index. */
function yearColumns(table: Table): Map<number, number> {
  const out = new Map<number, number>();
  table.columns.forEach((c, k) => {
    const m = YEAR.exec(c.header.join(' ').trim());
    if (m && c.unit === 'SEK' && !c.rate) out.set(k, Number(m[1]));
  });
  return out;
}

/**
 * This year's amount found in one row of a table with columns for a year and the year before it:
 * that row's cell of the year before is last year's. Exactly one such row in the document, or none.
 */
function fromTables(doc: Document, current: ProseAmount, priorYear: number | null): Pair | null {
  const found: Pair[] = [];
  for (const table of doc.tables) {
    const years = yearColumns(table);
    for (const [k, y] of years) {
      const before = [...years].find(([, z]) => z === y - 1)?.[0];
      if (before === undefined || (priorYear !== null && y - 1 !== priorYear)) continue;
      for (const row of table.rows) {
        const cur = row.cells[k];
        const pri = row.cells[before];
        if (!usable(cur) || !usable(pri)) continue;
        const c = compareFigures({ value: current.value, precision: current.precision }, { value: cur.value!, precision: cur.precision });
        if (c.verdict === 'mismatch') continue;
        found.push({
          current: { value: current.value, precision: current.precision, raw: current.raw },
          prior: { value: pri.value!, precision: pri.precision, raw: pri.raw },
          source: t('text.priorShare.table', { row: row.label, column: table.columns[before]!.header.join(' ').trim() }),
        });
      }
    }
  }
  return found.length === 1 ? found[0]! : null;
}

const usable = (c: Cell | undefined): c is Cell => c !== undefined && c.value !== null && !c.value.isZero() && !c.uncertain;

function pairOf(doc: Document, text: string, claim: Claim, money: readonly ProseAmount[]): Pair | null {
  const prior = PRIOR_YEAR.exec(text.slice(claim.end));
  if (!prior) return null;
  const priorEnd = claim.end + prior.index + prior[0].length;
  // Last year's amount right after the words that name it; this year's the sentence's other amount.
  const stated = money.filter((a) => {
    const at = text.indexOf(a.raw);
    return at >= priorEnd && at - priorEnd <= PRIOR_REACH;
  });
  const others = money.filter((a) => a !== stated[0]);
  if (stated.length === 1 && others.length === 1) return { current: others[0]!, prior: stated[0]!, source: null };
  // One amount: this year's ("… jämfört med 2021 och blir 1 380 000 kronor"), last year's in a table.
  if (money.length !== 1) return null;
  const named = PRIOR_YEAR_NUMBER.exec(prior[0]) ?? (prior[1] ? [prior[0], prior[1]] : null);
  return fromTables(doc, money[0]!, named ? Number(named[1]) : null);
}

function check(doc: Document, index: number, sentence: Sentence): RuleFinding | null {
  const text = sentence.text;
  if (!PRIOR_YEAR.test(text)) return null;
  const amounts = doc.amounts.filter((a) => a.sentence === index);
  const claim = claimOf(text, sentence, amounts.filter((a) => a.unit === 'percent'));
  if (!claim) return null;
  const money = amounts.filter((a) => a.unit === 'SEK' && !a.change && !a.value.isZero());
  const pair = pairOf(doc, text, claim, money);
  if (!pair) return null;
  const { current, prior } = pair;
  if (prior.value.lte(prior.precision)) return null;
  const low = current.value.minus(current.precision).div(prior.value.plus(prior.precision));
  const high = current.value.plus(current.precision).div(prior.value.minus(prior.precision));
  // The two meet within their rounding: nothing to say.
  if (high.gte(claim.low) && low.lte(claim.high)) return null;
  const ratio = current.value.div(prior.value).times(HUNDRED);
  const pct = (d: Decimal): string => num(d.times(HUNDRED).toDecimalPlaces(1));
  const range = claim.low.eq(claim.high) ? `${pct(claim.low)} %` : `${pct(claim.low)}–${pct(claim.high)} %`;
  return {
    severity: 'warning',
    message:
      t('text.priorShare', {
        sentence: text.trim(),
        words: claim.words,
        current: figureText(current.value, 'SEK'),
        prior: figureText(prior.value, 'SEK'),
        source: pair.source ?? '',
        ratio: num(ratio.toDecimalPlaces(1)),
        range,
      }) + t('sum.uncertain', { doubts: t('text.priorShare.doubt') }),
    location: claim.location,
    expected: claim.low.plus(claim.high).div(2).times(HUNDRED).toDecimalPlaces(2).toFixed(),
    actual: ratio.toDecimalPlaces(2).toFixed(),
  };
}

export const priorShare: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'text/prior-share',
    description: 'En andel av fjolårets belopp i texten stämmer med de två beloppen',
    severity: 'warning',
    docs:
      'A sentence that gives an amount as a share of, or a change over, last year\'s ("motsvarar 72 procent av fjolårets anslag", ' +
      '"15 % mer än förra årets belopp", "drygt hälften av 2022 års nivå") is checked when both amounts are stated: in the sentence, ' +
      'last year\'s right after the words naming it, or this year\'s in the sentence and both in one row of a table with a column ' +
      'for each year. The share the amounts make, with their rounding, must meet the share the words state (a qualifier widens it). ' +
      'What the share is taken of is read from the words, so a mismatch is always a warning, with the arithmetic.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    doc.sentences.forEach((s, k) => {
      const f = check(doc, k, s);
      if (f) out.push(f);
    });
    return out;
  },
};
