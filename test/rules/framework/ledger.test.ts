import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../src/rules/index.js';
import { frameworkLink } from '../../../src/rules/framework/link.js';
import { payoutSum } from '../../../src/rules/framework/payout-sum.js';
import { remainder } from '../../../src/rules/framework/remainder.js';
import { restatement } from '../../../src/rules/framework/restatement.js';
import { SERIES } from '../../corpus/ledger-series.js';
import { findingsOf, ruleTester } from '../rule-tester.js';

/**
 * The payout ledger rules on three made-up series (test/corpus/ledger-series.ts), each in its
 * own wording: frame 2 000 000 000 = SKR 20 000 000 + 300 000 000 + 412 000 000 + remainder 1 268 000 000.
 */
const W1_EQUATION =
  '2 000 000 000 kronor (totalt, 1-overenskommelsen.md) − 20 000 000 kronor (SKR, 1-overenskommelsen.md) − 300 000 000 kronor (mars, 2-mars.md) − 412 000 000 kronor (3-augusti.md) = 1 268 000 000 kr';

ruleTester(remainder, {
  valid: [{ name: 'a series without a remainder', code: SERIES.w1().slice(0, 3) }],
  invalid: [
    {
      name: 'W1: the remainder holds',
      code: SERIES.w1(),
      findings: [{ severity: 'info', message: `resterande 1 268 000 000 kr i överenskommelsen om kortare vårdköer 2025 = ${W1_EQUATION}`, line: 5, expected: '1268000000', actual: '1268000000' }],
    },
    {
      name: 'W1: a remainder changed by one digit is an error showing the equation',
      code: SERIES.w1({ remainder: '1 278 000 000' }),
      findings: [
        {
          severity: 'error',
          message: `4-december.md: resterande 1 278 000 000 kr i överenskommelsen om kortare vårdköer 2025 går inte ihop med ${W1_EQUATION} (skillnad 10 000 000 kr)`,
          expected: '1278000000',
          actual: '1268000000',
        },
      ],
    },
    {
      name: 'W1 without the agreement page: only the rounded total "2 miljarder" is stated, so the changed remainder is within its rounding',
      code: SERIES.w1({ remainder: '1 278 000 000' }).slice(1),
      findings: [
        {
          severity: 'info',
          message:
            'resterande 1 278 000 000 kr i överenskommelsen om kortare vårdköer 2025 = 2 miljarder kronor (totalt, 2-mars.md) − 20 miljoner kronor (SKR, 3-augusti.md) − 300 000 000 kronor (mars, 2-mars.md) − 412 000 000 kronor (3-augusti.md) = 1 268 000 000 kr (inom avrundningen, skillnad 10 000 000 kr, avrundning tillåter ±500 500 000 kr)',
        },
      ],
    },
    {
      name: 'W1 without any total: nothing to compare, a warning saying so',
      code: SERIES.w1().slice(2),
      findings: [{ severity: 'warning', message: '4-december.md: resterande 1 268 000 000 kr i överenskommelsen om kortare vårdköer 2025 kan inte prövas: ramens totala belopp saknas i dokumenten' }],
    },
  ],
});

describe('the ledger rules on three series in three wordings', () => {
  const framework = ALL_RULES.filter((r) => r.meta.id.startsWith('framework/'));
  const all = (code: Parameters<typeof findingsOf>[1]) => framework.flatMap((r) => findingsOf(r, code));
  for (const [name, series] of Object.entries(SERIES)) {
    it(`${name}: a consistent series gives no error or warning and links every document`, () => {
      const docs = series();
      const got = all(docs);
      expect(got.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
      const linked = new Set(findingsOf(frameworkLink, docs).map((f) => f.location.file));
      expect([...linked].sort()).toEqual(docs.map((d) => d.file).sort());
      expect(got.filter((f) => f.ruleId === 'framework/remainder').map((f) => f.severity)).toEqual(['info']);
      expect(findingsOf(payoutSum, docs).map((f) => [f.severity, f.expected, f.actual])).toEqual([['info', '2000000000', '2000000000']]);
    });
    it(`${name}: a remainder changed by one digit is an error with the equation`, () => {
      const got = findingsOf(remainder, series({ remainder: '1 268 000 009' }));
      expect(got.map((f) => f.severity)).toEqual(['error']);
      expect(got[0]!.message).toMatch(/resterande 1 268 000 009 kr .* går inte ihop med 2 000 000 000 kronor \(totalt, .*\) − 20 000 000 kronor \(SKR, .*\) − 300 000 000 kronor .* − 412 000 000 kronor .* = 1 268 000 000 kr \(skillnad 9 kr/);
    });
    it(`${name}: a conflicting restatement of the frame names both places`, () => {
      const docs = series({ totalAgain: '2 500 000 000' });
      const got = findingsOf(restatement, docs).filter((f) => f.severity !== 'info');
      expect(got.map((f) => f.severity)).toEqual(['error']);
      expect(got[0]!.message).toMatch(/ramens totala belopp i överenskommelsen om .* 2025 anges till 2 500 000 000 kr \("2 500 000 000 kronor" i [\w-]+\.(md|txt):\d+\) men till 2 000 000 000 kr \("2 000 000 000 kronor" i [\w-]+\.(md|txt):\d+\)/);
    });
  }
});

ruleTester(restatement, {
  valid: [{ name: 'W2: every restatement agrees and none recalls a payout', code: SERIES.w2() }],
  invalid: [
    {
      name: 'W3: a rounded restatement of an exact payout ties within its rounding',
      code: SERIES.w3(),
      findings: [{ severity: 'info', message: '"300 miljoner kronor" i z-december.txt:6 återger utbetalningen 300 000 000 kr ("300 000 000 kronor" i x-februari.txt:6)' }],
    },
    {
      name: 'W3: "300 miljoner" restates 300 345 678 kronor within its rounding',
      code: SERIES.w3({ march: '300 345 678' }),
      findings: [{ severity: 'info', message: '"300 miljoner kronor" i z-december.txt:6 återger utbetalningen 300 345 678 kr ("300 345 678 kronor" i x-februari.txt:6) inom avrundningen' }],
    },
    {
      name: 'W3: a restatement that cannot be the earlier payout',
      code: SERIES.w3({ march: '310 000 000' }),
      findings: [{ severity: 'error', message: 'z-december.txt: utbetalningen i februari under överenskommelsen om kortare operationsköer 2025 återges som 300 000 000 kr ("300 miljoner kronor" i z-december.txt:6) men var 310 000 000 kr ("310 000 000 kronor" i x-februari.txt:6) (skillnad 10 000 000 kr, avrundning tillåter ±500 000 kr)' }],
    },
  ],
});

ruleTester(payoutSum, {
  valid: [{ name: 'no total stated', code: SERIES.w1().slice(2) }],
  invalid: [
    {
      name: 'W2: payouts over the frame',
      code: SERIES.w2({ remainder: '1 368 000 000' }),
      findings: [{ severity: 'error', message: /^d-december\.txt: utbetalningarna under överenskommelsen om kortare väntetider 2025 \(b-april\.txt, c-september\.txt, d-december\.txt\) och SKR:s del summerar till 2 100 000 000 kr, mer än ramens 2 000 000 000 kr \(a-januari\.txt; över med 100 000 000 kr\)$/ }],
    },
  ],
});

ruleTester(frameworkLink, {
  valid: [{ name: 'a release naming no agreement', code: [{ file: 'r.txt', text: 'Pressmeddelande\n1 mars 2025\n\nRegeringen betalar ut 5 miljoner kronor.\n' }] }],
  invalid: [
    {
      name: 'W2: the name with quotation marks, capitals and a year range',
      code: SERIES.w2().slice(0, 1),
      findings: [{ severity: 'info', message: 'a-januari.txt talar om överenskommelsen om kortare väntetider 2025 (via namnet i texten: "Överenskommelsen om ”Kortare väntetider” 2025–2026 är klar.")' }],
    },
    {
      name: 'a title naming two agreements is ambiguous: a warning, no link',
      code: [{ file: 'two.md', text: '# Överenskommelsen om kortare vårdköer 2025 och överenskommelsen om god och nära vård 2025\n\nPublicerad 1 mars 2025\n\nNu betalas resterande 5 000 000 kronor ut.\n' }],
      findings: [{ severity: 'warning', message: 'two.md: oklart vilken överenskommelse dokumentet avser — rubriken nämner 2 överenskommelser ("kortare vårdköer 2025", "god och nära vård 2025"); inget kopplat' }],
    },
  ],
});

describe('a "varav" part of an amount just stated is not a payout of its own', () => {
  const severities = (docs: Parameters<typeof findingsOf>[1]) => findingsOf(payoutSum, docs).map((f) => [f.severity, f.expected, f.actual]);
  it('a release splitting the frame ("omfattar totalt X, varav Y fördelas till …") and a decision paying Y', () => {
    const docs = [
      { file: 'p-release.md', text: '# Barnhälsovården får 900 miljoner kronor 2026\n\nPublicerad 12 januari 2026\n\nÖverenskommelsen om stärkt barnhälsovård 2026 omfattar totalt 900 000 000 kronor, varav 880 000 000 kronor fördelas till regionerna.\n' },
      { file: 'q-beslut.txt', text: 'Regeringsbeslut\n2026-02-03\n\nUtbetalning av medel enligt överenskommelsen om stärkt barnhälsovård 2026\n\nRegeringen uppdrar åt Kammarkollegiet att betala ut 880 000 000 kronor till regionerna. Kammarkollegiet betalar även ut 20 000 000 kronor till Sveriges Kommuner och Regioner.\n' },
    ];
    expect(severities(docs)).toEqual([['info', '900000000', '900000000']]);
  });
  it('a payout split by recipient ("betalades X ut, varav Y tilldelades …") counts once', () => {
    const docs = [
      { file: 'r-ram.txt', text: 'Pressmeddelande\n5 februari 2026\n\nEnligt överenskommelsen om snabbare cancerdiagnostik 2026 avsätter regeringen totalt 550 000 000 kronor.\n' },
      { file: 's-maj.txt', text: 'Pressmeddelande\n20 maj 2026\n\nEnligt överenskommelsen om snabbare cancerdiagnostik 2026 betalades 500 000 000 kronor ut i april, varav 100 000 000 kronor tilldelades de tre storstadsregionerna.\n' },
    ];
    expect(findingsOf(payoutSum, docs).map((f) => f.severity)).not.toContain('error');
    expect(severities(docs)).toEqual([['info', '550000000', '500000000']]);
  });
});
