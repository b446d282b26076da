import { arithmetic } from '../../../src/rules/framework/arithmetic.js';
import { ceiling } from '../../../src/rules/framework/ceiling.js';
import { frameSums } from '../../../src/rules/framework/frame.js';
import { keyTotal } from '../../../src/rules/framework/key-total.js';
import { frameworkLink } from '../../../src/rules/framework/link.js';
import { statedAmount } from '../../../src/rules/framework/stated-amount.js';
import { ruleTester, type Source } from '../rule-tester.js';
import { agreement, payout } from './synthetic-docs.js';

/**
 * The framework rules on agreements and decisions written for them (synthetic-docs.ts), in
 * two wordings unlike the seeds': W1 active/supine ("har avsatt", "har betalat ut",
 * "återstående medel uppgår till", "detta beslut omfattar"), W2 past/passive ("avsatte",
 * "har tilldelats", "betalades ut", "kvarvarande medel", "som avses i detta beslut"). The seed
 * cases stay in framework.test.ts.
 */
const W1_NAME = { name: 'stärkt förlossningsvård', year: 2025 };
const W2_NAME = { name: 'kortare väntetider i cancervården', year: 2026 };
const REF1 = 'överenskommelsen om stärkt förlossningsvård 2025 (avtal.txt)';
const REF2 = 'överenskommelsen om kortare väntetider i cancervården 2026 (avtal.txt)';

function w1(o: { total?: string; skr?: string; june?: string; remaining?: string; payout?: string; file?: string; table?: string } = {}): Source {
  return payout({
    ...W1_NAME,
    file: o.file,
    table: o.table,
    decision: `Regeringen beslutar att betala ut ${o.payout ?? '230 000 000'} kronor till regionerna i enlighet med överenskommelsen om stärkt förlossningsvård 2025.`,
    statements: [
      `Regeringen har avsatt totalt ${o.total ?? '600 000 000'} kronor för överenskommelsen.`,
      `Sveriges Kommuner och Regioner erhöll ${o.skr ?? '20 000 000'} kronor.`,
      'I samband med beslutet om överenskommelsen har regeringen betalat ut 300 000 000 kronor till regionerna.',
      `Återstående medel uppgår till ${o.remaining ?? '280 000 000'} kronor.`,
      `I juni 2025 har regeringen betalat ut ${o.june ?? '50 000 000'} kronor till regionerna.`,
      `Detta beslut omfattar ${o.payout ?? '230 000 000'} kronor.`,
    ],
  });
}

function w2(o: { total?: string; skr?: string; june?: string; remaining?: string; payout?: string; file?: string } = {}): Source {
  return payout({
    ...W2_NAME,
    file: o.file,
    decision: `Regeringen betalar ut ${o.payout ?? '230 000 000'} kronor till regionerna enligt överenskommelsen om kortare väntetider i cancervården 2026.`,
    statements: [
      `För ändamålet avsatte regeringen ${o.total ?? '600 000 000'} kronor.`,
      `Sveriges Kommuner och Regioner (SKR) har tilldelats ${o.skr ?? '20 000 000'} kronor.`,
      'I samband med regeringens beslut om överenskommelsen betalades ut 300 000 000 kronor.',
      `Kvarvarande medel, ${o.remaining ?? '280 000 000'} kronor, fördelas efter prestation.`,
      `I juni 2026 betalade regeringen ut ${o.june ?? '50 000 000'} kronor.`,
      `Medlen som avses i detta beslut, ${o.payout ?? '230 000 000'} kronor, fördelas enligt tabell 1.`,
    ],
  });
}

const A1 = agreement(W1_NAME);
const A2 = agreement(W2_NAME);

ruleTester(frameworkLink, {
  valid: [
    { name: 'W1: the decision without its agreement', code: [w1()] },
    { name: 'W2: an agreement of another year', code: [w2(), agreement({ ...W2_NAME, year: 2025 })] },
  ],
  invalid: [
    {
      name: 'W1: linked by name and year',
      code: [w1(), A1],
      findings: [{ severity: 'info', message: `beslut.txt hör till ${REF1} (via namn och år, ram härledd ur överenskommelsens text)`, line: 1 }],
    },
    {
      name: 'W2: linked by name and year',
      code: [w2(), A2],
      findings: [{ severity: 'info', message: `beslut.txt hör till ${REF2} (via namn och år, ram härledd ur överenskommelsens text)`, line: 1 }],
    },
  ],
});

const fits = (ref: string): RegExp[] => [
  new RegExp(`^det avsatta beloppet 600 000 000 kr stämmer med ${ref.replace(/[()]/g, '\\$&')}: totalt = 600 miljoner kr$`),
  /^SKR:s del 20 000 000 kr stämmer med .*: skr = 20 miljoner kr$/,
  /^utbetalningen efter rekvisition 300 000 000 kr stämmer med .*: efter_rekvisition = 300 miljoner kr$/,
  /^resterande medel 280 000 000 kr stämmer med .*: utan_rekvisition = 280 miljoner kr$/,
];

ruleTester(statedAmount, {
  valid: [
    { name: 'W1 alone', code: [w1()] },
    { name: 'W2 alone', code: [w2()] },
  ],
  invalid: [
    { name: 'W1: every statement fits its frame node', code: [w1(), A1], findings: fits(REF1).map((message) => ({ severity: 'info' as const, message })) },
    { name: 'W2: every statement fits its frame node', code: [w2(), A2], findings: fits(REF2).map((message) => ({ severity: 'info' as const, message })) },
    {
      name: 'W1: "har avsatt totalt 660 000 000" against a frame of 600 miljoner',
      code: [w1({ total: '660 000 000' }), A1],
      findings: [
        {
          severity: 'error',
          message: `beslut.txt anger det avsatta beloppet till 660 000 000 kr; ${REF1} anger 600 miljoner kr (totalt) (skillnad 60 000 000 kr, avrundning tillåter ±500 000 kr)`,
          expected: '600000000',
          actual: '660000000',
        },
        { severity: 'info', message: /^SKR:s del/ },
        { severity: 'info', message: /^utbetalningen efter rekvisition/ },
        { severity: 'info', message: /^resterande medel/ },
      ],
    },
    {
      name: 'W2: "(SKR) har tilldelats 25 000 000" against SKR\'s 20 miljoner',
      code: [w2({ skr: '25 000 000' }), A2],
      findings: [
        { severity: 'info', message: /^det avsatta beloppet/ },
        {
          severity: 'error',
          message: `beslut.txt anger SKR:s del till 25 000 000 kr; ${REF2} anger 20 miljoner kr (skr) (skillnad 5 000 000 kr, avrundning tillåter ±500 000 kr)`,
          expected: '20000000',
          actual: '25000000',
        },
        { severity: 'info', message: /^utbetalningen efter rekvisition/ },
        { severity: 'info', message: /^resterande medel/ },
      ],
    },
  ],
});

const sums = [
  { severity: 'info' as const, message: 'beloppet i detta beslut 230 000 000 kr = 280 000 000 kr − 50 000 000 kr' },
  { severity: 'info' as const, message: 'resterande medel 280 000 000 kr = 600 000 000 kr − 300 000 000 kr − 20 000 000 kr' },
];

ruleTester(arithmetic, {
  valid: [
    { name: 'W1 without its agreement', code: [w1()] },
    { name: 'W2 without its agreement', code: [w2()] },
  ],
  invalid: [
    { name: 'W1: remaining and this decision add up', code: [w1(), A1], findings: sums },
    { name: 'W2: remaining and this decision add up', code: [w2(), A2], findings: sums },
    {
      name: 'W1: June\'s payout "har regeringen betalat ut 40 000 000" leaves 240 000 000, not 230 000 000',
      code: [w1({ june: '40 000 000' }), A1],
      findings: [
        {
          severity: 'error',
          message: 'beslut.txt: beloppet i detta beslut anges till 230 000 000 kr men 280 000 000 kr − 40 000 000 kr = 240 000 000 kr (skillnad 10 000 000 kr)',
          expected: '230000000',
          actual: '240000000',
        },
        sums[1]!,
      ],
    },
    {
      name: 'W2: "Kvarvarande medel, 290 000 000" is not 600 − 300 − 20 miljoner',
      code: [w2({ remaining: '290 000 000', payout: '240 000 000' }), A2],
      findings: [
        { severity: 'info', message: 'beloppet i detta beslut 240 000 000 kr = 290 000 000 kr − 50 000 000 kr' },
        {
          severity: 'error',
          message: 'beslut.txt: resterande medel anges till 290 000 000 kr men 600 000 000 kr − 300 000 000 kr − 20 000 000 kr = 280 000 000 kr (skillnad 10 000 000 kr)',
          expected: '290000000',
          actual: '280000000',
        },
      ],
    },
  ],
});

ruleTester(ceiling, {
  valid: [
    { name: 'W1 without its agreement', code: [w1()] },
    { name: 'W2 without its agreement', code: [w2()] },
  ],
  invalid: [
    {
      name: 'W1 and W2 wording under one agreement: 230 + 300 miljoner within 580',
      code: [w1(), { ...w2({ payout: '300 000 000' }), text: w2({ payout: '300 000 000' }).text.replaceAll('kortare väntetider i cancervården 2026', 'stärkt förlossningsvård 2025'), file: 'beslut2.txt' }, A1],
      findings: [{ severity: 'info', message: `2 beslut (beslut.txt, beslut2.txt) betalar ut 530 000 000 kr av regioner 580 miljoner kr i ${REF1}`, expected: '580000000', actual: '530000000' }],
    },
    {
      name: 'W1 and W2 wording under one agreement: 230 + 400 miljoner exceed 580',
      code: [w1(), { ...w2({ payout: '400 000 000' }), text: w2({ payout: '400 000 000' }).text.replaceAll('kortare väntetider i cancervården 2026', 'stärkt förlossningsvård 2025'), file: 'beslut2.txt' }, A1],
      findings: [
        {
          severity: 'error',
          message: `utbetalningarna under ${REF1} (beslut.txt, beslut2.txt) summerar till 630 000 000 kr, mer än ramens regioner 580 miljoner kr (över med 49 500 000 kr)`,
          expected: '580000000',
          actual: '630000000',
        },
      ],
    },
  ],
});

/** An agreement that keys its payout after requisition to population, in the words given. */
const keyed = (prose: string): Source => {
  const a = agreement({ ...W1_NAME, prose: `Denna överenskommelse mellan staten och Sveriges Kommuner och Regioner om stärkt förlossningsvård 2025 gäller under ett år. ${prose}` });
  return a;
};
const regionTable = (total: string): string =>
  ['Tabell 1. Fördelning till regionerna', '', 'Region\tFördelning efter befolkning (kr)', 'Region Stockholm\t100 000 000', 'Region Uppsala\t200 000 000', `Totalt\t${total}`].join('\n');

ruleTester(keyTotal, {
  valid: [
    { name: 'W1 with a population column but no key in the agreement', code: [w1({ table: regionTable('300 000 000') }), A1] },
    { name: 'W1 key, decision without a table', code: [w1(), keyed('Medlen efter rekvisition, 300 miljoner kronor, fördelas utifrån befolkningsstorlek.')] },
  ],
  invalid: [
    {
      name: 'key "fördelas utifrån befolkningsstorlek": the population column totals 300 000 000',
      code: [w1({ table: regionTable('300 000 000') }), keyed('Medlen efter rekvisition, 300 miljoner kronor, fördelas utifrån befolkningsstorlek.')],
      findings: [{ severity: 'info', message: `kolumnen "Fördelning efter befolkning (kr)" 300 000 000 kr = efter_rekvisition 300 miljoner kr i ${REF1}, fördelat efter befolkning` }],
    },
    {
      name: 'key "efter antal invånare": a column total of 310 000 000 is not the 300 miljoner keyed',
      code: [w1({ table: regionTable('310 000 000') }), keyed('Av medlen betalas 300 miljoner kronor ut efter antal invånare.')],
      findings: [{ severity: 'error', message: `beslut.txt: kolumnen "Fördelning efter befolkning (kr)" summerar till 310 000 000 kr; ${REF1} fördelar 300 miljoner kr (efter_rekvisition) efter befolkning (skillnad 10 000 000 kr, avrundning tillåter ±500 000 kr)`, expected: '300000000', actual: '310000000' }],
    },
  ],
});

const TABLE_610 = ['1. Medel till regionerna 580', '1.1. Varav medel som utbetalas efter rekvisition 300', '1.2. Varav medel som utbetalas utan rekvisition 280', '2. Medel till SKR 20', 'Totalt 610'].join('\n');
const groups = (rest: string): string =>
  `Denna överenskommelse mellan staten och Sveriges Kommuner och Regioner om stärkt förlossningsvård 2025 gäller under ett år. Medlen utan rekvisition uppgår till 280 miljoner kronor. Av detta belopp fördelas 200 miljoner kronor utifrån befolkningsstorlek. De övriga medlen, ${rest} miljoner kronor, fördelas efter uppnådda prestationskrav.`;

ruleTester(frameSums, {
  valid: [
    { name: 'W1: the table\'s sums hold exactly', code: [A1] },
    { name: '"Av detta belopp … De övriga medlen" adds up to its whole', code: [agreement({ ...W1_NAME, prose: groups('80') })] },
  ],
  invalid: [
    {
      name: 'a table whose Totalt is 610 for 580 + 20',
      code: [agreement({ ...W1_NAME, table: TABLE_610 })],
      findings: [{ severity: 'warning', message: 'totalt 610 000 000 kr ≠ regioner + skr = 600 000 000 kr (skillnad 10 000 000 kr, avrundning tillåter ±1 500 000 kr)', expected: '610000000', actual: '600000000' }],
    },
    {
      name: '"Av detta belopp 200 … De övriga medlen, 90" is not the 280 they share',
      code: [agreement({ ...W1_NAME, prose: groups('90') })],
      findings: [{ severity: 'warning', message: 'utan_rekvisition 280 000 000 kr ≠ utan_rekvisition_befolkning + utan_rekvisition_prestation = 290 000 000 kr (skillnad 10 000 000 kr, avrundning tillåter ±1 500 000 kr)', expected: '280000000', actual: '290000000' }],
    },
  ],
});
