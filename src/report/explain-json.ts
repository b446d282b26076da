import type { Explanation, Tie } from '../corpus/explain.js';
import { decimalString } from './decimal-string.js';
import { locationJson } from './location-json.js';

/** `kronkoll explain --format json`: the same tree, decimals as strings in kronor. */
function tieJson(t: Tie): unknown {
  return { label: t.label, value: decimalString(t.value), verdict: t.verdict, to: t.to, location: t.location ? locationJson(t.location) : null, children: t.children.map(tieJson) };
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
      },
      null,
      2,
    ) + '\n'
  );
}
