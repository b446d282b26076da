import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

/** "varav" parts written without a unit, read in the whole's unit (bare-varav-parts.ts), in wordings written for this test. */
ruleTester(sum, {
  valid: [
    { name: 'bare parts that leave a remainder', code: 'Staten satsar 200 miljoner kronor, varav 80 till Västra Götaland och 60 till Östergötland, på nya cykelvägar.' },
    // 3 + 2 + 4 = 9 in whole millions, each ±0,5: 7,5 is within their rounding, and the parts need not be all.
    { name: 'bare parts within their rounding', code: 'Fonden beviljar 7,5 miljoner kronor till tre föreningar, varav 3 går till Bygdegården, 2 till Hembygdsföreningen och 4 till Scouterna.' },
    // The figures count what the figure before them counts: no parts of the money.
    { name: 'a count between the whole and varav', code: 'Kommunen får 2 miljoner kronor till 150 nya platser, varav 100 i Malmö och 80 i Lund.' },
    // One part alone larger than the whole: the whole's scale is not the parts'.
    { name: 'a bare part larger than the whole', code: 'Regionen lägger 1,2 miljarder kronor på vården, varav 450 till psykiatrin och 900 till akutsjukvården.' },
    { name: 'a year after varav', code: 'Anslaget är 50 miljoner kronor, varav 2025 till 30 och resten senare.' },
  ],
  invalid: [
    {
      name: 'bare parts after varav that pass the whole',
      code: 'Regeringen ger 120 miljoner kronor, varav 45 till Skåne och 90 till Halland, för att bygga ut laddstolpar.',
      findings: [
        {
          severity: 'warning',
          message:
            '2 delbelopp efter "varav" summerar till 135 000 000 kr; helheten anges till 120 000 000 kr (skillnad 15 000 000 kr, avrundning tillåter ±1 500 000 kr) — osäker läsning: delbeloppen 45, 90 efter "varav" står utan enhet och är lästa i helhetens enhet (120 miljoner kronor)',
          line: 1,
          column: 16,
          expected: '120000000',
          actual: '135000000',
        },
      ],
    },
    {
      name: 'bare parts in kronor with a remainder that misses the whole',
      code: 'Länsstyrelsen delar ut 900 000 kronor, därav 350 000 går till Gävle, 250 000 till Sandviken och resterande 200 000 till Hudiksvall.',
      findings: [{ severity: 'warning', message: /^3 delbelopp efter "varav" summerar till 800 000 kr; helheten anges till 900 000 kr .*delbeloppen 350 000, 250 000, 200 000 efter "varav" står utan enhet/, expected: '900000', actual: '800000' }],
    },
    {
      name: 'one part with a unit and one bare',
      code: 'Anslaget på 30 miljoner kronor, varav 20 miljoner kronor till Dalarna och 15 till Gävleborg, betalas ut i maj.',
      findings: [{ severity: 'warning', message: /^2 delbelopp efter "varav" summerar till 35 000 000 kr; .*delbeloppen 15 efter "varav"/, expected: '30000000', actual: '35000000' }],
    },
  ],
});
