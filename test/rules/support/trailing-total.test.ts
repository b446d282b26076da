import { sum } from '../../../src/rules/text/sum.js';
import { ruleTester } from '../rule-tester.js';

// Parts first and their total last, in one sentence.
ruleTester(sum, {
  valid: [
    { name: 'two parts and ", totalt" that they make', code: 'Region Skåne får 20 000 000 kronor och Region Halland 25 000 000 kronor, totalt 45 000 000 kronor.' },
    { name: 'three parts and a bracketed "tillsammans"', code: 'Kassa A får 1 200 000 kr, Kassa B 800 000 kr och Kassa C 500 000 kr (tillsammans 2 500 000 kr).' },
    { name: 'parts given per year are no parts of a one-off total', code: 'Region Skåne får 2 000 000 kronor per år och Region Halland 3 000 000 kronor per år, totalt 15 000 000 kronor.' },
    { name: 'the whole said first again is no part', code: 'Av de 45 000 000 kronorna går 20 000 000 kronor till Skåne och 25 000 000 kronor till Halland, totalt 45 000 000 kronor.' },
    {
      name: 'an amount larger than the total is no part, and the parts are not read',
      code: 'Skåne får 20 000 000 kronor av anslagets 100 000 000 kronor och Halland 25 000 000 kronor, totalt 45 000 000 kronor.',
    },
  ],
  invalid: [
    {
      // 20 000 000 + 25 000 000 = 45 000 000, not 46 000 000; which amounts are parts is a reading: a warning.
      name: 'two parts that do not make the total after them',
      code: 'Region Skåne får 20 000 000 kronor och Region Halland 25 000 000 kronor, totalt 46 000 000 kronor.',
      findings: [
        {
          severity: 'warning',
          message:
            'de 2 beloppen före "totalt" summerar till 45 000 000 kr; meningen anger totalt 46 000 000 kr (skillnad 1 000 000 kr) — osäker läsning: att beloppen före "totalt" är dess delar är läst ur deras plats i meningen',
          line: 1,
          column: 81,
          expected: '46000000',
          actual: '45000000',
        },
      ],
    },
    {
      // 1 200 000 + 1 300 000 = 2 500 000 against 3 500 000 "under perioden 2025–2027": the total may hold a third year.
      name: 'a total over a period the parts may not fill warns',
      code: 'Kassan får 1 200 000 kronor 2025 och 1 300 000 kronor 2026 – sammanlagt 3 500 000 kronor under perioden 2025–2027.',
      findings: [
        {
          severity: 'warning',
          message:
            'de 2 beloppen före "totalt" summerar till 2 500 000 kr; meningen anger totalt 3 500 000 kr (skillnad 1 000 000 kr) — osäker läsning: att beloppen före "totalt" är dess delar är läst ur deras plats i meningen; totalen anges för en period eller ett omfång som kan vara större än de delar meningen nämner',
        },
      ],
    },
    {
      // 20 + 25 = 45 against 46 million, each figure ±0,5 million: within rounding, an info.
      name: 'rounded millions within their rounding',
      code: 'Region Skåne får 20 miljoner kronor och Region Halland 25 miljoner kronor, totalt 46 miljoner kronor.',
      findings: [
        {
          severity: 'info',
          message:
            'de 2 beloppen före "totalt" summerar till 45 000 000 kr; meningen anger totalt 46 000 000 kr (skillnad 1 000 000 kr, avrundning tillåter ±1 500 000 kr) — stämmer inom avrundningen',
        },
      ],
    },
  ],
});
