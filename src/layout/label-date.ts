/**
 * A row label that closes with the day a balance stands at ("Utgående balans 31 dec 2023", "Eget
 * kapital 1 januari 2023", "Ingående balans 1.1.2023", "Eget kapital 2022-12-31"), set against the
 * row's figures by single spaces: the date's year (or the whole date, written as one token) is the
 * label's, not the row's first value (spaced-columns.ts). A year counts as the date's only after a
 * day and a month's name; a token counts as a date only as a whole day, month and year.
 */
const YEAR = /^(?:19|20)\d{2}$/;
const DAY = /^(?:[1-9]|[12]\d|3[01])$/;
const MONTH = /^(?:jan(?:uari)?|feb(?:ruari)?|mar(?:s)?|apr(?:il)?|maj|jun(?:i)?|jul(?:i)?|aug(?:usti)?|sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const DATE_TOKEN = /^(?:(?:19|20)\d{2}-[01]\d-[0-3]\d|[0-3]?\d\.[01]?\d\.(?:19|20)\d{2})$/;

/** The index of the first value after a date closing the label at `at`, or `at` when no date stands there. */
export function afterLabelDate(toks: readonly { text: string }[], at: number): number {
  const a = toks[at]?.text ?? '';
  if (at + 1 >= toks.length) return at;
  if (DATE_TOKEN.test(a) && at > 0) return at + 1;
  if (YEAR.test(a) && at >= 2 && MONTH.test(toks[at - 1]!.text) && DAY.test(toks[at - 2]!.text)) return at + 1;
  return at;
}
