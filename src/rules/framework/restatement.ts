import { basename } from 'node:path';
import { compareFigures } from '../../compare/interval.js';
import { buildLedgers, ledgerTitle, type Fact, type Ledger } from '../../corpus/ledger.js';
import { differenceText, figureText } from '../support/figure-text.js';
import type { CorpusRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

const PART: Record<'total' | 'skr' | 'performance', 'ledger.total' | 'ledger.skr' | 'framework.restatement.performance'> = { total: 'ledger.total', skr: 'ledger.skr', performance: 'framework.restatement.performance' };

const place = (f: Fact): string => t('framework.restatement.place', { raw: f.raw, file: `${basename(f.doc.file)}${f.location.line !== undefined ? `:${f.location.line}` : ''}` });

/** Another year or a span of years in the sentence: the figure may be for a different period than the ledger's. */
function otherPeriod(f: Fact, l: Ledger): boolean {
  return /\b(?:19|20)\d{2}\s*-\s*(?:(?:19|20)?\d{2})\b/.test(f.context.replace(/[–—]/g, '-')) || [...f.context.matchAll(/\b(?:19|20)\d{2}\b/g)].some((m) => Number(m[0]) !== l.year);
}

export const restatement: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'framework/restatement',
    description: 'Dokument som återger samma del av en överenskommelses ram eller samma utbetalning anger samma belopp',
    severity: 'error',
    docs:
      'Agreement pages, press releases and decisions about one agreement and year state parts of its frame (the total, SKR\'s share, ' +
      '"varav … prestationsbaserade") and recall earlier payouts ("I mars betalades 300 miljoner kronor ut"). Two statements of the same part ' +
      'that cannot meet within their rounding are an error showing both places, a warning when either sentence also names another year or a span of years. ' +
      'A rounded restatement of an exact payout ("172 miljoner" for 172 345 678 kronor) ties within its rounding and is info.',
  },
  check(docs) {
    const out: RuleFinding[] = [];
    for (const l of buildLedgers(docs).ledgers) {
      for (const kind of ['total', 'skr', 'performance'] as const) {
        const facts = l.facts.filter((f) => f.kind === kind);
        const first = facts[0];
        if (!first) continue;
        for (const f of facts.slice(1)) {
          if (f.doc === first.doc) continue;
          const c = compareFigures(f, first);
          if (c.verdict !== 'mismatch') continue;
          out.push({
            severity: otherPeriod(f, l) || otherPeriod(first, l) ? 'warning' : 'error',
            message: t('framework.restatement.part', { file: basename(f.doc.file), part: t(PART[kind]), title: ledgerTitle(l), value: figureText(f.value, 'SEK'), place: place(f), first: figureText(first.value, 'SEK'), firstPlace: place(first), difference: differenceText(c.difference, c.slack, 'SEK') }),
            location: f.location,
            expected: first.value.toFixed(),
            actual: f.value.toFixed(),
          });
        }
      }
      for (const f of l.facts) {
        const e = f.restates;
        if (!e) continue;
        const c = compareFigures(f, e);
        out.push({
          severity: c.verdict === 'mismatch' ? 'error' : 'info',
          message:
            c.verdict === 'mismatch'
              ? t('framework.restatement.payout', { file: basename(f.doc.file), month: f.month ? t('framework.restatement.month', { month: f.month }) : '', title: ledgerTitle(l), value: figureText(f.value, 'SEK'), place: place(f), was: figureText(e.value, 'SEK'), wasPlace: place(e), difference: differenceText(c.difference, c.slack, 'SEK') })
              : t('framework.restatement.restates', { place: place(f), value: figureText(e.value, 'SEK'), wasPlace: place(e) }) + (c.verdict === 'within-rounding' ? t('framework.restatement.withinRounding') : ''),
          location: f.location,
          expected: e.value.toFixed(),
          actual: f.value.toFixed(),
        });
      }
    }
    return out;
  },
};
