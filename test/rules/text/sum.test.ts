import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';
import { mutated, seedCase } from './seeds.js';

ruleTester(sum, {
  valid: [
    seedCase(0),
    seedCase(1),
    // 3 430 250 000 = 100 000 000 + 3 330 250 000; the four lists of anslagsposter add up to 2 466 000 000, 80 000 000,
    // 750 000 000 and 34 250 000; "sju områden" has seven bullets.
    seedCase(2),
    // "2 937 miljoner kronor …, varav regionerna tilldelas 2 925 miljoner" names one part only; 530 = 450 + 80;
    // "sju olika fokusområden" has seven bullets.
    seedCase(3),
    seedCase(4),
    { name: 'a varav part that leaves a remainder', code: 'Regeringen avsätter 500 000 000 kronor, varav 100 000 000 kronor till forskning och 50 000 000 kronor till utbildning.' },
    { name: 'a list of examples', code: 'Satsningen omfattar 10 000 000 kronor, bland annat:\n\n- 2 000 000 kronor till X\n- 3 000 000 kronor till Y\n' },
    { name: 'a count of years is no count of items', code: 'Medlen fördelas under tre år:\n\n- 2024\n- 2025\n' },
  ],
  invalid: [
    {
      name: 'seed 002 with a bullet removed from the seven areas',
      code: mutated(2, '- Nationella kvalitetsregister\n', ''),
      findings: [{ severity: 'error', message: '"sju områden" utlovar 7 punkter men listan har 6', line: 55, column: 92, expected: '7', actual: '6' }],
    },
    {
      name: 'seed 003 with an eighth focus area',
      code: mutated(3, '- Kompetensförsörjning', '- Kompetensförsörjning\n- Extra'),
      // The lead ends with a full stop ("… i sju olika fokusområden."), so it need not speak of the list: a warning.
      findings: [
        {
          severity: 'warning',
          message: '"sju olika fokusområden" utlovar 7 punkter men listan har 8 — osäker läsning: meningen slutar med punkt och behöver inte syfta på listan',
          line: 98,
          column: 47,
        },
      ],
    },
    {
      // 2 420 000 000 + 56 000 000 = 2 476 000 000 against "betala ut 2 466 000 000 kronor till regionerna".
      name: 'seed 002 with 56 000 000 from anslagsposten 17',
      code: mutated(2, '- 46 000 000 kronor', '- 56 000 000 kronor'),
      findings: [
        {
          severity: 'error',
          message: 'listans 2 belopp summerar till 2 476 000 000 kr; texten anger 2 466 000 000 kr till regionerna (skillnad 10 000 000 kr)',
          line: 15,
          column: 170,
          expected: '2466000000',
          actual: '2476000000',
        },
      ],
    },
    {
      // 9 000 000 + 58 000 000 + 3 000 000 = 70 000 000 against 80 000 000 "till regionerna via SKR".
      name: 'seed 002 with 58 000 000 for the national quality registers',
      code: mutated(2, '- 68 000 000 kronor', '- 58 000 000 kronor'),
      findings: [
        {
          severity: 'error',
          message: 'listans 3 belopp summerar till 70 000 000 kr; texten anger 80 000 000 kr till regionerna via SKR (skillnad 10 000 000 kr)',
          line: 17,
          column: 90,
        },
      ],
    },
    {
      // 450 + 90 = 540 miljoner against 530 miljoner; three figures of ±0,5 miljoner allow ±1,5 miljoner.
      name: 'seed 003 with varav parts that exceed the whole',
      code: mutated(3, 'och 80 \nmiljoner', 'och 90 \nmiljoner'),
      findings: [
        {
          severity: 'error',
          message:
            '2 delbelopp efter "varav" summerar till 540 000 000 kr; helheten anges till 530 000 000 kr (skillnad 10 000 000 kr, avrundning tillåter ±1 500 000 kr)',
          line: 71,
          column: 57,
          expected: '530000000',
          actual: '540000000',
        },
      ],
    },
    {
      name: 'a remainder that does not make the whole',
      code: 'Regeringen avsätter 500 000 000 kronor, varav 100 000 000 kronor till forskning och resterande 300 000 000 kronor till utbildning.',
      findings: [
        {
          severity: 'error',
          message: '2 delbelopp efter "varav" summerar till 400 000 000 kr; helheten anges till 500 000 000 kr (skillnad 100 000 000 kr)',
          line: 1,
          column: 21,
        },
      ],
    },
    {
      name: 'a list under an amount that exceeds it',
      code: 'Medlen, 10 000 000 kronor, fördelas enligt följande:\n\n- 6 000 000 kronor till X\n- 5 000 000 kronor till Y\n',
      findings: [
        {
          severity: 'error',
          message: 'listans 2 belopp summerar till 11 000 000 kr; meningen före listan anger 10 000 000 kr (skillnad 1 000 000 kr)',
          line: 1,
          column: 9,
        },
      ],
    },
  ],
});
