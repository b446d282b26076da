import { tableTotal } from '../../../src/rules/text/table-total.js';
import { ruleTester } from '../rule-tester.js';
import { mutated, seedCase } from './seeds.js';

const table = (caption: string, rows: string[], prose = ''): string =>
  [prose, '', caption, '', 'Region\tBelopp (kr)', ...rows, ''].join('\n');

ruleTester(tableTotal, {
  valid: [
    seedCase(0),
    seedCase(1),
    seedCase(2),
    // "regionerna tilldelas 2 925 miljoner kronor" is row 1 of Tabell 1, not its total of 2 937.
    seedCase(3),
    seedCase(4),
    {
      name: 'a headline amount the table covers only part of',
      code: table('Tabell 1. Fördelning', ['Stockholm\t600 000', 'Uppsala\t400 000', 'Summa\t1 000 000'], 'Regeringen fördelar 1 500 000 kronor till regionerna.'),
    },
    {
      name: 'an amount linked only by its verb and 9 % off is about something else',
      code: table('Tabell 1. Fördelning', ['Stockholm\t600 000', 'Uppsala\t400 000', 'Summa\t1 000 000'], 'Resterande medel, 1 090 000 kronor, ska fördelas mellan regionerna.'),
    },
    {
      name: 'a bare number in a sentence that sets money aside, equal to the total',
      code: table('Tabell 1. Fördelning', ['Stockholm\t6 000 000', 'Uppsala\t4 000 000', 'Summa\t10 000 000'], 'Till länen avsattes 10 000 000 i år.'),
    },
    {
      name: 'a bare number with no money verb says nothing about the table',
      code: table('Tabell 1. Fördelning', ['Stockholm\t6 000 000', 'Uppsala\t4 000 000', 'Summa\t10 000 000'], 'Länen har 10 100 000 invånare.'),
    },
  ],
  invalid: [
    {
      // 6 000 000 + 4 000 000 = 10 000 000; the text writes 9 900 000 and no unit.
      name: 'a bare number set aside by the text that misses the total: a warning naming the missing unit',
      code: table('Tabell 1. Fördelning', ['Stockholm\t6 000 000', 'Uppsala\t4 000 000', 'Summa\t10 000 000'], 'Till regionerna avsätts 9 900 000 enligt tabellen nedan.'),
      findings: [
        {
          severity: 'warning',
          message:
            'texten anger 9 900 000 kr; summaraden anger 10 000 000 kr (skillnad 100 000 kr) — osäker läsning: texten skriver 9 900 000 utan enhet; läst som kronor',
          line: 1,
          expected: '9900000',
          actual: '10000000',
        },
      ],
    },
    {
      // 2 500 000 + 1 000 000 + 500 000 = 4 000 000 in the Markdown table; the text distributes 4 050 000 with no unit.
      name: 'the same in a Markdown document whose lead names the table',
      code: [
        {
          file: 'lead.md',
          text: 'Regeringen fördelar 4 050 000 mellan tre regioner enligt tabell 1.\n\nMer text om satsningen.\n\nTabell 1. Medel per region\n\n| Region | Kronor |\n|---|---|\n| Gotland | 2 500 000 |\n| Kalmar | 1 000 000 |\n| Blekinge | 500 000 |\n| Summa | 4 000 000 |\n',
        },
      ],
      findings: [
        {
          severity: 'warning',
          message:
            'texten anger 4 050 000 kr; summaraden anger 4 000 000 kr (skillnad 50 000 kr) — osäker läsning: texten skriver 4 050 000 utan enhet; läst som kronor',
          line: 1,
        },
      ],
    },
    {
      // 1 874 253 165 + 9: Region Kalmar 34 984 723 → 34 984 732.
      name: 'seed 004 with Kalmar 34 984 732: the caption against the sum of the rows (no total row)',
      code: mutated(4, '| Region Kalmar | 34 984 723 |', '| Region Kalmar | 34 984 732 |'),
      findings: [
        {
          severity: 'error',
          message: 'rubriken anger 1 874 253 165 kr; tabellens 21 rader summerar till 1 874 253 174 kr (skillnad 9 kr)',
          line: 13,
          column: 15,
          expected: '1874253165',
          actual: '1874253174',
        },
      ],
    },
    {
      name: 'seed 001 with Summa 3 000 000 027: the decision and the caption both disagree',
      code: mutated(1, 'Summa\t3 000 000 000', 'Summa\t3 000 000 027'),
      findings: [
        {
          severity: 'error',
          message: 'texten anger 3 000 000 000 kr; summaraden anger 3 000 000 027 kr (skillnad 27 kr)',
          line: 13,
          column: 77,
          expected: '3000000000',
          actual: '3000000027',
        },
        // "Regeringen tillför regionerna … 3 000 000 000 kronor": no verb of paying out, but it names the regions, which the table lists.
        { severity: 'warning', message: /^texten anger 3 000 000 000 kr; summaraden anger 3 000 000 027 kr \(skillnad 27 kr\) — osäker läsning: att meningen talar om tabellen är läst ur att den nämner regionerna/, line: 24 },
        { severity: 'error', message: 'rubriken anger 3 000 000 000 kr; summaraden anger 3 000 000 027 kr (skillnad 27 kr)', line: 56, column: 25 },
      ],
    },
    {
      name: 'seed 002 with 2 446 000 000 paid out "i enlighet med bilaga 1"',
      code: mutated(2, 'betala ut 2 466 000 000', 'betala ut 2 446 000 000'),
      findings: [
        {
          severity: 'error',
          message: 'texten anger 2 446 000 000 kr; summaraden anger 2 466 000 000 kr i kolumnen "Totalt (kronor)" (skillnad 20 000 000 kr)',
          line: 15,
          column: 170,
          expected: '2446000000',
          actual: '2466000000',
        },
      ],
    },
    {
      name: 'a rounded caption that matches only within its rounding',
      code: table('Tabell 1. Fördelning av 1,0 miljoner kronor', ['Stockholm\t600 000', 'Uppsala\t400 030', 'Summa\t1 000 030']),
      findings: [
        {
          severity: 'info',
          message:
            'rubriken anger 1 000 000 kr; summaraden anger 1 000 030 kr (skillnad 30 kr, avrundning tillåter ±50 000 kr) — stämmer inom avrundningen',
          line: 3,
          column: 25,
        },
      ],
    },
    {
      // 3 100 000 + 2 400 000 + 1 500 000 = 7 000 000; the lead, in the perfect tense, writes 7 100 000.
      name: 'a lead that has paid out ("har betalat ut"), beside the table, against its total',
      code: table('Utbetalt per region', ['Jönköping\t3 100 000', 'Kronoberg\t2 400 000', 'Kalmar\t1 500 000'], 'Kammarkollegiet har nu betalat ut 7 100 000 kronor.'),
      findings: [{ severity: 'error', message: 'texten anger 7 100 000 kr; tabellens 3 rader summerar till 7 000 000 kr (skillnad 100 000 kr)', line: 1 }],
    },
    {
      // 410 000 + 270 000 + 120 000 = 800 000; "har delat ut" with the particle, 810 000 in the text.
      name: 'a lead that has handed out ("har delat ut") against the table below',
      code: table('Beviljat', ['Gävleborg\t410 000', 'Dalarna\t270 000', 'Värmland\t120 000'], 'Länsstyrelsen har under året delat ut 810 000 kronor i stöd.'),
      findings: [{ severity: 'error', message: 'texten anger 810 000 kr; tabellens 3 rader summerar till 800 000 kr (skillnad 10 000 kr)', line: 1 }],
    },
  ],
});

/** Claims far from the table, lists read as tables, and tables that do not state their unit. */
ruleTester(tableTotal, {
  valid: [
    {
      // 100 000 000 + 145 500 000 = 245 500 000, claimed in the heading and the lead, paragraphs above the table.
      name: 'a press release lead that states the table total paragraphs away',
      code:
        '# Regeringen betalar ut 245,5 miljoner kronor\n\nRegeringen betalar ut 245,5 miljoner kronor till regionerna.\n\nSatsningen är en del av en reform.\n\n' +
        'Tabell 1. Fördelning per region\n\nRegion\tBelopp (kr)\nKalmar\t100 000 000\nGotland\t145 500 000\nSumma\t245 500 000\n',
    },
    {
      // Two tables with totals 245 000 000 and 246 000 000: which one the lead speaks of is not clear.
      name: 'a lead that could speak of either of two tables is not checked',
      code:
        'Regeringen betalar ut 245,5 miljoner kronor till regionerna.\n\nTabell 1. År 2023\n\nRegion\tBelopp (kr)\nKalmar\t100 000 000\nGotland\t145 000 000\nSumma\t245 000 000\n\n' +
        'Tabell 2. År 2024\n\nRegion\tBelopp (kr)\nKalmar\t100 000 000\nGotland\t146 000 000\nSumma\t246 000 000\n',
    },
    {
      // 10 + 10 + 10 miljoner as lines with their own units.
      name: 'a region list whose lead-in states its total',
      code: 'Regeringen fördelar 30 miljoner kronor enligt följande:\n\nKalmar 10 miljoner kronor\nGotland – 10 mnkr\nHalland 10 mnkr\n',
    },
  ],
  invalid: [
    {
      // 100 000 000 + 145 000 000 = 245 000 000 against 245,5 miljoner (±50 000).
      name: 'a press release lead that disagrees with the table paragraphs away',
      code:
        'Regeringen betalar ut 245,5 miljoner kronor till regionerna.\n\nSatsningen är en del av en reform.\n\nMer information finns på webbplatsen.\n\n' +
        'Tabell 1. Fördelning per region\n\nRegion\tBelopp (kr)\nKalmar\t100 000 000\nGotland\t145 000 000\nSumma\t245 000 000\n',
      findings: [
        {
          severity: 'error',
          message: 'texten anger 245 500 000 kr; summaraden anger 245 000 000 kr (skillnad 500 000 kr, avrundning tillåter ±50 000 kr)',
          line: 1,
          expected: '245500000',
          actual: '245000000',
        },
      ],
    },
    {
      // 800 + 700 + 400 = 1 900 miljoner against "2 miljarder" (±0,5 miljarder).
      name: 'a bulleted region list against the amount of its lead-in',
      code: 'Medlen, 2 miljarder kronor, fördelas så här:\n\n* Uppsala: 800 000 000\n* Region Skåne: 700 000 000\n* Gotland: 400 000 000\n',
      findings: [
        {
          severity: 'info',
          message: 'rubriken anger 2 000 000 000 kr; tabellens 3 rader summerar till 1 900 000 000 kr (skillnad 100 000 000 kr, avrundning tillåter ±500 000 000 kr) — stämmer inom avrundningen',
        },
      ],
    },
    {
      // 60 + 40 = 100 against a caption of 100 miljoner kronor: the table does not say its unit.
      name: 'a table without a stated unit that matches the caption in millions is an info',
      code: 'Tabell 1. Fördelning av 100 miljoner kronor\n\nRegion\tBelopp\nKalmar\t60\nGotland\t40\n',
      findings: [
        {
          severity: 'info',
          message:
            'rubriken anger 100 000 000 kr; tabellens 2 rader summerar till 100 kr (skillnad 99 999 900 kr, avrundning tillåter ±500 000 kr) — stämmer om tabellens belopp anges i miljoner kronor (tabellen anger ingen enhet)',
        },
      ],
    },
    {
      name: 'a table without a stated unit that matches the caption in no unit is a warning',
      code: 'Tabell 1. Fördelning av 100 miljoner kronor\n\nRegion\tBelopp\nKalmar\t61\nGotland\t44\n',
      findings: [{ severity: 'warning', message: /— osäker läsning: tabellen anger inte sin enhet$/ }],
    },
  ],
});

/**
 * A sentence that counts the recipients of a list ("till fyra kommuner och två regioner") points
 * at it, though no verb or "tabellen" does; the link is a reading, so a mismatch is a warning.
 * Written for this test, in two layouts (bullets after a lead-in, "Namn: belopp" lines).
 */
const bullets = (lead: string, items: string[]): string => [lead, '', 'Beslutet i korthet:', '', ...items.map((i) => `  • ${i}`), ''].join('\n');
const COUNTED = (rows: number): string => `att meningen talar om tabellen är läst ur att den räknar lika många mottagare som tabellen har rader (${rows})`;
ruleTester(tableTotal, {
  valid: [
    {
      // 20 + 12,5 + 7,5 + 10 = 50.
      name: 'bullets: four recipients counted, the amounts add up',
      code: bullets('Myndigheten ger 50 miljoner kronor till tre kommuner och en region.', ['Ale kommun, 20 miljoner kronor (sökt 30 mnkr)', 'Borås kommun, 12,5 miljoner kronor (sökt 20 mnkr)', 'Lerums kommun, 7,5 miljoner kronor (sökt 8 mnkr)', 'Region Halland, 10 miljoner kronor (sökt 12 mnkr)']),
    },
    {
      // Five counted, four listed: the sentence speaks of something else.
      name: 'bullets: the count differs from the list',
      code: bullets('Myndigheten ger 60 miljoner kronor till fem kommuner.', ['Ale kommun, 20 miljoner kronor (sökt 30 mnkr)', 'Borås kommun, 12,5 miljoner kronor (sökt 20 mnkr)', 'Lerums kommun, 7,5 miljoner kronor (sökt 8 mnkr)', 'Region Halland, 10 miljoner kronor (sökt 12 mnkr)']),
    },
  ],
  invalid: [
    {
      // 20 + 12,5 + 7,5 + 6 = 46 against 50.
      name: 'bullets: four recipients counted, the amounts add up to less',
      code: bullets('Myndigheten ger 50 miljoner kronor till tre kommuner och en region.', ['Ale kommun, 20 miljoner kronor (sökt 30 mnkr)', 'Borås kommun, 12,5 miljoner kronor (sökt 20 mnkr)', 'Lerums kommun, 7,5 miljoner kronor (sökt 8 mnkr)', 'Region Halland, 6 miljoner kronor (sökt 12 mnkr)']),
      findings: [{ severity: 'warning', message: new RegExp(`50 000 000 kr.*46 000 000 kr.*${COUNTED(4).replace(/[()]/g, '\\$&')}`), line: 1 }],
    },
    {
      // 12,3 + 15 + 10 = 37,3 against 40.
      name: '"Namn: belopp" lines: three regions counted in words',
      code: 'Tre regioner får dela på 40 miljoner kronor i år.\n\nRegion Kalmar: 12,3 miljoner kronor\nRegion Blekinge: 15 miljoner kronor\nRegion Kronoberg: 10 miljoner kronor\n',
      findings: [{ severity: 'warning', message: new RegExp(`40 000 000 kr.*37 300 000 kr.*${COUNTED(3).replace(/[()]/g, '\\$&')}`), line: 1 }],
    },
  ],
});

/** A text amount with digit groups of the wrong width is read run together, with a doubt. Written for this test. */
ruleTester(tableTotal, {
  valid: [],
  invalid: [
    {
      // "10 10 000" read as 1 010 000 against the total row's 1 000 000 (400 000 + 600 000). A digit lost or added
      // moves "10 10 000" by at least 450 000, so no reading of it is 1 000 000: an error.
      name: 'tab-separated, a total row: the sentence\'s malformed amount disagrees under every reading',
      code: 'Regeringen betalar ut 10 10 000 kronor till kommunerna enligt tabellen.\n\nKommun\tBelopp (kr)\nAlby\t400 000\nBoda\t600 000\nSumma\t1 000 000\n',
      findings: [{ severity: 'error', message: 'texten anger 1 010 000 kr; summaraden anger 1 000 000 kr (skillnad 10 000 kr)', line: 1 }],
    },
    {
      // The caption's "1 00 000" read as 100 000 against 400 000 + 600 000 = 1 000 000: "1 000 000" with a digit lost.
      name: 'GFM, no total row: a caption amount that may have lost a digit',
      code: [{ file: 't.md', text: 'Tabell 1. Fördelning av 1 00 000 kronor\n\n| Kommun | Belopp (kr) |\n|---|---|\n| Alby | 400 000 |\n| Boda | 600 000 |\n' }],
      findings: [{ severity: 'warning', message: /^rubriken anger 100 000 kr; tabellens 2 rader summerar till 1 000 000 kr \(skillnad 900 000 kr\) — osäker läsning: beloppet i texten är osäkert läst \(felaktig tusentalsgruppering: "1 00 000" läses som 100 000\)/, line: 1 }],
    },
  ],
});

/**
 * A sentence that names the regions as a whole ("Regionerna får …", "… till länsstyrelserna")
 * points at the one table of regions, though no verb, count or "tabellen" does; a reading, so a
 * mismatch is a warning. Written for this test, in two layouts (a GFM table, a bullet list paragraphs away).
 */
const NAMED = 'att meningen talar om tabellen är läst ur att den nämner regionerna \\(eller länen\\) som helhet, och tabellen räknar upp dem';
const regionTable = (lead: string, amounts: [string, string, string]): string =>
  `${lead}\n\n| Region | Belopp (kr) |\n|---|---|\n| Region Stockholm | ${amounts[0]} |\n| Region Uppsala | ${amounts[1]} |\n| Region Skåne | ${amounts[2]} |\n`;
ruleTester(tableTotal, {
  valid: [
    // 25 000 000 + 10 000 000 + 15 000 000 = 50 000 000.
    { name: 'GFM: "Regionerna får" a total the table adds up to', code: [{ file: 'r.md', text: regionTable('Regionerna får sammanlagt 50 000 000 kronor i år.', ['25 000 000', '10 000 000', '15 000 000']) }] },
    // Two region tables: which one the sentence means is not known, so nothing is claimed.
    {
      name: 'GFM: two region tables, the sentence names neither',
      code: [{ file: 'r.md', text: `${regionTable('Regionerna får sammanlagt 52 000 000 kronor i år.', ['25 000 000', '10 000 000', '15 000 000'])}\nOch förra året:\n\n| Region | Belopp (kr) |\n|---|---|\n| Region Stockholm | 24 000 000 |\n| Region Uppsala | 9 000 000 |\n| Region Skåne | 14 000 000 |\n` }],
    },
  ],
  invalid: [
    {
      // 27 000 000 + 10 000 000 + 15 000 000 = 52 000 000 against 50 000 000, 4 % off: beyond a verb's 2 % reach, within a named table's 10 %.
      name: 'GFM: "Regionerna får" a total the table does not add up to',
      code: [{ file: 'r.md', text: regionTable('Regionerna får sammanlagt 50 000 000 kronor i år.', ['27 000 000', '10 000 000', '15 000 000']) }],
      findings: [{ severity: 'warning', message: new RegExp(`^texten anger 50 000 000 kr; tabellens 3 rader summerar till 52 000 000 kr \\(skillnad 2 000 000 kr\\) — osäker läsning: ${NAMED}$`), line: 1 }],
    },
    {
      // 3 100 000 + 2 000 000 + 4 000 000 = 9 100 000 against 9 000 000.
      name: 'a bullet list of counties, paragraphs under a sentence that names the county boards',
      code: 'Så fördelas stödet\n\nLänsstyrelserna får tillsammans 9 000 000 kronor i år, enligt beslutet.\n\nPengarna ska gå till arbetet mot våld i nära relationer.\n\n- Stockholms län: 3 100 000 kronor\n- Uppsala län: 2 000 000 kronor\n- Skåne län: 4 000 000 kronor\n',
      findings: [{ severity: 'warning', message: new RegExp(`^texten anger 9 000 000 kr; tabellens 3 rader summerar till 9 100 000 kr \\(skillnad 100 000 kr\\) — osäker läsning: ${NAMED}$`), line: 3 }],
    },
  ],
});

/**
 * A sentence that counts a list's recipients, or names the regions as a whole, with one amount,
 * beside the one list of one money column: its amount is the list's total up to 25 % from it (an
 * item left out, a misprinted digit), beyond a named table's 10 %; a reading, so a warning that
 * says how far. Written for this test, in two layouts (bullets under a lead-in that follows the
 * count, "Län belopp" lines paragraphs under a sentence naming the county boards).
 */
const FAR = (percent: number): string => `beloppet ligger ${percent} % från tabellens summa; en utelämnad rad eller en felskriven siffra kan förklara det, men också att meningen talar om en annan summa`;
const fourRegions = (lead: string, last: string): string =>
  `${lead}\n\n- Region Kalmar län: 30 mnkr\n- Region Kronoberg: 25 mnkr\n- Region Blekinge: 20 mnkr\n- Region Gotland: ${last}\n`;
const counties = (lead: string, last: string): string =>
  `${lead}\n\n– Det ger länen bättre förutsättningar, säger ministern.\n\nFördelning:\n\nKalmar län 10 miljoner kronor\nGotlands län 9 miljoner kronor\nBlekinge län 6 miljoner kronor\nSkåne län ${last}\n`;
ruleTester(tableTotal, {
  valid: [
    // 30 + 25 + 20 + 25 = 100.
    { name: 'bullets: the counted total the list makes', code: fourRegions('Regeringen fördelar 100 miljoner kronor till fyra regioner. Så här fördelas pengarna:', '25 mnkr') },
    // 30 + 25 + 20 + 15 = 90 against 150: 67 % off, some other sum.
    { name: 'bullets: a counted amount far beyond the list', code: fourRegions('Regeringen fördelar 150 miljoner kronor till fyra regioner. Så här fördelas pengarna:', '15 mnkr') },
    // "ytterligare" makes the amount a part of some whole: 90 against 100 is no claim of the list's total.
    { name: 'bullets: a counted amount that is an addition', code: fourRegions('Regeringen fördelar ytterligare 100 miljoner kronor till fyra regioner. Så här fördelas pengarna:', '15 mnkr') },
    // 10 + 9 + 6 + 11 = 36.
    { name: 'lines: the county boards\' total the list makes', code: counties('Länsstyrelserna får dela på 36 miljoner kronor för arbetet mot vattenbrist.', '11 miljoner kronor') },
  ],
  invalid: [
    {
      // 30 + 25 + 20 + 15 = 90 against 100: 10 millions, 11 % of 90, beyond a named table's 10 %.
      name: 'bullets: four regions counted, one item short',
      code: fourRegions('Regeringen fördelar 100 miljoner kronor till fyra regioner. Så här fördelas pengarna:', '15 mnkr'),
      findings: [
        {
          severity: 'warning',
          message: `texten anger 100 000 000 kr; tabellens 4 rader summerar till 90 000 000 kr (skillnad 10 000 000 kr, avrundning tillåter ±2 500 000 kr) — osäker läsning: ${COUNTED(4)}; ${FAR(11)}`,
          line: 1,
        },
      ],
    },
    {
      // 10 + 9 + 6 + 7 = 32 against 36: 12,5 % of 32, beyond the 5 % a sentence naming the county boards reaches and the 10 % of a lead's verb.
      name: 'lines: the county boards named, the list paragraphs away short of their total',
      code: counties('Länsstyrelserna får dela på 36 miljoner kronor för arbetet mot vattenbrist.', '7 miljoner kronor'),
      findings: [
        {
          severity: 'warning',
          message: new RegExp(`^texten anger 36 000 000 kr; tabellens 4 rader summerar till 32 000 000 kr \\(skillnad 4 000 000 kr, avrundning tillåter ±2 500 000 kr\\) — osäker läsning: ${NAMED}; ${FAR(13)}$`),
          line: 1,
        },
      ],
    },
  ],
});
