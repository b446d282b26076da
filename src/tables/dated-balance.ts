/**
 * A balance named by the day it stands at rather than by "ingående"/"utgående": "Eget kapital
 * 2022-01-01" … "Eget kapital 2022-12-31", "Balanserat resultat 1 januari" … "Balanserat resultat
 * 31 december", "Ingående balans 1.1.2023" … "Utgående balans 31.12.2023". A date on the first day
 * of a month opens a period, a date on the last day of a month closes one (a year, or a
 * delårsrapport's "30 juni"/"2023-08-31"); any other day ("2023-06-15") says neither.
 *
 * The date is no part of what the balance is of: the subject of "Eget kapital 2022-01-01" and of
 * "Eget kapital 2022-12-31" is the same, so the two make a roll (rules/table/balance-roll.ts) and
 * the rows between them move the balance (balance-movements.ts).
 */

const MONTHS: readonly (readonly [RegExp, number])[] = [
  [/^jan(?:uari)?$/i, 1],
  [/^feb(?:ruari)?$/i, 2],
  [/^mar(?:s)?$/i, 3],
  [/^apr(?:il)?$/i, 4],
  [/^maj$/i, 5],
  [/^jun(?:i)?$/i, 6],
  [/^jul(?:i)?$/i, 7],
  [/^aug(?:usti)?$/i, 8],
  [/^sep(?:t|tember)?$/i, 9],
  [/^okt(?:ober)?$/i, 10],
  [/^nov(?:ember)?$/i, 11],
  [/^dec(?:ember)?$/i, 12],
];

/** The dates a label may carry; each alternative is anchored on digits or month letters, so no two overlap in how they match. */
const ISO = String.raw`(?:19|20)\d{2}-[01]\d-[0-3]\d`;
const DOTTED = String.raw`[0-3]?\d\.[01]?\d\.(?:19|20)\d{2}`;
const WORDED = String.raw`[0-3]?\d\s[a-zA-ZåäöÅÄÖ]{3,9}\.?(?:\s(?:19|20)\d{2})?`;
/** The date closing the label, or standing before its last comma ("Eget kapital 2022-12-31, mnkr" is not read here: units are taken off the label first). */
const DATE = new RegExp(String.raw`(?:^|\s)(?:(?:per|den|vid|från|till)\s)?(${ISO}|${DOTTED}|${WORDED})(?=$|[\s,:;)])`, 'giu');

function monthOf(word: string): number | null {
  for (const [re, n] of MONTHS) if (re.test(word)) return n;
  return null;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Day and month of a date's text, or null when it is no date ("12 projekt"). */
function dayMonth(text: string): { day: number; month: number } | null {
  let m = /^(?:19|20)\d{2}-([01]\d)-([0-3]\d)$/.exec(text);
  if (m) return valid(Number(m[2]), Number(m[1]));
  m = /^([0-3]?\d)\.([01]?\d)\.(?:19|20)\d{2}$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]));
  m = /^([0-3]?\d)\s([a-zA-ZåäöÅÄÖ]{3,9})\.?(?:\s(?:19|20)\d{2})?$/.exec(text);
  if (m) {
    const month = monthOf(m[2]!);
    return month === null ? null : valid(Number(m[1]), month);
  }
  return null;
}

function valid(day: number, month: number): { day: number; month: number } | null {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS[month - 1]! ? { day, month } : null;
}

export interface DatedBalance {
  kind: 'opening' | 'closing';
  /** The label without the date (and the word before it: "per", "den"), lower case, spaces folded. */
  subject: string;
}

/** The one date in a label, as the span it covers and its day and month; null when none or more than one. */
function onlyDate(label: string): { from: number; to: number; day: number; month: number } | null {
  const found: { from: number; to: number; day: number; month: number }[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(label); m !== null; m = DATE.exec(label)) {
    const dm = dayMonth(m[1]!);
    if (dm) found.push({ from: m.index, to: m.index + m[0].length, ...dm });
  }
  return found.length === 1 ? found[0]! : null;
}

/** The label with its one date taken out, or the label as it is when it holds none (or several). */
export function withoutBalanceDate(label: string): string {
  const d = onlyDate(label);
  return d === null ? label : (label.slice(0, d.from) + ' ' + label.slice(d.to)).replace(/\s+/g, ' ').trim();
}

/**
 * An opening or closing balance read from the date in its label, or null. The first day of a
 * month opens, the last day of a month closes; the label must hold words besides the date (a row
 * that is only a date is a line of a time series, not a balance).
 */
export function datedBalance(label: string): DatedBalance | null {
  const d = onlyDate(label.trim());
  if (d === null) return null;
  const kind = d.day === 1 ? 'opening' : isLastDay(d.day, d.month) ? 'closing' : null;
  if (kind === null) return null;
  const subject = withoutBalanceDate(label.trim()).replace(/[,:]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  return /[a-zåäö]/.test(subject) ? { kind, subject } : null;
}

/** The last day of a month; February closes on the 28th or the 29th, either read as its last. */
function isLastDay(day: number, month: number): boolean {
  return day === DAYS[month - 1] || (month === 2 && day === 28);
}
