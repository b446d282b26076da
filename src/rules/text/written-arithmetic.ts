import { compareFigures } from '../../compare/interval.js';
import { readWrittenArithmetic, type WrittenArithmetic } from '../../compare/written-arithmetic.js';
import type { Document } from '../../model/document.js';
import type { Location } from '../../model/location.js';
import { num, t } from '../../messages/index.js';
import { differenceText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';

/**
 * A line that writes out its arithmetic ("Grundstöd 20 000 + mandatstöd 3 × 12 000 = 56 000",
 * a row "S 40 000 + 5 × 8 500 82 500") states its result: the terms must make it. It is an error
 * only when "=" names the result and the digit groups leave one reading of the figures; a result
 * read from its place at the end of the row, or bounds between figures that the arithmetic chose
 * (one space between figures as between digit groups), or a scale word after the result alone
 * (which may or may not scale the terms), make a mismatch a warning that says so.
 */
const expression = (a: WrittenArithmetic): string => a.terms.map((term) => term.map((f) => f.raw).join(' × ')).join(' + ');

function check(doc: Document, text: string, where: (from: number, to: number) => Location): RuleFinding | null {
  const a = readWrittenArithmetic(text);
  if (!a) return null;
  const c = compareFigures(a.computed, a.result);
  if (c.verdict === 'exact') return null;
  const doubts: string[] = [];
  if (a.guessed) doubts.push(t('text.writtenArithmetic.guessed'));
  if (!a.equals) doubts.push(t('text.writtenArithmetic.noEquals'));
  if (a.scaledResult) doubts.push(t('text.writtenArithmetic.scaledResult'));
  const base = t('text.writtenArithmetic', { expression: expression(a), computed: num(c.computed), stated: a.result.raw, difference: differenceText(c.difference, c.slack, null) });
  const severity = c.verdict === 'within-rounding' ? 'info' : doubts.length === 0 ? 'error' : 'warning';
  return {
    severity,
    message: severity === 'warning' ? base + t('sum.uncertain', { doubts: doubts.join('; ') }) : severity === 'info' ? base + t('text.writtenArithmetic.rounding') : base,
    location: where(a.result.from, a.result.to),
    expected: c.computed.toFixed(),
    actual: a.result.value.toFixed(),
  };
}

export const writtenArithmetic: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'text/written-arithmetic',
    description: 'En uträkning som skrivs ut på en rad ger det resultat raden anger',
    severity: 'error',
    docs:
      'A line that writes out an addition or a product before its result ("Grundstöd 20 000 + mandatstöd 3 × 12 000 = 56 000", ' +
      'a table row "S 40 000 + 5 × 8 500 82 500") must make that result. A mismatch is an error when "=" names the result and the ' +
      'digit groups allow one reading of the figures; a result read from its place at the end of the row, or figures whose bounds ' +
      'the arithmetic chose among the readings the digit groups allow, make it a warning.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    if (doc.lines.length > 0) {
      doc.lines.forEach((line, k) => {
        const f = check(doc, line, (from, to) => ({ file: doc.file, line: k + 1, column: from + 1, endColumn: to + 1 }));
        if (f) out.push(f);
      });
      return out;
    }
    // PDF keeps no source lines: its sentences carry the arithmetic, placed at the sentence.
    for (const s of doc.sentences) {
      const f = check(doc, s.text, () => s.location);
      if (f) out.push(f);
    }
    return out;
  },
};
