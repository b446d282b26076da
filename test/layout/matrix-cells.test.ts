import { describe, expect, it } from 'vitest';
import { BLANK_CELLS, BLANK_LINE_CELLS, errors, expected, got, joinTitle, LAYOUTS, mutantOf, readOf, render, ROUNDED, sumFindings, WRAPPED_HEADER, type Layout, type Source } from './matrix-cells-cases.js';

/**
 * The class × layout matrix of blank-line-cells, blank-cells, wrapped-header and
 * rounded-declared (sources and renderers in matrix-cells-cases.ts): every variant read
 * exactly, no error on a correct table, its mutant flagged.
 */

/** A variant known not to be read, with the reason: kept as a todo, never as a test that cannot fail. */
type Todo = Partial<Record<string, Partial<Record<Layout, string>>>>;

function matrix(klass: string, sources: readonly Source[], todo: Todo, checkHeads = false): void {
  describe(klass, () => {
    for (const src of sources) {
      const cases = LAYOUTS.filter((l) => !todo[src.name]?.[l]).map((l) => [l] as const);
      for (const l of LAYOUTS) if (todo[src.name]?.[l]) it.todo(`${src.name} / ${l}: ${todo[src.name]![l]}`);
      if (cases.length === 0) continue;
      it.each(cases)(`${src.name} / %s: read exactly, no error; its mutant flagged`, (layout) => {
        const ok = readOf(src, layout);
        expect(got(ok.table), render(src, layout).text).toEqual(expected(src));
        if (checkHeads) expect(ok.table!.columns.map((c) => c.header.join(' '))).toEqual(src.heads.map(joinTitle));
        expect(errors(ok.findings)).toEqual([]);
        if (src.noteExpected) expect(ok.findings.filter((f) => f.ruleId.startsWith('table/')).length).toBeGreaterThan(0);
        const bad = readOf(mutantOf(src), layout);
        expect(got(bad.table)?.rows.length).toBe(src.rows.length);
        expect(sumFindings(bad.findings).length, bad.findings.map((f) => f.message).join('\n')).toBeGreaterThan(0);
      });
    }
  });
}

// Layouts not read yet, each with what goes wrong (kept as todos, never as tests that cannot fail).
const TODO_BLANK_LINE_CELLS: Todo = {};
const TODO_BLANK_CELLS: Todo = {
  'empty and dash': {
    cells: 'an empty first title and an empty value cell pasted as empty lines, with no blank lines between the other cells: the empty lines cut the table apart',
  },
};
const TODO_WRAPPED_HEADER: Todo = {
  'three-line titles': {
    cells: 'seven title lines over three columns with no blank line between titles: which lines make one title is not printed, and they are split wrongly (rows, values and units are read right)',
    'cells-rows': 'the same seven title lines as the first paragraph of rows pasted as paragraphs: no table is read',
  },
};
const TODO_ROUNDED: Todo = {};

matrix('blank-line-cells', BLANK_LINE_CELLS, TODO_BLANK_LINE_CELLS);
matrix('blank-cells', BLANK_CELLS, TODO_BLANK_CELLS);
matrix('wrapped-header', WRAPPED_HEADER, TODO_WRAPPED_HEADER, true);
matrix('rounded-declared', ROUNDED, TODO_ROUNDED);
