import type { DocumentRule } from '../types.js';
import { checkListCounts } from '../support/list-count.js';
import { checkListSums } from '../support/list-sum.js';
import { checkListTotalItems } from '../support/list-total-item.js';
import { checkListSectionTotals } from '../support/list-section-total.js';
import { checkTrailingTotals } from '../support/trailing-total.js';
import { checkTotalsInNextSentence } from '../support/total-in-next-sentence.js';
import { checkTotalsAfterLists } from '../support/total-after-list.js';
import { checkVarav } from '../support/varav-sum.js';
import { checkReferredSplits } from '../support/referred-split.js';
import { checkDividedAfter } from '../support/divided-after.js';
import { checkRemainderSums } from '../support/remainder-sum.js';
import { checkTotalThenParts } from '../support/total-then-parts.js';
import { checkCountedGrants } from '../support/counted-grants.js';
import { checkCountedInline } from '../support/counted-inline.js';
import { checkNumberedParts } from '../support/numbered-parts.js';
import { checkClosingTotals } from '../support/closing-total.js';
import { checkCountedRows } from '../support/counted-rows.js';
import { checkAmountFirstLines } from '../support/amount-first-lines.js';

/** Decompositions stated in prose add up: "varav" parts, bulleted lists of amounts, counted lists. */
export const sum: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'text/sum',
    description: 'Uppdelningar i texten summerar: varav-led, listor med belopp och antal punkter',
    severity: 'error',
    docs:
      'Three checks on prose. (1) "X kronor, varav A … och B …" in one sentence: the parts may not exceed X; they must make ' +
      'X only when the last part is presented as the rest (resterande, övriga). (2) A sentence with an amount and a colon, ' +
      'followed by a bulleted list with one amount per item, or a lead such as "Medel till regionerna utbetalas från följande ' +
      'anslagsposter:" tied to the one amount earlier paid to the same recipient: the items must add up to it (a shortfall is ' +
      'tolerated when the lead gives examples); a lead that ends in a full stop, shares out its one amount and counts its recipients ("Fyra kommuner får dela på 245 miljoner kronor.") over as many items is the whole too, and so is one that states a total and a payout with no count ("Sammanlagt 245 miljoner kronor betalas ut till föreningarna.") right over the list: readings that warn; a total stated in the sentence before such a lead ("omfattar totalt 1 215,5 ' +
      'miljoner kronor. Överenskommelsen har fyra delar:") is the whole, and so, as a reading that warns, is the one amount before a short lead that shares out "pengarna" or "medlen" ("Så här fördelas pengarna:"). (3) A sentence that ends with a count ("inom sju ' +
      'områden:") followed by a list: the list has that many top-level items (bullets or numbered, one level, directly after ' +
      'the lead); a lead that ends with a full stop makes a mismatch a warning. Quotation paragraphs ("– Vi …, säger …") are ' +
      'prose, never items. (4) A sentence that splits a sum stated before it, opening with "Av" and a definite noun or "dessa" ' +
      '("Av stödet fördelas A till kommunerna och B till landstingen"): its parts may not exceed the nearest earlier amount whose ' +
      'sentence names all their recipients, and must make it when they name as many recipients as that sentence does or end with the rest. ' +
      '(5) A total ("totalt", "omfattar") told in steps over the next few sentences that end with the rest ("Resterande 39,6 miljoner fördelas senare"): the steps and the rest make the total; which amounts are steps is a reading, so a mismatch warns. ' +
      '(5b) A total ("totalt", "uppgår", "omfattar") shared out in the next sentences of its paragraph with no word for the rest, each opening with its amount ("30 miljoner går till kommunerna"), with "Till", or with the total\u2019s subject and "till" ("Stödet till kollektivtrafiken är …"): the parts make the total; another sentence with money, a part sentence with a rate ("900 kronor per hektar", "kr/ha") or a range ("mellan 200 000 kronor och 900 000 kronor"), or a word of examples or of more ("bland annat", "dessutom"), leaves the paragraph unread; a reading, so a mismatch warns. ' +
      '(5c) A sentence that grants one amount to a counted number of recipients ("beviljade 5,5 miljoner kronor till två projekt"), followed, paragraphs away, by exactly that many sentences with money, each granting it to someone ("X beviljas 561 372 kr för projektet …", "Till Y går …"): their amounts make the lead\u2019s; any other sentence with money after it leaves the lead unread; that they are its recipients is read from the count, so a mismatch warns. ' +
      '(5d) An amount split into a counted number of parts ("… 2 967 miljoner kronor och fördelas mellan två block."), each part then told by its noun and number, one sentence each, in that paragraph or the next ones ("Block 1 på 2 513 miljoner kronor …", "Block 2, … på 443 miljoner kronor, …"): as many such sentences as the count, numbered 1, 2, … in order, each with one amount, make the amount; another sentence with money between them leaves it unread; that they are the parts is read from their noun and number, so a mismatch warns. ' +
      '(5e) One sentence that shares out an amount to a counted number of recipients and names them after a colon, each with its amount ("fördelar 2,45 miljoner kronor till fyra föreningar: A får 800 000 kronor, B 700 000 kronor, …"): one amount before the colon, as many after it as counted; they make it; read from the count, so a mismatch warns. ' +
      '(6) A list whose last item states its total ("Summa 2 338 372 kr", "Totalt: 76 mnkr"), whatever stands before it: the other items, one amount each, make it; a second total word among the items (a subtotal) leaves that check: (6b) a list of two or more sections, each closed by its sum item, and a last total: where every section\u2019s items make its sum, the section sums and any items after them make the last; a reading, so a mismatch warns; where a section misses or the list holds one section, an info says the sums were not compared. Under a lead that states the whole as well, the total line is no part of it. ' +
      '(7) Parts named first and their total last in one sentence ("A får 20 miljoner kronor och B 25 miljoner kronor, totalt 45 miljoner kronor"): the amounts before ", totalt" make it; which amounts are parts is a reading, so a mismatch warns (and says so when the total is given for a period). ' +
      '(7b) Parts named in one sentence and their total in the next, which opens with a total word pointing back ("… 40,2 mnkr och ytterligare 3,8 mnkr. Sammanlagt beviljades därmed 44 mnkr.", "Totalt blir det …", "Det blir sammanlagt …"), in the paragraph or as the next paragraph\u2019s first sentence: the amounts of the first sentence make it; a reading, so a mismatch warns. ' +
      '(7c) Parts told paragraph by paragraph, one amount each, closed by a paragraph of one sentence that opens with a total word and a verb of granting ("Totalt beviljades 9,5 mkr."): the parts since the last heading or paragraph without money make it; a rate, an applied-for or last year\u2019s amount among them leaves it unread; a reading, so a mismatch warns. ' +
      '(8) A sum divided in the sentence after it, which points back and says so ("… 16 811 000 kronor till Halmstad. Dessa är uppdelade i A för … och B för …", "Beloppet fördelas på …"): the parts make the amount of the sentence before (where that sentence holds several, the last one); parts that are rates ("1 500 kronor per elev") or a range\u2019s bounds are no division; what the sentence points back to is read from its wording, so a mismatch warns. ' +
      '(9) A list of amounts, one a top-level item, with no amount in the sentence before it, followed by a sentence with one amount that calls it the whole ("Sammanlagt fördelas 75 000 kronor.", "Totalt går 2 mnkr till …"): the items make it; that the total is the list\u2019s is read from where it stands, so a mismatch warns. ' +
      '(10) A sentence above a list of one money column whose rows make its amount, and that counts recipients ("20 miljoner kronor till fyra regioner"): the list has that many rows, or one of the counts is theirs; a reading, so a mismatch warns. ' +
      '(11) Grants told amount first, a line or paragraph each without bullets ("12,5 mnkr till projektet X som …"), under a lead-in ending in a colon with one amount granted: they make it; a reading, so a mismatch warns. An amount applied for ("sökte 40 miljoner") is never the whole of (5b), (5c), (5e) or (11). ' +
      'Rounded figures are compared as intervals; a match within rounding is an info.',
  },
  check(doc) {
    return [...checkVarav(doc), ...checkReferredSplits(doc), ...checkDividedAfter(doc), ...checkRemainderSums(doc), ...checkTotalThenParts(doc), ...checkNumberedParts(doc), ...checkCountedGrants(doc), ...checkCountedInline(doc), ...checkListSums(doc), ...checkListTotalItems(doc), ...checkListSectionTotals(doc), ...checkTrailingTotals(doc), ...checkTotalsInNextSentence(doc), ...checkClosingTotals(doc), ...checkTotalsAfterLists(doc), ...checkListCounts(doc), ...checkCountedRows(doc), ...checkAmountFirstLines(doc)];
  },
};
