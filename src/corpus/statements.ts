import type { Decimal } from 'decimal.js';
import type { ProseAmount } from '../model/amount.js';
import type { Document } from '../model/document.js';
import type { Location } from '../model/location.js';

/**
 * What a payout decision says about the agreement's money, read from its prose:
 *
 * - `total`      "regeringen avsatt X för ändamålet", "omfattar totalt X": the whole frame
 * - `skr`        "SKR tilldelades X": SKR's part
 * - `first`      "I samband med regeringens beslut om överenskommelsen utbetalades X": the payout after requisition
 * - `remaining`  "Resterande medel, X": what was left for the payouts without requisition
 * - `earlier`    any other "utbetalades X": payouts since
 * - `this`       "Medlen som omfattas av detta beslut, X", "betala ut X kronor till regionerna": this decision's payout
 */
export type Role = 'total' | 'skr' | 'first' | 'remaining' | 'earlier' | 'this';

export interface Statement {
  role: Role;
  value: Decimal;
  precision: Decimal;
  raw: string;
  location: Location;
  context: string;
}

function classify(a: ProseAmount, before: string): Role | null {
  const s = a.context;
  if (/omfattas av detta beslut\W*$/i.test(before)) return 'this';
  if (/\bbetala ut\s*$/i.test(before) && /\btill regionerna\b/i.test(s.slice(s.indexOf(a.raw)))) return 'this';
  if (/^\s*Resterande medel\W*$/i.test(before)) return 'remaining';
  if (skrShare(before)) return 'skr';
  if (/\b(avsatt|avsätter|avsatte)\b[^.]{0,10}$/i.test(before) || /\bomfattar\s+totalt\s*$/i.test(before)) return 'total';
  if (firstPayout(before)) return 'first';
  if (/\butbetalades\s*$/i.test(before)) return 'earlier';
  return null;
}

export function readStatements(doc: Document): Statement[] {
  const out: Statement[] = [];
  for (const a of doc.amounts) {
    if (a.unit !== null && a.unit !== 'SEK') continue;
    if (a.qualifier !== 'exact') continue;
    const at = a.context.indexOf(a.raw);
    if (at < 0) continue;
    const role = classify(a, a.context.slice(0, at));
    if (!role) continue;
    // A sentence can repeat a figure; the first statement of each role and value counts.
    if (out.some((s) => s.role === role && s.value.eq(a.value))) continue;
    out.push({ role, value: a.value, precision: a.precision, raw: a.raw, location: a.location, context: a.context });
  }
  return out;
}

export function statement(list: readonly Statement[], role: Role): Statement | undefined {
  return list.find((s) => s.role === role);
}

const AT_APPROVAL = /\bi samband med regeringens beslut om överenskommelsen\b/gi;

/**
 * "I samband med regeringens beslut om överenskommelsen … utbetalades": the last mention of the
 * approval, then no full stop before a closing "utbetalades". Searched from the last mention so
 * that no pattern is retried at every mention (quadratic on text that repeats the phrase).
 */
function firstPayout(before: string): boolean {
  let end = -1;
  for (const m of before.matchAll(AT_APPROVAL)) end = m.index + m[0].length;
  return end >= 0 && /^[^.]*\butbetalades\s*$/i.test(before.slice(end));
}

const SKR_VERB_AT_END = /\b(tilldela\w*|erhåll\w*|rekvirera\w*)\s*$/i;
const SKR_BEFORE = /\bSKR\b[^.]{0,30}$/i;

/**
 * "SKR tilldelades": SKR at most 30 characters (no full stop) before a closing verb. The verb is
 * found first, from the end; one pattern for both rescans every "SKR" of a long text.
 */
function skrShare(before: string): boolean {
  const verb = SKR_VERB_AT_END.exec(before);
  // One character more than SKR and its 30 can take, so that the slice's start is no false \b.
  return verb !== null && SKR_BEFORE.test(before.slice(Math.max(0, verb.index - 34), verb.index));
}
