import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/**
 * A lead that grants one amount to a counted number of recipients, told recipient by recipient
 * paragraphs away (counted-grants.ts). Wordings written for this test; every sum checked by hand.
 */
const reading = (n: number): string => `att meningarna är ingressens mottagare är läst ur att de är lika många som den räknar (${n})`;

ruleTester(sum, {
  valid: [
    {
      // 1 200 000 + 800 000 = 2 000 000.
      name: 'two grants that make the lead',
      code:
        'Nämnden beviljade i går 2 000 000 kronor till två projekt.\n\n' +
        'Projekten gäller kollektivtrafik och kompetens.\n\n' +
        'Föreningen Norrbygd beviljas 1 200 000 kronor för projektet Vägen vidare.\n\n' +
        'Projektet ska pågå i tre år.\n\n' +
        'Kommunförbundet beviljas 800 000 kronor för en förstudie.\n',
    },
    {
      // Three grant sentences for "två projekt": the count does not name them.
      name: 'more grant sentences than the lead counts',
      code:
        'Nämnden beviljade 2 000 000 kronor till två projekt.\n\n' +
        'Föreningen A beviljas 1 000 000 kronor.\n\nFöreningen B beviljas 500 000 kronor.\n\nFöreningen C beviljas 300 000 kronor.\n',
    },
    {
      // 1 000 000 + 500 000 = 1 500 000, not 2 000 000: but a sentence after the lead names money without granting it.
      name: 'another sentence with money after the lead',
      code:
        'Nämnden beviljade 2 000 000 kronor till två projekt.\n\n' +
        'Förra året var potten 3 000 000 kronor.\n\n' +
        'Föreningen A beviljas 1 000 000 kronor.\n\nFöreningen B beviljas 500 000 kronor.\n',
    },
    {
      // A quotation with money is no grant: the lead is left unread.
      name: 'a quotation with money among the grants',
      code:
        'Fonden delar ut 900 000 kronor till två föreningar.\n\n' +
        '– Vi får 400 000 kronor och det betyder mycket, säger ordföranden.\n\n' +
        'Idrottsklubben får 300 000 kronor.\n',
    },
    {
      // 5 497 718 against "cirka 5,5 miljoner": a loosened lead; only a match within its rounding would be told, as an info.
      name: 'a loosened lead the grants do not meet',
      code: 'Utskottet beviljade cirka 5,5 miljoner kronor till två projekt.\n\nFöreningen A beviljas 4 000 000 kr för projektet.\n\nFöreningen B beviljas 600 000 kr för projektet.\n',
    },
    {
      // 450 000 + 300 000 + 250 000 = 1 000 000: numbered items, each with its description under it, make the lead.
      name: 'numbered items told between descriptions that make the lead',
      code:
        'Kulturnämnden beviljade 1 000 000 kronor till tre föreningar. Beslutet fattades på tisdagen.\n\n' +
        '1. Bygdens röster – 450 000 kronor\n\n' +
        'Föreningen ska spela in berättelser från äldre i socknen.\n\n' +
        '2. Teater i skogen – 300 000 kronor\n\n' +
        'En sommarföreställning i det fria.\n\n' +
        '3. Musik för alla – 250 000 kronor\n\n' +
        'Kurser för nybörjare i alla åldrar.\n',
    },
  ],
  invalid: [
    {
      // 1 200 000 + 700 000 = 1 900 000 against 2 000 000: 100 000 kronor apart, whole kronor.
      name: 'two grants, paragraphs away, that fall short of the lead',
      code:
        'Nämnden beviljade i går 2 000 000 kronor till två projekt.\n\n' +
        'Projekten gäller kollektivtrafik och kompetens.\n\n' +
        'Föreningen Norrbygd beviljas 1 200 000 kronor för projektet Vägen vidare.\n\n' +
        'Projektet ska pågå i tre år.\n\n' +
        'Kommunförbundet beviljas 700 000 kronor för en förstudie.\n',
      findings: [
        {
          severity: 'warning',
          message: `de 2 meningarna som beviljar belopp efter ingressen summerar till 1 900 000 kr; ingressen anger 2 000 000 kr till 2 mottagare (skillnad 100 000 kr) — osäker läsning: ${reading(2)}`,
          line: 1,
          expected: '2000000',
          actual: '1900000',
        },
      ],
    },
    {
      // 150 000 + 120 000 + 100 000 = 370 000 against 400 000; one grant opens with "Till", one gives two amounts.
      name: 'three recipients told with "får" and "Till … går", one with two amounts',
      code:
        'Tre föreningar får dela på 400 000 kronor ur bygdefonden.\n\n' +
        'Hembygdsföreningen får 150 000 kronor till taket.\n\n' +
        'Till byalaget går 120 000 kronor.\n\n' +
        'Skytteföreningen får 60 000 kronor till banan och 40 000 kronor till utbildning.\n',
      findings: [
        {
          severity: 'warning',
          message: `de 3 meningarna som beviljar belopp efter ingressen summerar till 370 000 kr; ingressen anger 400 000 kr till 3 mottagare (skillnad 30 000 kr) — osäker läsning: ${reading(3)}`,
        },
      ],
    },
    {
      // 561 000 + 2 700 000 + 2 220 000 = 5 481 000, 19 000 short, within the rounding of "cirka 5,5 miljoner" (±50 000): an info.
      name: 'a loosened lead met within its rounding',
      code: 'Utskottet beviljade cirka 5,5 miljoner kronor till två projekt.\n\nFöreningen A beviljas 561 000 kr för projektet.\n\nFöreningen B beviljas 2 700 000 kr från anslaget och 2 220 000 kr ur egna medel.\n',
      findings: [
        {
          severity: 'info',
          message: 'de 2 meningarna som beviljar belopp efter ingressen summerar till 5 481 000 kr; ingressen anger 5 500 000 kr till 2 mottagare (skillnad 19 000 kr, avrundning tillåter ±50 000 kr) — stämmer inom avrundningen',
        },
      ],
    },
    {
      // 1 200 000 + 2 000 000 = 3 200 000 against 3 500 000: bullets with the owner and a description under each.
      name: 'bulleted projects told between their descriptions that fall short of the lead',
      code:
        'Partnerskapet prioriterade i dag EU-medel till turismen. Totalt fördelades 3 500 000 kronor på två projekt i länet. Beslutet fattas formellt senare.\n\n' +
        '  • Fjällvägen,  1 200 000 kr\n    Föreningen Fjällbygd\n\n' +
        '    Projektet ska märka upp leder och bygga rastplatser.\n\n' +
        '  • Kustleden,  2 000 000 kr\n    Kustleden Ekonomisk Förening\n\n' +
        '    Projektet är en förlängning. Det ska pågå i två år.\n\n' +
        'För mer information: kontakta regionen.\n',
      findings: [
        {
          severity: 'warning',
          message: `de 2 meningarna som beviljar belopp efter ingressen summerar till 3 200 000 kr; ingressen anger 3 500 000 kr till 2 mottagare (skillnad 300 000 kr) — osäker läsning: ${reading(2)}`,
          expected: '3500000',
          actual: '3200000',
        },
      ],
    },
    {
      // 40 000 + 35 000 + 30 000 = 105 000 against 110 000: Markdown items, each cut from the next by a paragraph.
      name: 'Markdown items with paragraphs between them that fall short of the lead',
      code: [
        {
          file: 'stipendier.md',
          text:
            'Nämnden delar ut 110 000 kronor till tre föreningar i år.\n\n' +
            '- Scoutkåren Ekorren: 40 000 kronor\n\n' +
            'Pengarna går till ett nytt tält.\n\n' +
            '- Byalaget Norr: 35 000 kronor\n\n' +
            'Byalaget rustar badplatsen.\n\n' +
            '- Hembygdsföreningen: 30 000 kronor\n\n' +
            'Museet får nya montrar.\n',
        },
      ],
      findings: [
        {
          severity: 'warning',
          message: `de 3 meningarna som beviljar belopp efter ingressen summerar till 105 000 kr; ingressen anger 110 000 kr till 3 mottagare (skillnad 5 000 kr) — osäker läsning: ${reading(3)}`,
        },
      ],
    },
    {
      // 500 000 + 300 000 = 800 000 against 900 000: a lead over the one list that holds both amounts is list-sum.ts's; one finding, not two.
      name: 'a counting lead right over its list is left to the list check',
      code: 'Regionen fördelar 900 000 kronor till två kommuner.\n\n* Alby kommun, 500 000 kr\n* Bodby kommun, 300 000 kr\n',
      findings: [
        {
          severity: 'warning',
          message: 'listans 2 belopp summerar till 800 000 kr; meningen före listan anger 900 000 kr (skillnad 100 000 kr) — osäker läsning: att listans punkter är ingressens mottagare är läst ur att de är lika många som den räknar (2)',
        },
      ],
    },
    {
      // 800 000 + 890 000 + 700 000 = 2 390 000 against 2 460 000: numbered headings without amounts, each grant in a paragraph
      // under its heading; the lead counts "tre olika utvecklingsprojekt", a compound noun after an adjective.
      name: 'grants under numbered headings, counted by a compound noun',
      code:
        'Nämnden har beviljat totalt 2 460 000 kr fördelat på tre olika utvecklingsprojekt.\n\n' +
        '1. Skogsprogrammet\n\nNämnden beslutar att Länsstyrelsen beviljas 800 000 kr.\n\nProgrammet ska tas fram i samverkan.\n\n' +
        '2. Attraktiv ort\n\nNämnden beslutar att Orten kommun beviljas 890 000 kr.\n\n' +
        '3. Banan\n\nNämnden beslutar att Tåg AB beviljas 700 000 kr.\n',
      findings: [
        {
          severity: 'warning',
          message: `de 3 meningarna som beviljar belopp efter ingressen summerar till 2 390 000 kr; ingressen anger 2 460 000 kr till 3 mottagare (skillnad 70 000 kr) — osäker läsning: ${reading(3)}`,
        },
      ],
    },
  ],
});
