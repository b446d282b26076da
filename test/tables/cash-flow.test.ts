import { describe, expect, it } from 'vitest';
import { cashFlowLine } from '../../src/tables/cash-flow.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { scaleSlip } from '../../src/rules/table/scale-slip.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * A cash flow statement's closing lines: each section's flow sums its own items (after the funds
 * before changes in working capital, where printed), the year's flow sums the sections' flows.
 * Statements written for this test, in two layouts.
 */
describe('cashFlowLine', () => {
  it.each([
    ['Medel från verksamheten före förändring av rörelsekapital', 'before-working-capital'],
    ['Kassaflöde från verksamheten före förändringar i rörelsekapital', 'before-working-capital'],
    ['Medel från verksamheten före förändrat rörelsekapital', 'before-working-capital'],
    ['Kassaflöde från den löpande verksamheten', 'section'],
    ['KASSAFLÖDE FRÅN INVESTERINGSVERKSAMHETEN', 'section'],
    ['Kassaflöde från finansieringsverksamheten 21', 'section'],
    ['Årets kassaflöde', 'whole'],
    ['PERIODENS KASSAFLÖDE', 'whole'],
    ['Förändring av likvida medel', 'whole'],
  ])('%s is a closing line (%s)', (label, line) => expect(cashFlowLine(label)).toBe(line));
  it.each(['Kassaflöde', 'Likvida medel vid årets slut', 'Justering för avskrivningar', 'Kassaflöde från verksamheten i Norden', 'Årets resultat'])('%s is not', (label) =>
    expect(cashFlowLine(label)).toBeNull(),
  );
});

const rows: [string, string, string][] = [
  ['Årets resultat', '45', '30'],
  ['Justering för avskrivningar', '60', '55'],
  ['Justering för avsättningar', '12', '8'],
  ['Medel från verksamheten före förändring av rörelsekapital', '117', '93'],
  ['Ökning av kortfristiga fordringar', '-10', '-4'],
  ['Ökning av kortfristiga skulder', '15', '6'],
  ['Kassaflöde från den löpande verksamheten', '122', '95'],
  ['Investering i materiella anläggningstillgångar', '-140', '-120'],
  ['Försäljning av materiella anläggningstillgångar', '8', '3'],
  ['Kassaflöde från investeringsverksamheten', 'INVEST', '-117'],
  ['Nyupptagna lån', '30', '40'],
  ['Amortering av skuld', '-10', '-12'],
  ['Kassaflöde från finansieringsverksamheten', '20', '28'],
  ['ÅRETS KASSAFLÖDE', '10', '6'],
  ['Likvida medel vid årets början', '50', '44'],
  ['Likvida medel vid årets slut', '60', '50'],
];

/** Label and figures set in aligned columns under a line of years. */
const aligned = (invest: string): string =>
  ['Kassaflödesanalys, mnkr', '', `${'Belopp i mnkr'.padEnd(60)}${'2023'.padStart(8)}${'2022'.padStart(8)}`, ...rows.map(([l, a, b]) => `${l.padEnd(60)}${(a === 'INVEST' ? invest : a).padStart(8)}${b.padStart(8)}`), ''].join('\n');

/** One cell a line, a blank line between, the section headings as rows of their own. */
const cellPerLine = (invest: string): string => {
  const lines = ['Kassaflödesanalys', '', 'Mnkr', '', '2023', '', '2022', ''];
  rows.forEach(([l, a, b], i) => {
    if (i === 0) lines.push('DEN LÖPANDE VERKSAMHETEN', '', '', '', '', '');
    if (i === 7) lines.push('INVESTERINGSVERKSAMHETEN', '', '', '', '', '');
    if (i === 10) lines.push('FINANSIERINGSVERKSAMHETEN', '', '', '', '', '');
    lines.push(l, '', a === 'INVEST' ? invest : a, '', b, '');
  });
  return lines.join('\n');
};

describe.each([
  ['aligned', aligned],
  ['one cell a line', cellPerLine],
])('a cash flow statement, %s', (_, layout) => {
  it('reads the statement whole and finds nothing to warn of where it adds up', () => {
    const text = layout('-132');
    const [t] = docOf({ text }).tables;
    expect(t!.rows.filter((r) => r.cells.some((c) => c.value !== null)).map((r) => r.label)).toEqual(rows.map(([l]) => l));
    expect(findingsOf(columnTotal, text).filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findingsOf(scaleSlip, text)).toEqual([]);
  });

  it('warns, never errs, where a section’s flow is not its items', () => {
    const off = findingsOf(columnTotal, layout('-142')).filter((f) => f.severity !== 'info');
    expect(off.length).toBeGreaterThan(0);
    expect(off.every((f) => f.severity === 'warning')).toBe(true);
    expect(off.some((f) => /"Kassaflöde från investeringsverksamheten" anger −142 000 000 kr/.test(f.message))).toBe(true);
  });
});

// Key figures that list a year's cash flow among other figures are no statement: nothing there
// sums to "Årets kassaflöde" (50 + 70 ≠ 30), and reading it as the sections' sum would warn falsely.
describe.each([
  ['tab-separated', ['Nyckeltal\t2023\t2022', 'Årets resultat\t50\t40', 'Nettoinvesteringar\t70\t60', 'Årets kassaflöde\t30\t2', ''].join('\n')],
  [
    'a Markdown table with one section flow among the figures',
    ['| Nyckeltal, mnkr | 2024 | 2023 |', '|---|---|---|', '| Kassaflöde från den löpande verksamheten | 143 | 120 |', '| Nettoinvesteringar | 90 | 75 |', '| Periodens kassaflöde | 12 | -4 |', ''].join('\n'),
  ],
])('key figures, %s', (_, text) => {
  it('are not read as a statement: no check of the cash flow against the other rows', () => {
    expect(findingsOf(columnTotal, text)).toEqual([]);
  });
});
