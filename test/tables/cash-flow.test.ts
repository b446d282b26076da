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
    ['Total kassaflöde', 'whole'],
    ['Kassaflöde från förändringar i rörelsekapital', 'working-capital'],
    ['Kassaflöde från förändring av rörelsekapitalet', 'working-capital'],
    ['Kassaflöde efter investeringar', 'after-investing'],
    ['Kassaflöde efter investeringsverksamheten', 'after-investing'],
    ['Medel från den löpande verksamheten', 'section'],
    ['2. MEDEL FRÅN INVESTERINGSVERKSAMHETEN', 'section'],
    ['Medel från finansieringsverksamheten', 'section'],
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

/**
 * A statement whose operating section's flow covers the changes in working capital alone and whose
 * year's flow adds the funds line to the three sections (written for this test): funds 110 = 40 + 70,
 * changes −20 + 8 = −12, investing −150 + 10 = −140, financing 5 + 60 = 65, and the year's flow
 * 110 − 12 − 140 + 65 = 23 (2022: 100 + 2 − 86 + 23 = 39).
 */
const apart = (total2023: string): [string, string, string][] => [
  ['Årets resultat', '40', '35'],
  ['Justering för avskrivningar', '70', '65'],
  ['Medel från verksamheten före förändring av rörelsekapital', '110', '100'],
  ['Förändring av fordringar', '-20', '5'],
  ['Förändring av skulder', '8', '-3'],
  ['Kassaflöde från den löpande verksamheten', '-12', '2'],
  ['Förvärv av anläggningstillgångar', '-150', '-90'],
  ['Försäljning av anläggningstillgångar', '10', '4'],
  ['Kassaflöde från investeringsverksamheten', '-140', '-86'],
  ['Förändring av långfristig utlåning', '5', '3'],
  ['Förändring av nettolåneskuld', '60', '20'],
  ['Kassaflöde från finansieringsverksamheten', '65', '23'],
  ['Total kassaflöde', total2023, '39'],
  ['Likvida medel vid årets slut', '90', '67'],
];

describe.each([
  ['tab-separated', (rs: [string, string, string][]) => ['Betalningsflöde, mnkr', '', 'Post\t2023\t2022', ...rs.map((r) => r.join('\t')), ''].join('\n'), 'case-0.txt'],
  ['GFM', (rs: [string, string, string][]) => ['Belopp i mnkr', '', '| Post | 2023 | 2022 |', '|---|---:|---:|', ...rs.map((r) => `| ${r.join(' | ')} |`), ''].join('\n'), 'f.md'],
])('a statement with the funds line apart from the operating flow, %s', (_, layout, file) => {
  it('is read as such: nothing to warn of where it adds up', () => {
    expect(findingsOf(columnTotal, [{ file, text: layout(apart('23')) }]).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('warns of the one line that does not add up (funds 110 and the sections −87 make 23, not 28)', () => {
    const off = findingsOf(columnTotal, [{ file, text: layout(apart('28')) }]).filter((f) => f.severity !== 'info');
    expect(off.map((f) => [f.severity, f.location.line])).toEqual([['warning', file === 'f.md' ? 17 : 16]]);
    expect(off[0]!.message).toMatch(/^4 rader summerar till 23 000 000 kr; raden "Total kassaflöde" anger 28 000 000 kr/);
  });
});

/**
 * A statement that prints the working capital's own flow and a running flow after the investing
 * section (written for this test): changes −6 + 9 = 3, operating 50 + 3 = 53, investing −40 + 2 =
 * −38, after investing 53 − 38 = 15, financing −5, the year 53 − 38 − 5 = 10 (2022: 44 + (−2) = 42,
 * −30, 12, −4, 8).
 */
const running = (investing2023: string): [string, string, string][] => [
  ['Rörelseresultat', '35', '30'],
  ['Justeringar för ej likviditetspåverkande poster', '15', '14'],
  ['Kassaflöde från den löpande verksamheten före förändringar av rörelsekapital', '50', '44'],
  ['Ökning (-)/minskning (+) av fordringar', '-6', '1'],
  ['Ökning (+)/minskning (-) av skulder', '9', '-3'],
  ['Kassaflöde från förändringar i rörelsekapital', '3', '-2'],
  ['Kassaflöde från den löpande verksamheten', '53', '42'],
  ['Förvärv av materiella anläggningstillgångar', '-40', '-31'],
  ['Avyttring av materiella anläggningstillgångar', '2', '1'],
  ['Kassaflöde från investeringsverksamheten', investing2023, '-30'],
  ['Kassaflöde efter investeringar', '15', '12'],
  ['Amortering av låneskulder', '-5', '-4'],
  ['Kassaflöde från finansieringsverksamheten', '-5', '-4'],
  ['Årets kassaflöde', '10', '8'],
];

describe.each([
  ['space-aligned', (rs: [string, string, string][]) => ['Kassaflödesanalys, tkr', '', `${'Belopp i tkr'.padEnd(80)}${'2023'.padStart(8)}${'2022'.padStart(8)}`, ...rs.map(([l, a, b]) => `${l.padEnd(80)}${a.padStart(8)}${b.padStart(8)}`), ''].join('\n')],
  ['one cell a line', (rs: [string, string, string][]) => ['Kassaflödesanalys', '', 'Tkr', '', '2023', '', '2022', '', ...rs.flatMap(([l, a, b]) => [l, '', a, '', b, '']), ''].join('\n')],
])('a statement with a working capital flow and a flow after investing, %s', (_, layout) => {
  it('adds up line by line: no warning', () => {
    expect(findingsOf(columnTotal, layout(running('-38'))).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('warns, never errs, where the investing flow is not its items', () => {
    const off = findingsOf(columnTotal, layout(running('-36'))).filter((f) => f.severity !== 'info');
    expect(off.length).toBeGreaterThan(0);
    expect(off.every((f) => f.severity === 'warning')).toBe(true);
    expect(off.some((f) => /^2 rader summerar till −38 000 kr; raden "Kassaflöde från investeringsverksamheten" anger −36 000 kr/.test(f.message))).toBe(true);
  });
});

// A statement that names its sections' flows "Medel från …" and prints its funds line without
// figures: each section's flow sums its items from the section's start. Operating 2023:
// 20 + 35 − 6 + 9 = 58; investing −70 + 4 = −66; financing 15; the year 58 − 66 + 15 = 7.
// Written for this test, in two layouts.
const fundsRows: [string, string, string][] = [
  ['Årets resultat', '20', '14'],
  ['Justering för avskrivningar', '35', '31'],
  ['Medel från verksamheten före förändring av rörelsekapital', '', ''],
  ['Ökning av kortfristiga fordringar', '-6', '2'],
  ['Ökning av kortfristiga skulder', '9', '-5'],
  ['Medel från den löpande verksamheten', '58', '42'],
  ['Förvärv av inventarier', '-70', '-48'],
  ['Försäljning av inventarier', '4', '1'],
  ['Medel från investeringsverksamheten', '-66', '-47'],
  ['Nyupptagna lån', '15', '10'],
  ['Medel från finansieringsverksamheten', '15', '10'],
  ['Årets kassaflöde', '7', '5'],
];
const fundsAligned = (first: string): string =>
  ['Finansieringsanalys, mnkr', '', `${'Mnkr'.padEnd(60)}${'2023'.padStart(8)}${'2022'.padStart(8)}`, ...fundsRows.map(([l, a, b], i) => `${l.padEnd(60)}${(i === 5 ? first : a).padStart(8)}${b.padStart(8)}`), ''].join('\n');
const fundsTabbed = (first: string): string =>
  ['Finansieringsanalys (mnkr)', '', 'Post\t2023\t2022', ...fundsRows.map(([l, a, b], i) => `${l}\t${i === 5 ? first : a}\t${b}`), ''].join('\n');

describe.each([
  ['aligned', fundsAligned],
  ['tab-separated', fundsTabbed],
])('a statement with "Medel från …" flows and a blank funds line, %s', (_, layout) => {
  it('checks each section from its start and finds the statement whole', () => {
    expect(findingsOf(columnTotal, layout('58')).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('warns where the operating section disagrees', () => {
    const off = findingsOf(columnTotal, layout('85')).filter((f) => f.severity !== 'info');
    expect(off.some((f) => /"Medel från den löpande verksamheten" anger 85 000 000 kr/.test(f.message))).toBe(true);
    expect(off.every((f) => f.severity === 'warning' || f.severity === 'error')).toBe(true);
  });
});
