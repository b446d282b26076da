import type { Decimal } from 'decimal.js';
import type { ProseAmount } from '../model/amount.js';
import type { Document } from '../model/document.js';
import type { Location } from '../model/location.js';
import { says } from '../lexicon/phrases.js';

/**
 * What a payout decision says about the agreement's money, read from its prose by the
 * phrases of lexicon/phrases.ts (each in several tenses and wordings; seed examples here):
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
  if (says('decisionThis', before)) return 'this';
  if (says('decisionPayOut', before) && says('decisionRecipients', s.slice(s.indexOf(a.raw)))) return 'this';
  if (says('decisionRemaining', before)) return 'remaining';
  if (says('decisionSkr', before)) return 'skr';
  if (says('decisionSetAside', before) || says('decisionInTotal', before)) return 'total';
  if (says('decisionFirst', before)) return 'first';
  if (says('decisionEarlier', before)) return 'earlier';
  return null;
}

export function readStatements(doc: Document): Statement[] {
  const out: Statement[] = [];
  for (const a of doc.amounts) {
    if (a.unit !== null && a.unit !== 'SEK') continue;
    if (a.qualifier !== 'exact' || a.change !== undefined) continue;
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
