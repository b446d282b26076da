import { basename } from 'node:path';
import { compareFigures } from '../../compare/interval.js';
import { amountOf, type Frame } from '../../corpus/frame.js';
import { linkDocuments } from '../../corpus/link.js';
import type { Location } from '../../model/location.js';
import { differenceText, figureText } from '../support/figure-text.js';
import type { CorpusRule, RuleFinding } from '../types.js';
import { t as msg } from '../../messages/index.js';

/** Where a frame's own findings go: the agreement document, or the .frame file. */
function home(frame: Frame, agreement: string | null, at: Location | null): Location {
  if (agreement && at && basename(at.file) === basename(agreement)) return { ...at, file: agreement };
  return agreement ? { file: agreement, line: at?.line ?? 1 } : { file: frame.origin.file, line: at?.line ?? 1 };
}

export const frameSums: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'framework/frame',
    description: 'Ramens egna summor går ihop, och fastställda ramfiler går att läsa',
    severity: 'warning',
    docs:
      'Every sum of a frame (derived from an agreement\'s text or pinned in corpus/frames/*.frame) must hold within the rounding of its figures: ' +
      '"1 237,5 = 40 + 1 197 miljoner" holds within rounding and is info; one that cannot hold is a warning on the agreement. ' +
      'A .frame file that does not parse is an error with its line and column.',
  },
  check(docs, context) {
    const out: RuleFinding[] = [];
    const linked = linkDocuments(docs, context.frames);
    for (const e of linked.pinned.errors) {
      out.push({ severity: 'error', message: `${basename(e.file)}:${e.error.line}:${e.error.column}: ${e.error.message}`, location: { file: e.file, line: e.error.line, column: e.error.column } });
    }
    // Only frames this run uses: the agreement is in it, or a document links to the frame.
    const used = new Set(linked.links.map((l) => l.frame));
    for (const { frame, agreement } of linked.frames) {
      if (!agreement && !used.has(frame)) continue;
      for (const s of frame.sums) {
        const total = amountOf(frame, s.total);
        const terms = s.terms.map((t) => ({ t, a: amountOf(frame, t.name) }));
        if (!total || terms.some((x) => !x.a)) continue;
        let value = total.value.times(0);
        let precision = value;
        for (const { t, a } of terms) {
          value = value.plus(a!.value.times(t.sign));
          precision = precision.plus(a!.precision);
        }
        const c = compareFigures({ value, precision }, { value: total.value, precision: total.precision });
        if (c.verdict === 'exact') continue;
        const formula = terms.map(({ t }, i) => `${i === 0 ? '' : t.sign < 0 ? ' − ' : ' + '}${t.name}`).join('');
        out.push({
          severity: c.verdict === 'mismatch' ? 'warning' : 'info',
          message: `${s.total} ${figureText(total.value, 'SEK')} ${c.verdict === 'mismatch' ? '≠' : '='} ${formula} = ${figureText(value, 'SEK')} (${differenceText(c.difference, c.slack, 'SEK')})${c.verdict === 'within-rounding' ? msg('framework.frame.withinRounding') : ''}`,
          location: home(frame, agreement?.file ?? null, total.location),
          expected: total.value.toFixed(),
          actual: value.toFixed(),
        });
      }
    }
    return out;
  },
};
