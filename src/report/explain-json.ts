import type { Explanation, LedgerLine, Tie } from '../corpus/explain.js';
import { decimalString } from './decimal-string.js';
import { locationJson } from './location-json.js';

/** `kronkoll explain --format json`: the same tree, decimals as strings in kronor. */
function tieJson(t: Tie): unknown {
  return { label: t.label, value: decimalString(t.value), verdict: t.verdict, to: t.to, location: t.location ? locationJson(t.location) : null, children: t.children.map(tieJson) };
}

function lineJson(x: LedgerLine): unknown {
  return { what: x.what, value: decimalString(x.value), raw: x.raw, file: x.file, date: x.date, location: locationJson(x.location), restates: x.restates };
}

export function formatExplainJson(e: Explanation): string {
  return (
    JSON.stringify(
      {
        frames: e.frames.map((f) => ({ title: f.title, origin: f.origin, tree: f.tree.map(tieJson) })),
        documents: e.documents.map((d) => ({
          file: d.file,
          kind: d.kind,
          agreement: d.agreement,
          totals: d.totals.map(tieJson),
          frameTies: d.frameTies.map(tieJson),
          keys: d.keys.map((k) => ({ ...k, deviants: k.deviants.map((x) => ({ label: x.label, actual: decimalString(x.actual), expected: decimalString(x.expected) })) })),
          unexplained: d.unexplained.map((u) => ({ raw: u.raw, value: decimalString(u.value), location: locationJson(u.location) })),
        })),
        ledgers: e.ledgers.map((l) => ({
          agreement: l.agreement,
          documents: l.documents,
          frame: l.frame.map(lineJson),
          payouts: l.payouts.map(lineJson),
          restatements: l.restatements.map(lineJson),
          balances: l.balances.map((b) => ({ remaining: decimalString(b.remaining), computed: b.computed === null ? null : decimalString(b.computed), verdict: b.verdict, formula: b.formula, missing: b.missing })),
          left: l.left === null ? null : decimalString(l.left),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
