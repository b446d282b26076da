import { basename } from 'node:path';
import { compareFigures } from '../../compare/interval.js';
import { amountOf, columnKey } from '../../corpus/frame.js';
import { linkDocuments } from '../../corpus/link.js';
import { differenceText, figureText } from '../support/figure-text.js';
import type { CorpusRule, RuleFinding } from '../types.js';
import { frameFigureText, frameRef } from '../support/frame-ref.js';
import { t as msg } from '../../messages/index.js';

export const keyTotal: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'framework/key-total',
    description: 'En kolumn som fördelas efter befolkning summerar till ett belopp som ramen fördelar efter samma nyckel',
    severity: 'error',
    docs:
      'In a decision linked to an agreement, a money column headed by its allocation key ("Befolkning 0–18 år", "Befolkning totalt") ' +
      'must total to one of the frame\'s amounts with that key (the agreement says "40 miljoner kronor utifrån invånarantal 0–18 år"). ' +
      'The closest such amount is named; a total within the agreement\'s rounding is info.',
  },
  check(docs, context) {
    const out: RuleFinding[] = [];
    for (const link of linkDocuments(docs, context.frames).links) {
      for (const t of link.doc.tables) {
        const total = t.rows.find((r) => r.kind === 'total');
        if (!total) continue;
        t.columns.forEach((c, i) => {
          const key = columnKey(c);
          const cell = total.cells[i];
          if (!key || !cell?.value) return;
          const candidates = link.frame.keys
            .filter((k) => k.terms.length === 1 && k.terms[0]!.kind === 'share' && k.terms[0]!.base === key)
            .map((k) => amountOf(link.frame, k.name))
            .filter((a) => a !== undefined);
          if (candidates.length === 0) return;
          const compared = candidates.map((a) => ({ a, c: compareFigures({ value: cell.value!, precision: cell.precision }, { value: a.value, precision: a.precision }) }));
          compared.sort((x, y) => x.c.difference.abs().comparedTo(y.c.difference.abs()));
          const best = compared.find((x) => x.c.verdict !== 'mismatch') ?? compared[0]!;
          const header = c.header.join(' / ');
          const ref = frameRef(link.frame, link.agreement?.file ?? null);
          out.push({
            severity: best.c.verdict === 'mismatch' ? 'error' : 'info',
            message:
              best.c.verdict === 'mismatch'
                ? msg('framework.keyTotal.mismatch', { file: basename(link.doc.file), header, sum: figureText(cell.value, 'SEK'), ref, amount: frameFigureText(best.a), node: best.a.name, key, difference: differenceText(best.c.difference, best.c.slack, 'SEK') })
                : msg('framework.keyTotal.holds', { header, sum: figureText(cell.value, 'SEK'), node: best.a.name, amount: frameFigureText(best.a), ref, key }) +
                  (best.c.verdict === 'within-rounding' ? msg('framework.withinRounding', { difference: differenceText(best.c.difference, best.c.slack, 'SEK') }) : ''),
            location: cell.location,
            expected: best.a.value.toFixed(),
            actual: cell.value.toFixed(),
          });
        });
      }
    }
    return out;
  },
};
