import { readFileSync } from 'node:fs';
import { arithmetic } from '../../../src/rules/framework/arithmetic.js';
import { ceiling } from '../../../src/rules/framework/ceiling.js';
import { frameSums } from '../../../src/rules/framework/frame.js';
import { keyTotal } from '../../../src/rules/framework/key-total.js';
import { frameworkLink } from '../../../src/rules/framework/link.js';
import { statedAmount } from '../../../src/rules/framework/stated-amount.js';
import { ruleTester, type Source } from '../rule-tester.js';

const seed = (name: string): string => readFileSync(`corpus/${name}`, 'utf8');
const DECISION = seed('000_cc938031a1688a8c.txt');
const AGREEMENT: Source = { file: '003.txt', text: seed('003_6c5901d824c186aa.txt') };
const decision = (text = DECISION, file = '000.txt'): Source => ({ file, text });
const REF = 'överenskommelsen om ökad tillgänglighet i hälso- och sjukvården 2024 (003.txt)';

ruleTester(frameworkLink, {
  valid: [{ name: 'a decision under an agreement not in the run', code: [decision(seed('001_e7b5af15c7845b07.txt'))] }],
  invalid: [
    {
      name: 'seed 000 links to seed 003 by name and year',
      code: [decision(), AGREEMENT],
      findings: [{ severity: 'info', message: `000.txt hör till ${REF} (via namn och år, ram härledd ur överenskommelsens text)` }],
    },
  ],
});

ruleTester(statedAmount, {
  valid: [{ name: 'the decision alone', code: [decision()] }],
  invalid: [
    {
      name: 'seed 000 against seed 003: all four figures fit',
      code: [decision(), AGREEMENT],
      findings: [
        { severity: 'info', message: `det avsatta beloppet 2 937 000 000 kr stämmer med ${REF}: totalt = 2 937 miljoner kr`, line: 22 },
        { severity: 'info', message: `utbetalningen efter rekvisition 1 237 500 000 kr stämmer med ${REF}: efter_rekvisition = 1 237,5 miljoner kr`, line: 22 },
        { severity: 'info', message: `SKR:s del 12 000 000 kr stämmer med ${REF}: skr = 12 miljoner kr`, line: 22 },
        { severity: 'info', message: `resterande medel 1 687 500 000 kr stämmer med ${REF}: utan_rekvisition = 1 687,5 miljoner kr`, line: 24 },
      ],
    },
    {
      name: '"avsatt 2 973 000 000" contradicts the frame total',
      code: [decision(DECISION.replace('avsatt 2 937 000 000', 'avsatt 2 973 000 000')), AGREEMENT],
      findings: [
        {
          severity: 'error',
          message: `000.txt anger det avsatta beloppet till 2 973 000 000 kr; ${REF} anger 2 937 miljoner kr (totalt) (skillnad 36 000 000 kr, avrundning tillåter ±500 000 kr)`,
          expected: '2937000000',
          actual: '2973000000',
        },
        { severity: 'info', message: /^utbetalningen efter rekvisition/ },
        { severity: 'info', message: /^SKR:s del/ },
        { severity: 'info', message: /^resterande medel/ },
      ],
    },
    {
      name: '"SKR tilldelades 21 000 000" contradicts SKR\'s 12 miljoner',
      code: [decision(DECISION.replace('SKR tilldelades 12 000 000', 'SKR tilldelades 21 000 000')), AGREEMENT],
      findings: [
        { severity: 'info', message: /^det avsatta beloppet/ },
        { severity: 'info', message: /^utbetalningen efter rekvisition/ },
        {
          severity: 'error',
          message: `000.txt anger SKR:s del till 21 000 000 kr; ${REF} anger 12 miljoner kr (skr) (skillnad 9 000 000 kr, avrundning tillåter ±500 000 kr)`,
          expected: '12000000',
          actual: '21000000',
        },
        { severity: 'info', message: /^resterande medel/ },
      ],
    },
  ],
});

ruleTester(arithmetic, {
  valid: [{ name: 'a decision without a frame', code: [decision()] }],
  invalid: [
    {
      name: 'seed 000: remaining, this decision and the table total',
      code: [decision(), AGREEMENT],
      findings: [
        { severity: 'info', message: 'beloppet i detta beslut 1 545 740 465 kr = 1 687 500 000 kr − 141 759 535 kr', line: 16 },
        { severity: 'info', message: 'utbetalningen enligt beslutet (tabellens summarad) 1 545 740 465 kr = 1 545 740 465 kr', line: 16 },
        { severity: 'info', message: 'resterande medel 1 687 500 000 kr = 2 937 000 000 kr − 1 237 500 000 kr − 12 000 000 kr', line: 24 },
      ],
    },
    {
      name: 'a wrong payout in August breaks this decision\'s amount',
      code: [decision(DECISION.replace('141 759 535', '141 795 535')), AGREEMENT],
      findings: [
        {
          severity: 'error',
          message: '000.txt: beloppet i detta beslut anges till 1 545 740 465 kr men 1 687 500 000 kr − 141 795 535 kr = 1 545 704 465 kr (skillnad 36 000 kr)',
          // expected: the amount the decision states; actual: remaining less the payouts since.
          expected: '1545740465',
          actual: '1545704465',
        },
        { severity: 'info', message: /tabellens summarad/ },
        { severity: 'info', message: /^resterande medel/ },
      ],
    },
  ],
});

ruleTester(keyTotal, {
  valid: [{ name: 'a decision without a frame', code: [decision()] }],
  invalid: [
    {
      name: 'seed 000: 40 000 000 by 0–18 år exactly, 1 197 500 000 against 1 197 miljoner within rounding',
      code: [decision(), AGREEMENT],
      findings: [
        { severity: 'info', message: `kolumnen "BUP / Befolkning 0–18 år" 40 000 000 kr = efter_rekvisition_befolkning_0_18 40 miljoner kr i ${REF}, fördelat efter befolkning_0_18` },
        {
          severity: 'info',
          message: `kolumnen "Exkl BUP / Befolkning totalt" 1 197 500 000 kr = efter_rekvisition_befolkning 1 197 miljoner kr i ${REF}, fördelat efter befolkning (inom avrundningen, skillnad 500 000 kr, avrundning tillåter ±500 000 kr)`,
        },
      ],
    },
    {
      name: 'a 0–18 column totalling 41 000 000',
      code: [decision(DECISION.replace('Riket\t40 000 000', 'Riket\t41 000 000')), AGREEMENT],
      findings: [
        { severity: 'error', message: /kolumnen "BUP \/ Befolkning 0–18 år" summerar till 41 000 000 kr; .* fördelar 40 miljoner kr \(efter_rekvisition_befolkning_0_18\) efter befolkning_0_18/, expected: '40000000', actual: '41000000' },
        { severity: 'info', message: /Befolkning totalt/ },
      ],
    },
  ],
});

ruleTester(ceiling, {
  valid: [{ name: 'no agreement in the run', code: [decision()] }],
  invalid: [
    {
      name: 'two renditions of seed 000 count once',
      code: [decision(), decision(DECISION, '000-copy.txt'), AGREEMENT],
      findings: [
        { severity: 'info', message: `1 beslut (000.txt) betalar ut 1 545 740 465 kr av regioner 2 925 miljoner kr i ${REF}; 1 återgivningar av samma beslut räknade en gång` },
      ],
    },
    {
      name: 'a second decision that takes the payouts past the frame',
      code: [decision(), decision(DECISION.replace('2024-12-16', '2024-12-20').replaceAll('1 545 740 465', '1 400 000 000'), '000-b.txt'), AGREEMENT],
      findings: [
        {
          severity: 'error',
          message: `utbetalningarna under ${REF} (000.txt, 000-b.txt) summerar till 2 945 740 465 kr, mer än ramens regioner 2 925 miljoner kr (över med 20 240 465 kr)`,
        },
      ],
    },
  ],
});

ruleTester(frameSums, {
  valid: [{ name: 'a decision alone has no frame', code: [decision()] }],
  invalid: [
    {
      name: 'seed 003: 1 237,5 = 40 + 1 197 miljoner holds only within rounding, twice',
      code: [AGREEMENT],
      findings: [
        { severity: 'info', message: /^efter_rekvisition 1 237 500 000 kr = efter_rekvisition_befolkning_0_18 \+ efter_rekvisition_befolkning = 1 237 000 000 kr .* inom avrundningen$/ },
        { severity: 'info', message: /^utan_rekvisition_grundkrav 1 237 500 000 kr = / },
      ],
    },
  ],
});
