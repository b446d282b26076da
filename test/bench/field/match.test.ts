import { describe, expect, it } from 'vitest';
import type { Golden } from './golden.js';
import { findRow, mapColumns, pairTables, scoreDocument, type ExtractedTable } from './match.js';

// A tiny golden: two tables, one with regions and a total, one budget list without regions.
const golden: Golden = {
  classes: ['blank-line-cells'],
  tables: [
    {
      caption: 'Medel 2023 i kronor',
      unit: 'kronor',
      kind: 'table',
      columns: [['Län'], ['Medel'], ['Landsbygd']],
      rows: [
        { label: 'Stockholm', region: '01', kind: 'data', values: ['100', '10'] },
        { label: 'Uppsala', region: '03', kind: 'data', values: ['200', '20'] },
        { label: 'Gotland', region: '09', kind: 'data', values: ['300', null] },
        { label: 'Totalt', region: null, kind: 'total', values: ['600', '30'] },
      ],
    },
    {
      caption: 'Anslag',
      unit: 'tkr',
      kind: 'table',
      columns: [['Post'], ['Belopp']],
      rows: [
        { label: 'ap.1 Vård', region: null, kind: 'data', values: ['5000'] },
        { label: 'ap.2 Skola', region: null, kind: 'data', values: ['7000'] },
      ],
    },
  ],
  defects: [
    { kind: 'sum', where: 'Totalt', arithmetic: '100 + 200 + 300 = 600', table: 0, lines: [20], severity: 'error' },
    { kind: 'rounding', where: 'ap.2 Skola', arithmetic: 'printed rounded', table: null, lines: [41], severity: 'warning' },
  ],
};

// kronkoll's reading, in the other order: the budget table first, the region table with a code
// column in front, Uppsala's first value misread and Gotland missing.
const extracted: ExtractedTable[] = [
  {
    caption: 'Anslag',
    rows: [
      { label: 'ap.1  Vård', region: null, values: ['5000'], line: 40 },
      { label: 'ap.2 Skola', region: null, values: ['700'], line: 41 },
    ],
    span: [39, 41],
  },
  {
    caption: 'Medel 2023 i kronor',
    rows: [
      { label: 'Stockholm', region: '01', values: ['1', '100', '10'], line: 12 },
      { label: 'Uppsala', region: '03', values: ['3', '2000', '20'], line: 14 },
      { label: 'Totalt', region: null, values: [null, '600.00', '30'], line: 20 },
    ],
    span: [10, 20],
  },
];

describe('field benchmark matching', () => {
  it('pairs a label with its closing footnote mark and the same words without it, and no other', () => {
    const rows = [
      { label: 'varav årets resultat', region: null, values: ['5'], line: 3 },
      { label: 'Amortering av skulder', region: null, values: ['-4'], line: 4 },
      { label: 'Summa 2', region: null, values: ['9'], line: 5 },
    ];
    expect(findRow({ label: 'varav årets resultat', region: null }, rows)?.line).toBe(3);
    expect(findRow({ label: 'Amortering av skulder*', region: null }, rows)?.line).toBe(4);
    expect(findRow({ label: 'Amortering av skulder¹', region: null }, rows)?.line).toBe(4);
    // A dash opening a label marks an item under a heading of the same words: another row.
    expect(findRow({ label: '– varav årets resultat', region: null }, rows)).toBeUndefined();
    // A figure closing a label is part of it, not a mark.
    expect(findRow({ label: 'Summa', region: null }, rows)).toBeUndefined();
    expect(findRow({ label: 'varav årets', region: null }, rows)).toBeUndefined();
  });

  it('pairs each golden table with the extracted table sharing most rows', () => {
    expect([...pairTables(golden.tables, extracted).entries()]).toEqual([[0, 1], [1, 0]]);
  });

  it('maps golden columns to the extracted columns whose values agree, skipping a code column', () => {
    expect([...mapColumns(golden.tables[0]!, extracted[1]!).entries()].sort()).toEqual([[0, 1], [1, 2]]);
  });

  it('counts exact cells and region rows, and judges findings against the golden defects', () => {
    const s = scoreDocument(golden, extracted, [
      { severity: 'error', ruleId: 'table/sum', line: 20 }, // on the defect's line: true
      { severity: 'error', ruleId: 'table/sum', line: 40 }, // in the other table, on no defect: false
      { severity: 'error', ruleId: 'table/sum', line: 41 }, // on a defect rounding explains: false
      { severity: 'warning', ruleId: 'region/missing', line: 3 },
    ]);
    // Golden numbers: 100 10 200 20 300 600 30 | 5000 7000 = 9 cells. Exact: 100 10 20 600 30 5000 = 6.
    expect(s.cells).toBe(9);
    expect(s.cellsExact).toBe(6);
    // Region rows: Stockholm exact, Uppsala misread, Gotland not found.
    expect(s.regionRows).toBe(3);
    expect(s.regionRowsExact).toBe(1);
    expect(s.errorsTrue).toBe(1);
    expect(s.errorsFalse).toBe(2);
    // The rounding difference is counted apart (noted: the error on line 41 lands on it), not as a defect.
    expect(s.defects).toBe(1);
    expect(s.defectsMissed).toBe(0);
    expect([s.roundings, s.roundingsNoted]).toEqual([1, 1]);
  });

  it('a warning on the row that shows a defect covers it; a warning on another row of the table does not', () => {
    // The Totalt row (defect line 20) as a table pasted one cell per line: label on 20, cells on 21 and 22.
    const pasted: ExtractedTable[] = [extracted[0]!, { ...extracted[1]!, rows: extracted[1]!.rows.map((r) => (r.label === 'Totalt' ? { ...r, lines: [20, 22] as [number, number] } : r)), span: [10, 22] }];
    const onRow = scoreDocument(golden, pasted, [{ severity: 'warning', ruleId: 'table/sum', line: 22 }]);
    expect(onRow.defectsMissed).toBe(0); // on the total row's last cell
    expect([onRow.roundings, onRow.roundingsNoted]).toEqual([1, 0]); // the prose-only rounding one is not noted
    const elsewhere = scoreDocument(golden, pasted, [{ severity: 'warning', ruleId: 'region/missing', line: 12 }]);
    expect(elsewhere.defectsMissed).toBe(1); // on the Stockholm row: says nothing about the total
    const silent = scoreDocument(golden, extracted, [{ severity: 'info', ruleId: 'table/sum', line: 20 }]);
    expect(silent.defectsMissed).toBe(1); // an info does not flag a defect
    const noted = scoreDocument(golden, extracted, [{ severity: 'info', ruleId: 'table/sum', line: 41 }]);
    expect([noted.defectsMissed, noted.roundingsNoted]).toEqual([1, 1]); // an info notes a rounding difference
  });

  it('a defect above the first row (a header) is covered by any finding in the table; one on an unread row only on its line', () => {
    const header: Golden = { ...golden, defects: [{ kind: 'digit-group', where: 'a year header', arithmetic: '"2 012"', table: 0, lines: [11], severity: 'error' }] };
    expect(scoreDocument(header, extracted, [{ severity: 'warning', ruleId: 'format/digit-grouping', line: 10 }]).defectsMissed).toBe(0);
    expect(scoreDocument(header, extracted, [{ severity: 'error', ruleId: 'format/digit-grouping', line: 10 }]).errorsTrue).toBe(1);
    // Gotland (line 16, say) was not read: a finding on Uppsala's row does not flag a defect on it.
    const unread: Golden = { ...golden, defects: [{ kind: 'sum', where: 'Gotland', arithmetic: '…', table: 0, lines: [16], severity: 'error' }] };
    expect(scoreDocument(unread, extracted, [{ severity: 'warning', ruleId: 'table/sum', line: 14 }]).defectsMissed).toBe(1);
    expect(scoreDocument(unread, extracted, [{ severity: 'warning', ruleId: 'table/sum', line: 16 }]).defectsMissed).toBe(0);
  });

  it('a label kronkoll joins over two label columns ("ap.2 | Skola") is the label a person reads ("ap.2 Skola")', () => {
    const joined: ExtractedTable[] = [
      {
        caption: 'Anslag',
        rows: [
          { label: 'ap.1 | Vård', region: null, values: ['5000'], line: 40 },
          { label: 'ap.2 | Skola', region: null, values: ['7000'], line: 41 },
        ],
        span: [39, 41],
      },
    ];
    expect(scoreDocument(golden, joined, []).cellsExact).toBe(2);
    const other: ExtractedTable[] = [{ ...joined[0]!, rows: joined[0]!.rows.map((r) => ({ ...r, label: r.label.replace(' | ', ' | Ny ') })) }];
    expect(scoreDocument(golden, other, []).cellsExact).toBe(0);
  });

  it('a label printed twice ("Summa" closing each section) pairs by order, not with its first occurrence', () => {
    const sectioned: Golden = {
      classes: ['sectioned-table'],
      tables: [
        {
          caption: 'Drift',
          unit: 'tkr',
          kind: 'table',
          columns: [['Post'], ['Belopp']],
          rows: [
            { label: 'Hyror', region: null, kind: 'data', values: ['40'] },
            { label: 'Summa', region: null, kind: 'total', values: ['40'] },
            { label: 'Löner', region: null, kind: 'data', values: ['75'] },
            { label: 'Summa', region: null, kind: 'total', values: ['75'] },
          ],
        },
      ],
      defects: [],
    };
    const read = (second: string): ExtractedTable[] => [
      {
        caption: 'Drift',
        rows: [
          { label: 'Hyror', region: null, values: ['40'], line: 2 },
          { label: 'Summa', region: null, values: ['40'], line: 3 },
          { label: 'Löner', region: null, values: ['75'], line: 4 },
          { label: 'SUMMA', region: null, values: [second], line: 5 },
        ],
        span: [1, 5],
      },
    ];
    expect(scoreDocument(sectioned, read('75'), []).cellsExact).toBe(4);
    // The second sum misread: one cell wrong, not hidden by the first "Summa".
    expect(scoreDocument(sectioned, read('57'), []).cellsExact).toBe(3);
    // Only one "Summa" read: the golden's second has no partner.
    const one = read('75');
    one[0]!.rows.splice(3, 1);
    expect(scoreDocument(sectioned, one, []).cellsExact).toBe(3);
  });

  it('nothing extracted: every golden cell counts and none is exact', () => {
    const s = scoreDocument(golden, [], []);
    expect([s.cells, s.cellsExact, s.regionRows, s.regionRowsExact, s.defectsMissed, s.roundingsNoted]).toEqual([9, 0, 3, 0, 1, 0]);
    expect(s.missTable).toBe(9);
    expect([s.tables, s.tablesUnread]).toEqual([2, 2]);
  });

  it('names why each cell is not exact', () => {
    const causes = (t: ExtractedTable[]) => {
      const s = scoreDocument(golden, t, []);
      return [s.missTable, s.missElsewhere, s.missRow, s.missColumn, s.missBlank, s.missScale, s.missValue];
    };
    // Uppsala's 2000 and ap.2's 700 are the golden's 200 and 7000 at another scale; Gotland's row is missing.
    expect(causes(extracted)).toEqual([0, 0, 1, 0, 0, 2, 0]);
    // Uppsala 201: another value; the total's Medel cell read as nothing: blank.
    const other: ExtractedTable[] = structuredClone(extracted);
    other[1]!.rows[1]!.values[1] = '201';
    other[1]!.rows[2]!.values[1] = null;
    expect(causes(other)).toEqual([0, 0, 1, 0, 1, 1, 1]);
    // Only the Medel column read: the Landsbygd cells map to no column.
    const narrow: ExtractedTable[] = structuredClone(extracted);
    for (const r of narrow[1]!.rows) r.values = r.values.slice(0, 2);
    expect(causes(narrow)).toEqual([0, 0, 1, 3, 0, 2, 0]);
    // The budget table read with other labels: half its numbers are there (5000), its rows are not
    // recognised, so both its cells count as read in a table not paired with it.
    const relabelled: ExtractedTable[] = structuredClone(extracted);
    relabelled[0]!.caption = null;
    relabelled[0]!.rows.forEach((r, i) => { r.label = `Post ${i + 1}`; });
    expect(causes(relabelled)).toEqual([0, 2, 1, 0, 0, 1, 0]);
  });
});
