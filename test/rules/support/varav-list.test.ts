import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

// "varav" parts are a list, each after the first behind "och", a comma, "samt" or "respektive".
ruleTester(sum, {
  valid: [
    {
      // A table printed to PDF and read as one run of text: its next rows are no parts of the varav.
      name: 'table rows run into the sentence after a varav row',
      code: 'Region Stockholm 1 204 350 kr varav Solna 200 000 kr Region Uppsala 455 200 kr Summa 1 659 550 kr',
    },
    {
      name: 'items after a därav part, without separators',
      code: 'Anslaget 500 000 kr därav drift 100 000 kr Investeringar 300 000 kr Övrigt 250 000 kr',
    },
  ],
  invalid: [
    {
      // 700 000 + 400 000 = 1 100 000 against the whole of 1 000 000.
      name: 'parts joined by "och" still exceed their whole',
      code: 'Stödet är 1 000 000 kronor, varav 700 000 kronor till A och 400 000 kronor till B.',
      findings: [{ severity: 'error', message: '2 delbelopp efter "varav" summerar till 1 100 000 kr; helheten anges till 1 000 000 kr (skillnad 100 000 kr)' }],
    },
    {
      // 600 000 + 300 000 + 200 000 = 1 100 000, parts behind a comma and "samt".
      name: 'parts joined by a comma and "samt"',
      code: 'Stödet är 1 000 000 kronor, varav 600 000 kronor till A, 300 000 kronor till B samt 200 000 kronor till C.',
      findings: [{ severity: 'error', message: '3 delbelopp efter "varav" summerar till 1 100 000 kr; helheten anges till 1 000 000 kr (skillnad 100 000 kr)' }],
    },
  ],
});
