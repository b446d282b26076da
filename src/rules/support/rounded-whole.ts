import { meaningOf } from '../../corpus/claims.js';
import { sumFigures } from '../../compare/interval.js';
import type { ProseAmount } from '../../model/amount.js';
import { figureText } from './figure-text.js';
import type { RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

/**
 * A whole stated with a qualifier ("omfattar totalt drygt 1,2 miljarder kronor", "cirka 4,3
 * miljarder") before a list of exact parts. The parts' sum must lie within what the qualifier
 * allows (src/corpus/claims.ts: drygt 100–110 %, cirka 95–105 % or the written rounding …),
 * widened by the parts' own rounding. Outside it the list and the claim disagree, but a rounded
 * claim says less than an exact one, so the finding is a warning; inside it there is none.
 */
export function roundedWholeFinding(whole: ProseAmount, parts: readonly ProseAmount[]): RuleFinding | null {
  const meaning = meaningOf(whole.qualifier, whole.value, whole.precision);
  if (!meaning) return null;
  const sum = sumFigures(parts.map((p) => ({ value: p.value, precision: p.precision })));
  const fits = (meaning.low === null || sum.value.plus(sum.precision).gte(meaning.low)) && (meaning.high === null || sum.value.minus(sum.precision).lte(meaning.high));
  if (fits) return null;
  const range =
    meaning.low && meaning.high
      ? `${figureText(meaning.low, 'SEK')}–${figureText(meaning.high, 'SEK')}`
      : meaning.low
        ? t('claim.moreThan', { figure: figureText(meaning.low, 'SEK') })
        : t('claim.lessThan', { figure: figureText(meaning.high!, 'SEK') });
  return {
    severity: 'warning',
    message: t('claim.fails', { raw: whole.raw, qualifier: whole.qualifier, range, figure: figureText(sum.value, 'SEK'), what: t('text.listSum.sumOf', { parts: String(parts.length) }) }),
    location: whole.location,
    related: parts.map((p) => ({ message: t('text.listSum.part', { raw: p.raw }), location: p.location })),
    expected: whole.value.toFixed(),
    actual: sum.value.toFixed(),
  };
}
