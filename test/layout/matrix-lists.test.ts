import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import {
  audit,
  errors,
  expectedRows,
  flagged,
  kronor,
  LEAD_CLAIMS,
  LIST_LAYOUTS,
  mutate,
  ONE_SENTENCE,
  mutateParts,
  PART_LAYOUTS,
  readDoc,
  REGION_SOURCES,
  regionRows,
  regionTable,
  renderList,
  renderParts,
  TABLE_LAYOUTS,
  TOTAL_BEFORE_LISTS,
  BETWEEN,
  type ListContext,
  type Rendered,
  type RegionSource,
} from './matrix-lists-render.js';

/**
 * The lists matrix: region lists, lead claims and totals before lists, each source (written for
 * these tests, figures invented, sums that add up) printed in every way a web page or a PDF
 * copied out as text prints it. A correct variant is read exactly (every region row, every
 * value in kronor, so the unit too) and gives no error; its mutant (one item changed so that a
 * sum no longer holds) is flagged at warning or error with the stated and the computed figures.
 */

const sum = (src: RegionSource): string => src.items.reduce((a, x) => a.plus(kronor(x.amount, src.scale)), new Decimal(0)).toFixed();

/** A finding about the sum: the stated total and the mutant's sum, in either order (rules name them differently). */
function flagsSum(fs: readonly Finding[], stated: string, computed: string): boolean {
  return flagged(fs).some((f) => (f.expected === stated && f.actual === computed) || (f.expected === computed && f.actual === stated));
}

function checkRegionVariant(render: (s: RegionSource) => Rendered, src: RegionSource, stated: string): void {
  const rendered = render(src);
  const doc = readDoc(rendered);
  const table = regionTable(doc);
  expect(table?.columns[0]?.unit).toBe('SEK');
  expect(regionRows(table)).toEqual(expectedRows(src));
  // A part given in parentheses ("varav 2,1 miljoner för …") is kept as the cell's note.
  for (const x of src.items.filter((y) => y.note && rendered.text.includes(y.note))) {
    expect(table!.rows.find((r) => r.region?.code === x.code)?.cells[0]?.note).toBe(`(${x.note})`);
  }
  expect(errors(audit(doc)).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  const mutant = mutate(src);
  const found = audit(readDoc(render(mutant)));
  expect(flagsSum(found, stated, sum(mutant)), found.map((f) => `${f.severity} ${f.ruleId}: ${f.message}`).join('\n')).toBe(true);
}

/** Where each source's list states its total: in the lead-in, or on a "Totalt" item. */
function listContext(s: RegionSource): ListContext {
  if (s.id === 'kronor-lan') return { lead: 'Pengarna fördelas så här:', totalRow: true };
  if (s.id === 'tkr-once') return { lead: 'Fördelningen per län, i tusental kronor:', totalRow: true };
  return { lead: `Medlen, totalt ${s.total} ${s.unit}, fördelas så här:`, totalRow: false };
}

/** Variants that do not read yet, with the reason; kept as todo, never as a passing test. */
const TODO: Record<string, string> = {
  'mdkr / tab between region and amount':
    'a tab-separated region table of three rows without a header takes its lead-in ("Medlen, totalt 3,2 mdkr, fördelas så här:") as no caption, so a total there is compared only within 2 % (the verb alone)',
};

const regionCases = REGION_SOURCES.flatMap((s) => [
  ...[...Object.keys(LIST_LAYOUTS), ONE_SENTENCE].map((l) => ({ s, l, render: (x: RegionSource) => renderList(l, x, listContext(x)) })),
  ...Object.entries(TABLE_LAYOUTS).map(([l, f]) => ({ s, l, render: (x: RegionSource) => f(x, { before: ['Regeringen har beslutat om fördelningen av medlen.'], totalRow: true }) })),
]);

describe('region-list', () => {
  const todo = (id: string, l: string): string | undefined => TODO[`${id} / ${l}`];
  it.each(regionCases.filter((c) => !todo(c.s.id, c.l)).map((c) => [`${c.s.id} / ${c.l}`, c] as const))('%s', (_, c) => {
    checkRegionVariant(c.render, c.s, kronor(c.s.total, c.s.scale));
  });
  for (const c of regionCases.filter((x) => todo(x.s.id, x.l))) it.todo(`${c.s.id} / ${c.l}: ${todo(c.s.id, c.l)}`);
});

describe('lead-claim', () => {
  const cases = LEAD_CLAIMS.flatMap((c) => {
    const s = c.mutant ? { ...c.source, mutant: c.mutant } : c.source;
    const lead = s.unitPerItem ? 'Så här fördelas pengarna:' : 'Så här fördelas pengarna, i tusental kronor:';
    return [
      ...[...Object.keys(LIST_LAYOUTS), ONE_SENTENCE].map((l) => ({ c, s, l, render: (x: RegionSource) => renderList(l, x, { lead, totalRow: false, before: [c.lead, ...BETWEEN] }) })),
      ...Object.entries(TABLE_LAYOUTS).map(([l, f]) => ({ c, s, l, render: (x: RegionSource) => f(x, { before: [c.lead, ...BETWEEN, 'Så här fördelas pengarna:'], totalRow: false }) })),
    ];
  });
  const todo = (x: (typeof cases)[number]): string | undefined => TODO[`${x.s.id} / ${x.l}`];
  it.each(cases.filter((x) => !todo(x)).map((x) => [`${x.c.id} / ${x.l}`, x] as const))('%s', (_, x) => {
    checkRegionVariant(x.render, x.s, x.c.claimed);
  });
  for (const x of cases.filter((y) => todo(y))) it.todo(`${x.c.id} / ${x.l}: ${todo(x)}`);
  it.todo('"en miljard kronor" is read as one significant figure (±500 million), so no one-item change of a list near a billion can be told from it');
});

describe('total-before-list', () => {
  const cases = TOTAL_BEFORE_LISTS.flatMap((s) => Object.keys(PART_LAYOUTS).map((l) => [`${s.id} / ${l}`, s, l] as const));
  it.each(cases)('%s', (_, s, l) => {
    const doc = readDoc(renderParts(l, s));
    expect(errors(audit(doc)).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    const found = audit(readDoc(renderParts(l, mutateParts(s)))).filter((f) => f.ruleId === 'text/sum');
    // The finding's figures show every part was read: the stated total and the top-level parts' sum.
    expect(flagged(found).map((f) => [f.expected, f.actual]), found.map((f) => f.message).join('\n')).toEqual([[s.stated, s.mutantSum]]);
    // A rounded whole ("drygt", "cirka") says less than an exact one: a warning, never an error.
    if (/drygt|cirka/.test(s.lead)) expect(flagged(found)[0]!.severity).toBe('warning');
  });
});
