/**
 * Whether the text around a short list states the whole its items are parts of: the lead-in
 * names an amount of money as the whole ("Medlen, totalt 3,5 miljoner kronor, fördelas så här:"), or the
 * paragraph right after the items opens with a word for the whole and gives a figure
 * ("Totalt fördelas 63 546 tkr.", "Sammanlagt blir det 9,2 miljoner kronor."). Two items under
 * such a lead are a list a person reads as the parts of that whole; two items under a bare
 * "Följande får medel:" with nothing stated after them may as well be prose.
 */
/** A figure with a money word right after it (one space or none): linear, no nested repetition. */
const MONEY = /\d[ \u00a0]?(?:miljarder|miljard|miljoner|miljon|tusen|kronor|kr|mnkr|mkr|tkr|mdkr|msek)(?![\p{L}\d])/iu;
/** Words that call an amount the whole (not "tillsammans med …", which names a partner). */
const WHOLE = String.raw`totalt|sammanlagt|sammantaget|tillsammans(?![ \u00a0]+med[ \u00a0])|allt som allt`;
/** The same words, or a sum's own, opening a sentence that gives the whole. */
const WHOLE_OPENING = new RegExp(String.raw`^(?:${WHOLE}|summa|det blir)(?![\p{L}\d])`, 'iu');

/** One of them anywhere in the lead ("Medlen, totalt 3,5 miljoner kronor, …"). */
const WHOLE_WORD = new RegExp(String.raw`(?<![\p{L}\d])(?:${WHOLE})(?![\p{L}\d])`, 'iu');

/**
 * The lead names an amount of money and calls it the whole. A lead that only names money
 * ("Länsstyrelsen har beviljat 50 miljoner kronor till två kommuner:") may speak of more than
 * the items, so two items under it stay the prose rules' (text/sum reads them with that doubt).
 */
export function leadStatesWhole(lead: string): boolean {
  return MONEY.test(lead) && WHOLE_WORD.test(lead);
}

export function opensWithWhole(paragraph: string): boolean {
  const t = paragraph.trimStart();
  return WHOLE_OPENING.test(t) && /\d/.test(t);
}
