import type { RuleDocs } from './types.js';

/** Rule documentation in English (`kronkoll rules --lang en`, SARIF with --lang en). */
export const rulesEn: RuleDocs = {
  'table/column-total': {
    description: 'Data rows add up to the total row, column by column',
    docs: 'For every value column, the data rows above a total row (Summa, Totalt, Riket …) must add up to it. Subtotal rows are checked against the rows since the previous subtotal, and the total against the subtotals. Rounded figures (tables in millions) are compared as intervals: a sum that matches only within the rounding is reported as info. A national row beside regions of fewer than half the counties that together reach less than half its figure (a municipality, its county and the country) is a comparison, not a sum, and is not checked.',
  },
  'table/row-total': {
    description: 'Component columns add up to the row’s total column',
    docs: 'In a table with a total column (header Totalt, Summa …), the other money columns of the same header group must add up to it on every row. Columns of population, counts or percent are not components. Rounded figures are compared as intervals.',
  },
  'table/difference': {
    description: 'Difference columns and balance rows agree with what they are the difference of',
    docs: 'A difference column (header Avvikelse, Differens, Skillnad, Förändring) must equal the column before it less the one before that, in the direction most of its rows show (outcome less budget, or budget less outcome); a balance row (Saldo, Budgetsaldo) must equal the income row (Inkomster, Intäkter) less the expense row (Utgifter, Kostnader), or their sum when expenses are negative. Percent and rate columns are left out. The operands are read from labels and positions, so a mismatch is a warning that says so; a difference within the rounding of the printed figures is an info.',
  },
  'table/partial-sum': {
    description: 'A sum line with no label that sums only the last rows of its section',
    docs: 'A line of values with no label under a section heading and its rows, that is not the sum of all the rows since the heading but is exactly (within rounding, in every column it shows) the sum of the last two or more of them: the rows it leaves out are named. A line that sums the whole section is read as its subtotal and checked by table/column-total. Which rows the line was meant to sum is a reading, so the finding is a warning.',
  },
  'table/population-balance': {
    description: 'The population balance adds up: natural increase, net migration and growth',
    docs: 'In a table that prints the population balance as rows or columns (Födda, Döda, Födelsenetto, Inflyttade, Utflyttade, Invandrade, Utvandrade, Nettoflyttning, Folkökning, Justering): the natural increase is births less deaths, net migration in-movers (and immigrants) less out-movers (and emigrants), and the growth the two together (with a correction row when printed). Which rows the relations join is read from the labels, so a mismatch is a warning that says so; without a correction row the warning also names the register’s corrections. Labels are matched whole.',
  },
  'table/scale-slip': {
    description: 'A sum that adds up only if one of its figures is a thousand times smaller or larger',
    docs: 'When a column does not add up to its sum row, but would within rounding if exactly one of its figures were a thousand times smaller (a figure written in kronor among thousands) or larger (the other figures in a unit a thousand times too large), that figure or that unit is reported. When two columns fail even so, a row with one figure whose column the reader guessed (one cell a line, a short spaced row) is tried in the other column; when both then add up, the slips are reported with that move. Which figure is wrong is a reading, so the finding is a warning.',
  },
  'table/balance-roll': {
    description: 'A closing balance is the opening balance plus the period’s change, and the next year opens where the year closed',
    docs: 'In a table with an opening balance ("… vid årets början", "Ingående …", "IB") and a closing balance of the same thing ("… vid årets slut", "Utgående …", "UB"), each column’s closing balance must be its opening balance plus the rows printed between them, or plus the period’s change printed just above the opening balance ("Årets kassaflöde"); and where two neighbouring columns are consecutive years of the same kind, the later year’s opening balance must be the earlier year’s closing balance. The relations are read from labels and headers (a restatement the page does not mention also breaks the second), so a mismatch is a warning that says so; a difference within rounding is an info.',
  },
  'table/balance-sides': {
    description: 'A balance sheet’s two sides are equal: total assets equal total equity and liabilities',
    docs: 'In a balance sheet, each column’s sum of the assets ("Summa tillgångar", "Tillgångar, totalt") must equal its sum of equity and liabilities ("Summa eget kapital, avsättningar och skulder", "Summa skulder och eget kapital"). The two rows are found by their own words; a difference between two cells read with certainty in one table is an error (a warning where the side has several sums so named and the last is taken), one within the rounding of the printed figures an info. Where the sheet is split into two tables under the same column headers, the pairing is a reading and a difference is a warning that says so.',
  },
  'text/year-figure': {
    description: 'A year’s figure in the text agrees with that year’s figure in a table by year',
    docs: 'When a line of text gives the figure of one year ("Utbetalade statsbidrag 2017: 84 818 475 kr") and a table gives a series by year under a title that shares two words with that line, with years as columns over one row or as rows beside one column, the table’s figure for that year must be what the text’s figure rounds to. Figures more than a tenth apart are taken to be other figures. The link is read from words, so a mismatch is a warning that says so.',
  },
  'text/written-arithmetic': {
    description: 'A calculation written out in a line makes the result the line states',
    docs: 'A line that writes out an addition or a product before its result ("Grundstöd 20 000 + mandatstöd 3 × 12 000 = 56 000", a table row "S 40 000 + 5 × 8 500 82 500") must make that result. A mismatch is an error when an equals sign names the result and the digit groups allow one reading of the figures; a result read from its place at the end of the line, or figures whose bounds the arithmetic chose among the readings the digit groups allow, make it a warning.',
  },
  'text/prior-share': {
    description: 'A share of last year’s amount in the text agrees with the two amounts',
    docs: 'A sentence that gives an amount as a share of, or a change over, the previous year’s ("motsvarar 72 procent av fjolårets anslag", "15 % mer än förra årets belopp", "drygt hälften av 2022 års nivå") is checked when both amounts are stated: in the sentence, the previous year’s right after the words naming it, or this year’s in the sentence and both in one row of a table with a column for each year. The share the amounts make, with their rounding, must meet the share the words state (a qualifier such as "drygt" widens it). What the share is of is read from the words, so a mismatch is always a warning, with the arithmetic.',
  },
  'text/rate-total': {
    description: 'A total that is a rate of a base amount times a count agrees with it',
    docs: 'When a paragraph states a rate of a base amount per unit ("25 % av prisbasbeloppet per år och mandat"), the text states the base ("prisbasbeloppet är 45 500 kronor") and counts the units one way only ("de 49 mandaten"), and the paragraph states a total ("totalt 557 360 kronor"), the total must be rate × base × count (each unit’s share rounded to the krona when it is not whole). Which base, count and total are meant is read from the words, so a mismatch is a warning with the arithmetic.',
  },
  'table/hierarchy': {
    description: 'Numbered "Varav" rows add up to their parent row',
    docs: 'In numbered tables (1, 1.1, 1.2, 1.2.1 …, as in agreements), the rows one level down add up to their parent, and the top-level rows add up to the total row. A lone "varav" row is a part and may not exceed its parent. Figures in millions are compared as intervals.',
  },
  'table/share': {
    description: 'Percent columns agree with the column they are shares of',
    docs: 'For a percent column, kronkoll looks for the column whose values explain the shares (value / total × 100, within the rounding of the printed share) on at least 80 % of the rows. Rows whose share does not follow from that column are reported with the computed share.',
  },
  'table/ratio': {
    description: 'A percent that is the ratio of two other figures of the table agrees with them',
    docs: 'A percent column beside two other columns, or a percent row (its label says "procent", "%" or "Andel …") under two other rows, is often their ratio (turnout = votes / electorate × 100). kronkoll looks for the one pair whose ratio gives the printed percent, within the rounding of all three figures, in at least two places and two thirds of those where all three are printed, and reports the places where it does not. The pair is read from the figures, not stated, so these are warnings. A percent column that table/share explains as shares of a column total is left to it, and a percent among more than 40 other rows or columns is not tried.',
  },
  'text/table-total': {
    description: 'An amount in a caption or in the text equals the table’s total',
    docs: 'The amount in a table caption ("Fördelning av 3 000 000 000 kronor") must equal the table total: the total row, or the sum of the data rows when the table has none. A sentence that pays out or distributes money by a table (betala ut, fördelas, tilldelas, i enlighet med bilaga N …) must state its total, when the amount is the closest to one of the tables’ totals and within 10 % of it (2 % when the sentence does not name the table); amounts further away, or equal to another cell, speak of something else. A page’s lead (or the sentence before a list’s lead-in) with one amount that counts a list’s recipients ("till fyra regioner") or names the regions as a whole, beside the one list of one money column, is read as the list’s total up to 25 % from it (a row left out, a misprinted digit): a warning that says how far. Rounded figures are compared as intervals; a match within rounding is an info.',
  },
  'text/region-claim': {
    description: 'An amount the text gives one region agrees with the region’s row in the table',
    docs: 'A sentence whose subject is one region and whose verb receives money ("Region Skåne får 12,3 miljoner kronor för …", "Till Gotland går 4,5 miljoner kronor") must agree with that region’s row in the document’s tables: one of its money cells, or their sum (always so after "totalt"). A sentence with a second amount, an addition (ytterligare, extra), a comparison (mer, förra året), a part (varav) or a rate (per invånare) is left alone. Which money the sentence speaks of is read from its wording, so a disagreement is a warning; an agreement is an info. Rounded figures are compared as intervals.',
  },
  'text/sum': {
    description: 'Breakdowns in the text add up: "varav" parts, lists of amounts and counted items',
    docs: 'Three checks on prose. (1) "X kronor, varav A … och B …" in one sentence: the parts may not exceed X; they must make X only when the last part is presented as the rest (resterande, övriga). (2) A sentence with an amount and a colon, followed by a bulleted list with one amount per item, or a lead such as "Medel till regionerna utbetalas från följande anslagsposter:" tied to the one amount earlier paid to the same recipient: the items must add up to it (a shortfall is tolerated when the lead gives examples). (3) A sentence that ends with a count ("inom sju områden:") followed by a list: the list has that many top-level items. Rounded figures are compared as intervals; a match within rounding is an info. (8) A sum divided in the sentence after it, which points back and says so ("… 16 811 000 kronor till Halmstad. Dessa är uppdelade i A för … och B för …", "Beloppet fördelas på …"): the parts make the amount of the sentence before (where that sentence holds several, the last one); what the sentence points back to is read from its wording, so a mismatch warns. (9) A total ("totalt", "uppgår", "omfattar") shared out in the next sentences of its paragraph with no word for the rest, each opening with its amount, with "Till" or with the total’s subject and "till" ("Stödet till kollektivtrafiken är …"): the parts make the total; another sentence with money, a year, a word of examples or of more ("bland annat", "dessutom") or "enligt nedanstående" leaves the paragraph unread; a mismatch warns. (10) A lead that grants one amount to a counted number of recipients ("beviljade 5,5 miljoner kronor till två projekt"), followed further down by exactly that many sentences with money, each granting someone an amount ("X beviljas 561 372 kr …", "Till Y går …"): their amounts make the lead’s; another sentence with money after it leaves the lead unread; a mismatch warns.',
  },
  'text/near-miss': {
    description: 'Two amounts in one role that differ like a typing slip',
    docs: 'Compares amounts that should agree: a sentence that pays out or distributes money (betala ut, fördelas, tilldelas, i enlighet med bilaga N) against every table total and caption amount, a caption amount against its table total, and two such sentences with the same verb and recipient. Amounts that differ in one digit, in two adjacent swapped digits or by a factor of 1 000 are reported, naming both places. Amounts below 10 000 kr, percentages, and round figures with fewer than three significant digits are ignored; equal amounts never are reported.',
  },
  'region/unknown': {
    description: 'A row of a region table that is no region',
    docs: 'In a region table (ten or more data rows naming regions), a data row whose label is neither one of the 21 regions (under any known name or a close misspelling) nor a total or a recognised non-region row (Övrigt, SKR, Ej fördelat, Kommuner …) is reported. It usually is a misspelling too far from any region to be resolved, or a row that does not belong.',
  },
  'region/duplicate': {
    description: 'The same region twice in one table',
    docs: 'In a region table, each region may appear once per section (a section ends at a total or subtotal row or at a row without values). A second row for the same region, under the same or another spelling, is reported at the second row, with the first as related location. Usually one of the two labels is a misspelling of a region that is missing.',
  },
  'region/missing': {
    description: 'A region table that lacks one of the 21 regions',
    docs: 'A region table (ten or more data rows naming regions) should list all 21 regions. The regions it lacks are named. Reported as a warning even when the table has a total row, since a grant may legitimately exclude a region; check that the omission is intended, or look for a misspelt label reported by region/unknown.',
  },
  'region/variant': {
    description: 'A region name read despite a misspelling',
    docs: 'In a region table (ten or more data rows naming regions), every label that was matched to a region by edit distance rather than by a known spelling is reported with the region it was read as and the distance. Correct the spelling in the source, or add the spelling to the region registry if it is an accepted variant.',
  },
  'format/digit-grouping': {
    description: 'Malformed digit grouping in an amount',
    docs: 'Swedish writes thousands in groups of three digits separated by spaces. A number whose groups have another width ("544 99 160") is read as the digits run together (54 499 160) and reported, since a digit may have been dropped or a space misplaced. Check the figure against its source and correct the grouping. A year among year column headers written with a thousands space ("2 012" beside "2010", "2011") is reported too.',
  },
  'format/unit': {
    description: 'An amount of implausible magnitude for its unit',
    docs: 'Reports a prose amount written out in full kronor and followed by miljoner or miljarder ("1 237 500 000 miljoner kronor"), and a cell of a table in thousands, millions or billions of kronor whose value comes to a thousand billion kronor or more. Both are almost always a unit written by mistake; the message gives the likely reading. Fix the unit word or the caption.',
  },
  'format/percent-total': {
    description: 'Shares in a percent column add up to 100 %',
    docs: 'A percent column whose total row states about 100 %, or a column headed "Andel …" without a total row whose shares come near 100, must add up to 100 % within the rounding of its cells (each share rounded to one decimal may be off by 0.05). A sum that matches only within that rounding is an info; one that cannot match is a warning. Tables with subtotals or numbered hierarchies are skipped.',
  },
  'format/unreadable': {
    description: 'Content that could not be read or interpreted',
    docs: 'Every problem the readers and the table interpretation recorded is reported: cells where a number was expected but none could be read, PDF pages that could not be read at all, and rows of figures that look like a table (a label, then figures, three lines or more, or two lines that each hold a label and two figures or more; or figures alone on their lines, four or more near each other, as text taken from a PDF sets a table) but that no reader took. The figures involved were left out of every other check, so a total next to them may be reported wrongly or not at all.',
  },
  'framework/link': {
    description: 'Which agreement a decision or press release belongs to',
    docs: 'Documents are linked to the agreement they refer to: by diarienummer (a pinned frame in corpus/frames/ names it) or by the agreement’s name and year ("överenskommelsen om ökad tillgänglighet i hälso- och sjukvården 2024"). The frame is the pinned one when a .frame file names the agreement, otherwise the one derived from the agreement’s text. The other framework/ rules check linked documents against the frame.',
  },
  'framework/stated-amount': {
    description: 'A decision’s frame amounts (set aside, SKR, first payout, remaining) equal the agreement’s',
    docs: 'In a decision linked to an agreement, "avsatt X" is compared with the frame’s totalt, "SKR tilldelades X" with skr, "i samband med beslutet om överenskommelsen utbetalades X" with efter_rekvisition and "Resterande medel, X" with utan_rekvisition. Figures are compared as intervals (the agreement writes millions): a match within the rounding and an exact match are reported as info, a figure the frame cannot hold as an error naming both documents and both figures.',
  },
  'framework/arithmetic': {
    description: 'The decision’s arithmetic: remaining = set aside − paid − SKR; this decision = remaining − later payouts = its table total',
    docs: 'For a decision linked to an agreement: the remaining funds it states must equal the amount set aside less the first payout and SKR’s part; the amount of this decision must equal the remaining funds less the payouts stated since ("I augusti utbetalades …"), and the total row of its table. Each check that holds is reported as info, one that does not as an error with both sides.',
  },
  'framework/key-total': {
    description: 'A column distributed by population totals an amount the frame distributes by the same key',
    docs: 'In a decision linked to an agreement, a money column headed by its allocation key ("Befolkning 0–18 år", "Befolkning totalt") must total to one of the frame’s amounts with that key (the agreement says "40 miljoner kronor utifrån invånarantal 0–18 år"). The closest such amount is named; a total within the agreement’s rounding is info.',
  },
  'framework/ceiling': {
    description: 'Payouts under one agreement stay within its frame',
    docs: 'The payouts of all decisions linked to one agreement ("betala ut X kronor till regionerna", "Medlen som omfattas av detta beslut, X") added up must not exceed what the frame gives the regions (regioner, else totalt). A decision read in several renditions (text and PDF: same dnr, date and payout) counts once. Within the frame is info.',
  },
  'framework/frame': {
    description: 'The frame’s own sums hold, and pinned frame files parse',
    docs: 'Every sum of a frame (derived from an agreement’s text or pinned in corpus/frames/*.frame) must hold within the rounding of its figures: "1 237,5 = 40 + 1 197 miljoner" holds within rounding and is info; one that cannot hold is a warning on the agreement. A .frame file that does not parse is an error with its line and column.',
  },
  'allocation/key': {
    description: 'Region amounts follow the allocation key to the krona (population, fixed part plus population, mixed keys)',
    docs: 'For every money column of a table of at least ten regions, kronkoll fits an allocation key from the share bases at hand: the table’s own population and insatser columns, or the population per region in corpus/reference/ (1 November 2023). Keys tried: one base; a fixed amount per region plus the rest by population; two bases mixed in whole percent. Each region’s expected amount is the largest-remainder rounding that keeps the column’s sum exact, and may differ by 1 kr. A key that explains all regions is reported as info (with the formula); when it explains all but one or two, those are errors, with the amount the key gives. A column headed "Befolkning" that no population key explains is a warning.',
  },
  'claim/approximate': {
    description: 'Approximate amounts in press releases ("nära två miljarder") fit the exact figures',
    docs: 'In press releases and web pages, an amount with a qualifier is compared with the nearest exact figure of the document (a table total, a column sum, an amount in a caption or in the same sentence). Meanings: nära/närmare/uppemot 90–100 % of the claim, knappt 95–100 %, drygt 100–110 %, över more than, under less than, cirka/omkring/runt 95–105 % (or the written rounding when wider). Inside its meaning is info, outside is a warning.',
  },
  'framework/remainder': {
    description: 'Remaining funds = the frame − SKR’s share − earlier payouts, across all documents about the agreement',
    docs: 'The payout ledger of an agreement and year (press releases, agreement pages and decisions that name it, ordered by date): a remainder ("Nu betalas resterande X kronor ut", "de återstående X", "kvarvarande medel, X") must equal the total stated for the frame less SKR’s share less the payouts before it, within the rounding of each figure. A restated payout ("I mars betalades 300 miljoner kronor ut") counts once. A mismatch is an error only when the total, SKR’s share and every date are known; otherwise a warning says what is missing. A balance that holds is info.',
  },
  'framework/restatement': {
    description: 'Documents that restate the same part of an agreement’s frame, or the same payout, state the same amount',
    docs: 'Agreement pages, press releases and decisions about one agreement and year state parts of its frame (the total, SKR’s share, "varav … prestationsbaserade") and recall earlier payouts ("I mars betalades 300 miljoner kronor ut"). Two statements of the same part that cannot meet within their rounding are an error showing both places, a warning when either sentence also names another year or a span of years. A rounded restatement of an exact payout ("172 miljoner" for 172 345 678 kronor) ties within its rounding and is info.',
  },
  'framework/payout-sum': {
    description: 'The payouts in an agreement’s ledger (with SKR’s share) do not exceed the frame’s total',
    docs: 'All payouts of an agreement and year stated across the run’s documents (restatements counted once), with SKR’s share, must not exceed the total stated for the frame, allowing for the rounding of every figure. Over the total is an error; within it is info. Without a stated total nothing is checked.',
  },
};
