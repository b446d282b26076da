import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAmounts, formatSwedish, parseCell, parseNumberWord } from '../../../grammars/amount/index.js';

const svSE = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 20 });
const svSE2 = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Thousands separators Swedish texts use, and none at all. */
const SEPARATORS = [' ', '\u00A0', '\u202F', '\u2009', ''] as const;
const MINUSES = ['\u2212', '-', '\u2013'] as const;

/** Integers up to 10^15 in magnitude, as exact decimal strings. */
const integer = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map((n) => n.toString());
/** Amounts with two decimals up to 10^15 in magnitude. */
const twoDecimals = fc
  .bigInt({ min: -(10n ** 17n), max: 10n ** 17n })
  .map((cents) => new Decimal(cents.toString()).div(100).toFixed(2));

/** Re-writes Intl's output with another separator and minus sign. */
function respell(formatted: string, separator: string, minus: string): string {
  return formatted.replace(/\u00A0/g, separator).replace(/\u2212/g, minus);
}

describe('Intl.NumberFormat("sv-SE") on this Node', () => {
  it('groups with U+00A0 and writes minus as U+2212', () => {
    expect(svSE.format(-1234567)).toBe('\u22121\u00A0234\u00A0567');
    expect(svSE2.format('1234.5' as unknown as number)).toBe('1\u00A0234,50');
  });
});

describe('parseCell reads Swedish-formatted numbers back', () => {
  it('integers up to 1e15, every separator and minus spelling', () => {
    fc.assert(
      fc.property(integer, fc.constantFrom(...SEPARATORS), fc.constantFrom(...MINUSES), (n, sep, minus) => {
        const text = respell(svSE.format(BigInt(n)), sep, minus);
        const a = parseCell(text);
        expect(a, text).not.toBeNull();
        expect(a?.value.equals(new Decimal(n)), text).toBe(true);
        expect(a?.precision.toFixed()).toBe('0.5');
        expect(a?.anomalies).toEqual([]);
      }),
    );
  });

  it('two-decimal amounts, every separator and minus spelling', () => {
    fc.assert(
      fc.property(twoDecimals, fc.constantFrom(...SEPARATORS), fc.constantFrom(...MINUSES), (n, sep, minus) => {
        // Intl formats decimal strings exactly (no detour through a binary double).
        const text = respell(svSE2.format(n as unknown as number), sep, minus);
        const a = parseCell(text);
        expect(a?.value.equals(new Decimal(n)), text).toBe(true);
        expect(a?.precision.toFixed()).toBe('0.005');
      }),
    );
  });

  it('formatSwedish round-trips through parseCell', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 6 }))
      .map(([digits, places]) => new Decimal(digits.toString()).div(new Decimal(10).pow(places)));
    fc.assert(
      fc.property(decimal, (d) => {
        const text = formatSwedish(d);
        expect(parseCell(text)?.value.equals(d), text).toBe(true);
      }),
    );
  });
});

describe('findAmounts', () => {
  it('finds a formatted amount with its unit inside a sentence', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.constantFrom(...SEPARATORS),
        fc.constantFrom('kronor', 'kr', 'miljoner kronor', 'mnkr', 'procent', '%'),
        (n, sep, unit) => {
          const number = respell(svSE.format(n), sep, '\u2212');
          const text = `Regeringen avsatte under 2023 ${number} ${unit} till regionerna.`;
          const found = findAmounts(text);
          expect(found, text).toHaveLength(1);
          const scale = unit.startsWith('miljoner') || unit === 'mnkr' ? 6 : 0;
          expect(found[0]?.value.equals(new Decimal(`${n}e${scale}`)), text).toBe(true);
        },
      ),
    );
  });

  it('never throws, and every amount is the exact slice it claims, in order', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789 ,.-–−%/:\\\n\t\u00A0\u202F\u2009',
      'kronor', 'kr', 'miljoner', 'miljarder', 'tusen', 'två', 'en', 'halv', 'och', 'drygt', 'ca.',
      'procent', 'invånare', 'euro', 'svenska', 'S', 'år', 'under', '2024', '1 000',
    );
    const prose = fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(prose, fc.string({ unit: 'grapheme', maxLength: 60 })), (text) => {
        const found = findAmounts(text);
        let last = 0;
        for (const a of found) {
          expect(text.slice(a.start, a.end)).toBe(a.raw);
          expect(a.start).toBeGreaterThanOrEqual(last);
          last = a.end;
          expect(a.precision.isPositive()).toBe(true);
          expect(a.value.equals(a.written.times(a.scale))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

/** Swedish words for 1–999 999, written as one compound. */
function swedish(n: number): string {
  const units = ['', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio'];
  const teens = ['tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton'];
  const tens = ['', '', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio'];
  const below100 = (k: number) => (k < 10 ? units[k] : k < 20 ? teens[k - 10] : `${tens[Math.floor(k / 10)]}${units[k % 10]}`);
  const below1000 = (k: number) =>
    k >= 100 ? `${units[Math.floor(k / 100)]}hundra${below100(k % 100)}` : (below100(k) ?? '');
  return n >= 1000 ? `${below1000(Math.floor(n / 1000))}tusen${below1000(n % 1000)}` : below1000(n);
}

describe('parseNumberWord', () => {
  it('reads every compound from 1 to 999 999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
        expect(parseNumberWord(swedish(n))).toBe(n);
      }),
    );
  });
});
