import { basename } from 'node:path';
import { Decimal } from 'decimal.js';
import { amountOf, NODE } from '../../corpus/frame.js';
import { linkDocuments, type Link } from '../../corpus/link.js';
import { statement } from '../../corpus/statements.js';
import { figureText } from '../support/figure-text.js';
import type { CorpusRule, RuleFinding } from '../types.js';
import { frameFigureText, frameRef } from '../support/frame-ref.js';
import { t } from '../../messages/index.js';

export const ceiling: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'framework/ceiling',
    description: 'Utbetalningarna under en överenskommelse överstiger inte dess ram',
    severity: 'error',
    docs:
      'The payouts of all decisions linked to one agreement ("betala ut X kronor till regionerna", "Medlen som omfattas av detta beslut, X") ' +
      'added up must not exceed what the frame gives the regions (regioner, else totalt). A decision read in several renditions ' +
      '(text and PDF: same dnr, date and payout) counts once. Within the frame is info.',
  },
  check(docs, context) {
    const out: RuleFinding[] = [];
    const byFrame = new Map<object, Link[]>();
    for (const l of linkDocuments(docs, context.frames).links) {
      if (!statement(l.statements, 'this')) continue;
      byFrame.set(l.frame, [...(byFrame.get(l.frame) ?? []), l]);
    }
    for (const [, links] of byFrame) {
      const frame = links[0]!.frame;
      const cap = amountOf(frame, 'regioner') ?? amountOf(frame, NODE.total);
      if (!cap) continue;
      const seen = new Map<string, Link>();
      for (const l of links) if (!seen.has(l.identity)) seen.set(l.identity, l);
      const distinct = [...seen.values()];
      const sum = distinct.reduce((s, l) => s.plus(statement(l.statements, 'this')!.value), new Decimal(0));
      const over = sum.minus(cap.value.plus(cap.precision));
      const ref = frameRef(frame, links[0]!.agreement?.file ?? null);
      const names = distinct.map((l) => basename(l.doc.file)).join(', ');
      const first = statement(distinct[0]!.statements, 'this')!;
      out.push({
        severity: over.gt(0) ? 'error' : 'info',
        message: over.gt(0)
          ? t('framework.ceiling.over', { ref, names, sum: figureText(sum, 'SEK'), node: cap.name, cap: frameFigureText(cap), over: figureText(over, 'SEK') })
          : t('framework.ceiling.within', { decisions: String(distinct.length), names, sum: figureText(sum, 'SEK'), node: cap.name, cap: frameFigureText(cap), ref }) +
            (links.length > distinct.length ? t('framework.ceiling.restated', { count: String(links.length - distinct.length) }) : ''),
        location: first.location,
        expected: cap.value.toFixed(),
        actual: sum.toFixed(),
      });
    }
    return out;
  },
};
