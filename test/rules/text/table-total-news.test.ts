import { tableTotal } from '../../../src/rules/text/table-total.js';
import { ruleTester } from '../rule-tester.js';

/**
 * Lead sentences of news pages that share money out by a list ("får dela på", "delar ut",
 * "beviljade"), paragraphs above it: pages written for this test, two wordings each.
 */
const page = (lead: string, rows: string[]): string => [lead, '', 'Så här fördelas pengarna:', '', ...rows, ''].join('\n');
const norr = ['Luleå 30,1 miljoner kronor', 'Piteå 18', 'Kiruna 12,4', 'Boden 9,5'];

ruleTester(tableTotal, {
  valid: [
    { name: '"får dela på" the list\'s sum', code: page('Kommunerna i Norrbotten får dela på 70 miljoner kronor i år.', norr) },
    { name: '"beviljade" the list\'s sum', code: page('Länsstyrelsen beviljade i går 70,0 miljoner kronor till fyra kommuner.', norr) },
    // 282 millions for municipalities and region together: far from the municipalities' list, about something else.
    { name: 'a lead total far from the list', code: page('Kommunerna och regionen får dela på drygt 282 miljoner kronor.', norr) },
  ],
  invalid: [
    {
      name: '"delar ut" a total the list misses by one figure',
      code: page('Regionen delar ut 70,0 miljoner kronor till kommunerna.', ['Luleå 30,1 miljoner kronor', 'Piteå 18', 'Kiruna 12,4', 'Boden 9,1']),
      findings: [{ severity: 'error', message: 'texten anger 70 000 000 kr; tabellens 4 rader summerar till 69 600 000 kr (skillnad 400 000 kr, avrundning tillåter ±250 000 kr)' }],
    },
    {
      name: '"fick dela på" with bullets of regions',
      code: page('Regionerna i norr fick dela på 45,5 miljoner kronor.', ['- Norrbotten: 20,0 miljoner kronor', '- Västerbotten: 15,0 miljoner kronor', '- Jämtland: 10,0 miljoner kronor']),
      findings: [{ severity: 'error', message: 'texten anger 45 500 000 kr; tabellens 3 rader summerar till 45 000 000 kr (skillnad 500 000 kr, avrundning tillåter ±200 000 kr)' }],
    },
  ],
});

/** A particle verb with a word or two between verb and particle ("betalar nu ut", "delar länsstyrelsen ut"): pages written for this test. */
ruleTester(tableTotal, {
  valid: [
    { name: '"betalar nu ut" the list\'s sum', code: page('Regionen betalar nu ut 69,6 miljoner kronor till kommunerna.', ['Luleå 30,1 miljoner kronor', 'Piteå 18', 'Kiruna 12,4', 'Boden 9,1']) },
    // A negation says the amount is not paid out by the list.
    { name: '"betalas inte ut"', code: page('I år betalas inte 70,0 miljoner kronor ut, som det var tänkt.', ['Luleå 30,1 miljoner kronor', 'Piteå 18', 'Kiruna 12,4', 'Boden 9,1']) },
  ],
  invalid: [
    {
      // 30,1 + 18 + 12,4 + 9,1 = 69,6 against 70,0.
      name: '"betalar nu ut" a total the list misses',
      code: page('Regionen betalar nu ut 70,0 miljoner kronor till kommunerna.', ['Luleå 30,1 miljoner kronor', 'Piteå 18', 'Kiruna 12,4', 'Boden 9,1']),
      findings: [{ severity: 'error', message: 'texten anger 70 000 000 kr; tabellens 4 rader summerar till 69 600 000 kr (skillnad 400 000 kr, avrundning tillåter ±250 000 kr)' }],
    },
    {
      // 20 + 15 + 10 = 45,0 against 45,5.
      // 30,1 + 18 + 12,4 + 9,1 = 69,6 against 70,0.
      name: '"betalas 70,0 miljoner kronor ut", the amount between verb and particle',
      code: page('Nu betalas 70,0 miljoner kronor ut till kommunerna i Norrbotten.', ['Luleå 30,1 miljoner kronor', 'Piteå 18', 'Kiruna 12,4', 'Boden 9,1']),
      findings: [{ severity: 'error', message: 'texten anger 70 000 000 kr; tabellens 4 rader summerar till 69 600 000 kr (skillnad 400 000 kr, avrundning tillåter ±250 000 kr)' }],
    },
    {
      name: '"delar länsstyrelsen ut", the subject between verb and particle',
      code: page('I år delar länsstyrelsen ut 45,5 miljoner kronor.', ['- Norrbotten: 20,0 miljoner kronor', '- Västerbotten: 15,0 miljoner kronor', '- Jämtland: 10,0 miljoner kronor']),
      findings: [{ severity: 'error', message: 'texten anger 45 500 000 kr; tabellens 3 rader summerar till 45 000 000 kr (skillnad 500 000 kr, avrundning tillåter ±200 000 kr)' }],
    },
  ],
});

/**
 * A lead-in that names no amount ("Så här fördelas pengarna:", "Fördelningen ser ut så här:")
 * opens a list of the amount in the sentence before it: pages written for this test. That the
 * list is all of that amount is a reading, so a mismatch warns.
 */
const opened = (before: string, leadIn: string, rows: string[]): string => [before, '', leadIn, '', ...rows, ''].join('\n');
ruleTester(tableTotal, {
  valid: [
    { name: 'the sentence before states the list\'s sum', code: opened('Regeringen ger 290 miljoner kronor till norra Sverige.', 'Så här fördelas pengarna:', ['Norrbotten 110 miljoner kronor', 'Västerbotten 95 miljoner kronor', 'Jämtland 85 miljoner kronor']) },
    { name: 'a sentence that denies its amount', code: opened('I år delas inte 300 miljoner kronor ut.', 'Så här fördelas pengarna:', ['Norrbotten 110 miljoner kronor', 'Västerbotten 95 miljoner kronor', 'Jämtland 85 miljoner kronor']) },
    // Far from the sum, a sentence that only gives money (no "totalt") may speak of another sum.
    { name: 'money far from the list without a whole word', code: opened('Regeringen ger 130 miljoner kronor till kulturen.', 'Fördelningen ser ut så här:', ['- Östergötland – 15,2 mnkr', '- Kalmar – 19,6 mnkr', '- Halland – 37,5 mnkr', '- Jämtland Härjedalen – 37,9 mnkr']) },
    { name: 'a lead-in that names neither a total nor the money', code: opened('Regeringen ger 300 miljoner kronor till norra Sverige.', 'Några exempel:', ['Norrbotten 110 miljoner kronor', 'Västerbotten 95 miljoner kronor', 'Jämtland 85 miljoner kronor']) },
  ],
  invalid: [
    {
      // 110 + 95 + 85 = 290; the sentence before gives 300, 3 % more: beyond a verb's reach, within a named list's.
      name: '"Så här fördelas pengarna:" after a sentence that gives the money',
      code: opened('Regeringen ger 300 miljoner kronor till norra Sverige.', 'Så här fördelas pengarna:', ['Norrbotten 110 miljoner kronor', 'Västerbotten 95 miljoner kronor', 'Jämtland 85 miljoner kronor']),
      findings: [
        {
          severity: 'warning',
          message:
            'texten anger 300 000 000 kr; tabellens 3 rader summerar till 290 000 000 kr (skillnad 10 000 000 kr, avrundning tillåter ±2 000 000 kr) — osäker läsning: att listan fördelar beloppet i meningen före är läst ur ledets "pengarna"',
        },
      ],
    },
    {
      // 15 200 + 19 640 + 37 545 + 37 867 = 110 252 tkr; "sammanlagt 130 252 tkr" lies 18 % from it, beyond a named list's reach.
      name: 'a whole stated far from the list, in the paragraph before "Fördelningen ser ut så här:"',
      code: opened('Satsningen omfattar sammanlagt 130 252 tkr under året.', 'Fördelningen ser ut så här:', ['- Östergötland – 15 200 tkr', '- Kalmar – 19 640 tkr', '- Halland – 37 545 tkr', '- Jämtland Härjedalen – 37 867 tkr']),
      findings: [
        {
          severity: 'warning',
          message:
            'texten anger 130 252 000 kr; tabellens 4 rader summerar till 110 252 000 kr (skillnad 20 000 000 kr, avrundning tillåter ±2 500 kr) — osäker läsning: att tabellen är hela beloppet i meningen före dess inledning är en läsning; beloppet ligger 18 % från tabellens summa; en utelämnad rad eller en felskriven siffra kan förklara det, men också att meningen talar om en annan summa',
        },
      ],
    },
    {
      // 2,1 + 0,9 + 1,2 = 4,2 millions; "Totalt avsätts 5 miljoner kronor" before "Medlen fördelas så här:", 19 % more.
      name: 'a total word before a lead-in naming the money, county lines far from the sum',
      code: opened('Totalt avsätts 5 miljoner kronor i år.', 'Medlen fördelas enligt följande:', ['Gävleborgs län: 2,1 miljoner kronor', 'Dalarnas län: 0,9 miljoner kronor', 'Värmlands län: 1,2 miljoner kronor']),
      findings: [
        {
          severity: 'warning',
          message:
            'texten anger 5 000 000 kr; tabellens 3 rader summerar till 4 200 000 kr (skillnad 800 000 kr, avrundning tillåter ±650 000 kr) — osäker läsning: att tabellen är hela beloppet i meningen före dess inledning är en läsning; beloppet ligger 19 % från tabellens summa; en utelämnad rad eller en felskriven siffra kan förklara det, men också att meningen talar om en annan summa',
        },
      ],
    },
    {
      // 20 + 14 + 8 = 42 millions; "totalt 45" in the paragraph before a lead-in of its own.
      name: 'a total in the paragraph before "Fördelningen ser ut så här:"',
      code: opened('Stödet omfattar totalt 45 miljoner kronor.', 'Fördelningen ser ut så här:', ['- Kalmar: 20 mnkr', '- Kronoberg: 14 mnkr', '- Blekinge: 8 mnkr']),
      findings: [
        {
          severity: 'warning',
          message:
            'texten anger 45 000 000 kr; tabellens 3 rader summerar till 42 000 000 kr (skillnad 3 000 000 kr, avrundning tillåter ±2 000 000 kr) — osäker läsning: att tabellen är hela beloppet i meningen före dess inledning är en läsning',
        },
      ],
    },
  ],
});

/**
 * A list or table with no total row, closed by the paragraph right after it that opens with a
 * whole word and gives one amount: that amount is read as the list's total, so a mismatch warns.
 * Pages written for this test.
 */
const SPACED = (cell: string, row: string): string => `cellen "${cell}" i raden "${row}" är avskild från texten bredvid med enkla mellanslag, och vilka siffror den rymmer är läst ur siffergrupperna`;
const AFTER = 'att totalen efter listan gäller just listans poster är läst ur dess plats, och texten kan räkna in fler mottagare';
const unitLines = ['Pengarna fördelas enligt nedan (belopp i tusentals kronor):', '', 'Idrottsförbundet, 37 931', 'Hushållningssällskapet, 63 326', 'Umeå universitet, 46 513', 'Folkets Hus och Parker, 37 122', ''];
ruleTester(tableTotal, {
  valid: [
    // 37 931 + 63 326 + 46 513 + 37 122 = 184 892.
    { name: 'lines closed by "Sammanlagt blir det …" that agrees', code: [...unitLines, 'Sammanlagt blir det 184 892 tkr.', ''].join('\n') },
    // A paragraph between: the sentence no longer closes the list.
    { name: 'a paragraph between the list and the sentence', code: [...unitLines, 'Besluten fattades i maj.', '', 'Sammanlagt blir det 190 892 tkr.', ''].join('\n') },
    // A part beside the list, not its whole.
    { name: 'a closing sentence about money beside the list', code: [...unitLines, 'Sammanlagt har ytterligare 190 892 tkr sökts.', ''].join('\n') },
  ],
  invalid: [
    {
      // 190 892 − 184 892 = 6 000 tkr, 3 %: within a named list's reach. Four cells read single-spaced: three named, one counted.
      name: 'lines with the unit in the lead-in, closed by "Sammanlagt blir det …"',
      code: [...unitLines, 'Sammanlagt blir det 190 892 tkr.', ''].join('\n'),
      findings: [
        {
          severity: 'warning',
          line: 8,
          message: `texten anger 190 892 000 kr; tabellens 4 rader summerar till 184 892 000 kr (skillnad 6 000 000 kr, avrundning tillåter ±2 500 kr) — osäker läsning: ${SPACED('37 931', 'Idrottsförbundet')}; ${SPACED('63 326', 'Hushållningssällskapet')}; ${SPACED('46 513', 'Umeå universitet')}; likaså 1 cell till i kolumnen; ${AFTER}`,
        },
      ],
    },
    {
      // 45 000 + 30 000 + 25 000 = 100 000; the paragraph after the HTML table says 112 000, 12 % more.
      name: 'an HTML table closed by "Sammanlagt delas … ut."',
      code: [{ file: 'f.html', text: '<p>Stöd till föreningar 2025 (kronor):</p><table><tr><th>Förening</th><th>Bidrag</th></tr><tr><td>Idrottsföreningen Norr</td><td>45 000</td></tr><tr><td>Konstklubben Syd</td><td>30 000</td></tr><tr><td>Teaterföreningen</td><td>25 000</td></tr></table>\n<p>Sammanlagt delas 112 000 kronor ut.</p>\n' }],
      findings: [
        {
          severity: 'warning',
          line: 2,
          message: `texten anger 112 000 kr; tabellens 3 rader summerar till 100 000 kr (skillnad 12 000 kr) — osäker läsning: ${AFTER}; beloppet ligger 12 % från tabellens summa; en utelämnad rad eller en felskriven siffra kan förklara det, men också att meningen talar om en annan summa`,
        },
      ],
    },
  ],
});

/**
 * Items run on in a sentence are a list only in the table read from them: its closing sentence is
 * checked as text/sum checks the same items in bullets, however far off, and warns. A table
 * printed as one keeps the reach (the sentence may speak of another sum). Pages written for this test.
 */
ruleTester(tableTotal, {
  valid: [
    // 45 000 + 30 000 + 25 000 = 100 000; the paragraph after says 160 000, 60 % more: beyond a printed table's reach.
    { name: 'an HTML table closed by a sentence far from its sum', code: [{ file: 'g.html', text: '<p>Stöd till föreningar 2025 (kronor):</p><table><tr><th>Förening</th><th>Bidrag</th></tr><tr><td>Idrottsföreningen Norr</td><td>45 000</td></tr><tr><td>Konstklubben Syd</td><td>30 000</td></tr><tr><td>Teaterföreningen</td><td>25 000</td></tr></table>\n<p>Sammanlagt delas 160 000 kronor ut.</p>\n' }] },
  ],
  invalid: [
    {
      // 2 400 + 900 + 7 100 = 10 400 tkr; the sentence after says 4 400 tkr.
      name: 'amounts first run on after a colon, closed by "Tillsammans får …" far off',
      code: 'Pengarna fördelas så här: 2 400 tkr till Stadsbiblioteket, 900 tkr till Fritidsgården Linden och 7 100 tkr till Konsthallen.\n\nTillsammans får de 4 400 tkr.\n',
      findings: [{ severity: 'warning', line: 3, message: /^texten anger 4 400 000 kr; tabellens 3 rader summerar till 10 400 000 kr \(skillnad 6 000 000 kr.*att totalen efter listan gäller just listans poster/ }],
    },
    {
      // 8,0 + 3,0 + 1,0 = 12,0 millions; the sentence after says 20,0.
      name: 'regions run on in a sentence, closed by "Totalt …" far off',
      code: 'Medlen fördelas enligt följande: Region Jönköpings län 8,0 miljoner kronor, Region Kronoberg 3,0 miljoner kronor och Region Kalmar län 1,0 miljoner kronor.\n\nTotalt fördelas 20,0 miljoner kronor.\n',
      findings: [{ severity: 'warning', line: 3, message: /^texten anger 20 000 000 kr; tabellens 3 rader summerar till 12 000 000 kr \(skillnad 8 000 000 kr/ }],
    },
  ],
});

/**
 * A region list run on in one sentence, its total in the next sentence of the same line
 * (inline-region-list.ts `tail`): read as the list's closing total, so a mismatch warns. Pages written for this test.
 */
ruleTester(tableTotal, {
  valid: [
    // 12,3 + 4,1 + 2,2 = 18,6.
    { name: 'an inline list closed on its line by a total that agrees', code: 'Staten delar ut pengar. Region Skåne får 12,3 miljoner, Region Halland 4,1 miljoner och Region Blekinge 2,2 miljoner kronor. Totalt handlar det om 18,6 miljoner kronor.\n' },
  ],
  invalid: [
    {
      // 5,5 + 3,5 + 2,0 = 11,0 millions; the sentence after says 12,0.
      name: 'an inline list closed on its line by "Sammanlagt …" that disagrees',
      code: 'Region Uppsala får 5,5 miljoner kronor, Region Dalarna 3,5 miljoner kronor och Region Gävleborg 2,0 miljoner kronor. Sammanlagt 12,0 miljoner kronor.\n',
      findings: [{ severity: 'warning', line: 1, message: /^texten anger 12 000 000 kr; tabellens 3 rader summerar till 11 000 000 kr \(skillnad 1 000 000 kr, avrundning tillåter ±200 000 kr\) — osäker läsning: .*att totalen efter listan gäller just listans poster/ }],
    },
    {
      // The same list wrapped over three lines, the total's sentence on the last two: 4,5 + 2,5 + 3,0 = 10,0 against 11,0.
      name: 'a wrapped inline list closed by a total sentence on its last lines',
      code: 'Enligt beslutet får Region Västerbotten 4,5 miljoner kronor, Region Norrbotten\n2,5 miljoner kronor och Region Jämtland Härjedalen 3,0 miljoner kronor. Totalt\nhandlar det om 11,0 miljoner kronor.\n',
      findings: [{ severity: 'warning', line: 3, message: /^texten anger 11 000 000 kr; tabellens 3 rader summerar till 10 000 000 kr/ }],
    },
  ],
});
