import { readFileSync } from 'node:fs';
import { allocationKey } from '../../../src/rules/allocation/key.js';
import { claimApproximate } from '../../../src/rules/claim/approximate.js';
import { ruleTester } from '../rule-tester.js';

const CLOSE_CARE = readFileSync('corpus/002_1364b70c4248b79d.txt', 'utf8');
const PRESS = readFileSync('corpus/004_8696a5bf70867187.txt', 'utf8');

ruleTester(allocationKey, {
  valid: [{ name: 'seed 001 follows no key the tables offer', code: readFileSync('corpus/001_e7b5af15c7845b07.txt', 'utf8') }],
  invalid: [
    {
      name: 'seed 002: Ambulans and the municipalities\' Nära vård follow their keys to the krona',
      code: CLOSE_CARE,
      findings: [
        { severity: 'info', message: 'kolumnen "Ambulans (kronor)" följer nyckeln 500 000 kr per region + resten efter befolkning (kolumnen "Befolkning november 2023"): 21 av 21 regioner på kronan (största rest)' },
        {
          severity: 'info',
          message:
            'kolumnen "Nära vård (kronor)" följer nyckeln 50 % efter befolkning (kolumnen "Befolkning november 2023") + 50 % efter insatser (kolumnen "Antal insatser* per län"): 21 av 21 regioner på kronan (största rest)',
        },
      ],
    },
    {
      name: '10 000 kr moved from Uppsala to Stockholm in Ambulans (totals unchanged)',
      code: CLOSE_CARE.replace('8 757 963\t509 556 589', '8 767 963\t509 566 589').replace('1 860 843\t87 247 351', '1 850 843\t87 237 351'),
      findings: [
        { severity: 'error', message: /^Region Stockholm har 8 767 963 kr i kolumnen "Ambulans \(kronor\)", men nyckeln 500 000 kr per region .* ger 8 757 963 kr \(\+10 000 kr\); 19 av 21/, expected: '8757963', actual: '8767963' },
        { severity: 'error', message: /^Region Uppsala har 1 850 843 kr .* ger 1 860 843 kr \(−10 000 kr\)/ },
        { severity: 'info', message: /Nära vård/ },
      ],
    },
  ],
});

ruleTester(claimApproximate, {
  valid: [{ name: 'a decision is not a press release', code: readFileSync('corpus/000_cc938031a1688a8c.txt', 'utf8') }],
  invalid: [
    {
      name: 'seed 004: "Nära två miljarder" for 1 874 253 165 kr',
      code: [{ file: 'p.md', text: PRESS }],
      findings: [{ severity: 'info', message: '"Nära två miljarder kronor" (nära: 1 800 000 000 kr–2 000 000 000 kr) stämmer med 1 874 253 165 kr, summan av kolumnen "Totalt (kronor)"', line: 1 }],
    },
    {
      name: '"Drygt två miljarder" is not 1 874 253 165 kr',
      code: [{ file: 'p.md', text: PRESS.replace('Nära två miljarder', 'Drygt två miljarder') }],
      findings: [{ severity: 'warning', message: '"Drygt två miljarder kronor" (drygt: 2 000 000 000 kr–2 200 000 000 kr) stämmer inte med 1 874 253 165 kr, summan av kolumnen "Totalt (kronor)"' }],
    },
  ],
});
