/**
 * Dates written with an abbreviated or English month name, as news platforms print the
 * dateline of a release ("Nyhet • Aug 03, 2016 11:00 CEST", "June 30, 2017", "3 aug. 2016",
 * "12 okt 2021"). Dates with a full Swedish month name ("12 mars 2023") are read in facts.ts.
 */

/** Month number by the month's stem, Swedish and English. */
const MONTH_OF: Record<string, number> = {
  jan: 1, january: 1,
  feb: 2, february: 2,
  mar: 3, march: 3,
  apr: 4, april: 4,
  maj: 5, may: 5,
  jun: 6, june: 6,
  jul: 7, july: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

// Longest names first so that "june" is not read as "jun" and a stray "e".
const NAMES = Object.keys(MONTH_OF).sort((a, b) => b.length - a.length).join('|');
/** "Aug 03, 2016", "June 30 2017": month first (English order). */
const MONTH_FIRST = new RegExp(`\\b(${NAMES})\\.? (\\d{1,2}),? ((?:19|20)\\d{2})\\b`, 'gi');
/** "3 aug. 2016", "30 June 2017": day first. */
const DAY_FIRST = new RegExp(`\\b(\\d{1,2}) (${NAMES})\\.? ((?:19|20)\\d{2})\\b`, 'gi');

export interface MonthDate {
  /** Offset of the date in the text. */
  at: number;
  /** Its text as written. */
  raw: string;
  /** YYYY-MM-DD. */
  date: string;
}

function iso(year: string, month: number, day: string): string | null {
  const d = Number(day);
  if (d < 1 || d > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Every such date in the text, in order. */
export function monthDates(text: string): MonthDate[] {
  const out: MonthDate[] = [];
  for (const m of text.matchAll(MONTH_FIRST)) {
    const date = iso(m[3]!, MONTH_OF[m[1]!.toLowerCase()]!, m[2]!);
    if (date) out.push({ at: m.index, raw: m[0], date });
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    const date = iso(m[3]!, MONTH_OF[m[2]!.toLowerCase()]!, m[1]!);
    if (date) out.push({ at: m.index, raw: m[0], date });
  }
  return out.sort((a, b) => a.at - b.at);
}
