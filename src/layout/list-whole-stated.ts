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
/** Words a sentence opens with when it gives the whole (not "tillsammans med …", which names a partner). */
const WHOLE_OPENING = /^(?:totalt|sammanlagt|sammantaget|tillsammans(?![ \u00a0]+med[ \u00a0])|allt som allt|summa|det blir)(?![\p{L}\d])/iu;

/** A word that calls an amount the whole, anywhere in the lead ("Medlen, totalt 3,5 miljoner kronor, …"). */
const WHOLE_WORD = /(?<![\p{L}\d])(?:totalt|sammanlagt|sammantaget|allt som allt|tillsammans(?![ \u00a0]+med[ \u00a0]))(?![\p{L}\d])/iu;

/**
 * The lead names an amount of money and calls it the whole. A lead that only names money
 * ("Länsstyrelsen har beviljat 50 miljoner kronor till två kommuner:") may speak of more than
 * the items, so two items under it stay the prose rules' (text/sum reads them with that doubt).
 */
export function leadStatesMoney(lead: string): boolean {
  return MONEY.test(lead) && WHOLE_WORD.test(lead);
}

export function opensWithWhole(paragraph: string): boolean {
  const t = paragraph.trimStart();
  return WHOLE_OPENING.test(t) && /\d/.test(t);
}
