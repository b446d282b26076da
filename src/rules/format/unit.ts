import { Decimal } from 'decimal.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Table } from '../../model/table.js';
import { figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

/**
 * Figures whose unit cannot be meant: a number already written out in kronor followed by a
 * scale word ("1 237 500 000 miljoner kronor"), and cells of a table in thousands or millions
 * that, scaled, pass a thousand billion kronor. Swedish public budgets stay below that (the
 * whole state budget is about 1 300 miljarder), and no regional grant comes near.
 */
const TRILLION = new Decimal('1e12');
const MILLION = new Decimal('1e6');

const SCALE_WORD: Record<number, 'format.unit.thousand' | 'scale.millions' | 'scale.billions'> = { 1000: 'format.unit.thousand', 1000000: 'scale.millions', 1000000000: 'scale.billions' };

function proseFinding(a: ProseAmount): RuleFinding | null {
  if (a.unit !== 'SEK' || a.scale < 1e6) return null;
  const written = a.value.div(a.scale);
  // Seven digits or more before "miljoner": the figure was already in kronor.
  if (written.lt(MILLION) || !written.isInteger()) return null;
  return {
    message: t('format.unit.prose', { raw: a.raw, value: figureText(a.value, 'SEK'), written: figureText(written, 'SEK') }),
    location: a.location,
    expected: written.toFixed(),
    actual: a.value.toFixed(),
  };
}

function tableFindings(table: Table): RuleFinding[] {
  const out: RuleFinding[] = [];
  table.columns.forEach((col, i) => {
    // A column the reader already read in kronor because its header's scale cannot be meant: the header is the finding.
    const scale = col.scaleRejected ?? col.scale;
    if (col.unit !== 'SEK' || scale <= 1) return;
    const asHeader = (v: Decimal): Decimal => (col.scaleRejected === undefined ? v : v.times(scale));
    const cells = table.rows.map((r) => r.cells[i]).filter((c) => c !== undefined && c.value !== null && asHeader(c.value).abs().gte(TRILLION));
    const first = cells[0];
    if (!first || first.value === null) return;
    // A whole column written in kronor under a caption in millions is one mistake: reported once.
    const value = asHeader(first.value);
    const written = value.div(scale);
    const more = cells.length > 1 ? t('format.unit.more', { count: cells.length - 1 }) : '';
    out.push({
      message:
        t('format.unit.table', {
          raw: first.raw,
          scale: SCALE_WORD[scale] ? t(SCALE_WORD[scale]!) : t('format.unit.otherScale', { scale: String(scale) }),
          value: figureText(value, 'SEK'),
          written: figureText(written, 'SEK'),
          more,
        }),
      location: first.location,
      expected: written.toFixed(),
      actual: value.toFixed(),
    });
  });
  return out;
}

export const unit: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'format/unit',
    description: 'Belopp med orimlig storleksordning för sin enhet',
    severity: 'warning',
    docs:
      'Reports a prose amount written out in full kronor and followed by miljoner or miljarder ("1 237 500 000 miljoner kronor"), ' +
      'and a cell of a table in thousands, millions or billions of kronor whose value comes to a thousand billion kronor or more. ' +
      'Both are almost always a unit written by mistake; the message gives the likely reading. Fix the unit word or the caption.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) out.push(...tableFindings(table));
    for (const a of doc.amounts) {
      const f = proseFinding(a);
      if (f) out.push(f);
    }
    return out;
  },
};
