import { describe, expect, it } from 'vitest';
import { loadRuleContext } from '../../src/corpus/context.js';
import type { Table } from '../../src/model/table.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { docOf } from '../rules/rule-tester.js';

/** A pipe table whose text ends inside its last row keeps that row. Examples written here. */
const read = (t: Table): (string | null)[][] =>
  t.rows.map((r) => [r.label, r.region?.code ?? null, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()) + (c.uncertain !== undefined ? '?' : ''))]);
const errorsOf = (text: string): string[] => {
  const doc = docOf({ file: 'case.txt', text });
  return [...runRules([doc], ALL_RULES, loadRuleContext([doc.file])).values()].flat().filter((f) => f.severity === 'error').map((f) => f.ruleId);
};

describe('a pipe table cut off inside its last row', () => {
  it('keeps the row, its cut cell uncertain (pipes on both sides)', () => {
    const text = ['Medel per län', '', '| Län | Projekt | Belopp, kr |', '| Blekinge län | 12 | 4 500 000 |', '| Dalarnas län | 9 | 3 250 000 |', '| Gotlands län | 3 | 1 1', ''].join('\n');
    const [t] = docOf({ file: 'case.txt', text }).tables;
    expect(read(t!)).toEqual([
      ['Blekinge län', '10', '12', '4500000'],
      ['Dalarnas län', '20', '9', '3250000'],
      ['Gotlands län', '09', '3', '11?'],
    ]);
    expect(errorsOf(text)).toEqual([]);
  });

  it('keeps the row when the table has no opening pipes, the cells it lost empty', () => {
    const text = ['Fördelning:', 'Län | Antal | Bidrag, kr |', 'Hallands län | 2 913 | 70 854 684 |', 'Jämtlands län | 790 | 18 187 821 |', 'Kalmar län | 1 558 | 37 945 775 |', 'Kronobergs län | 1 74'].join('\n');
    const [t] = docOf({ file: 'case.txt', text }).tables;
    expect(read(t!)).toEqual([
      ['Hallands län', '13', '2913', '70854684'],
      ['Jämtlands län', '23', '790', '18187821'],
      ['Kalmar län', '08', '1558', '37945775'],
      ['Kronobergs län', '07', '174?', ''],
    ]);
    expect(errorsOf(text)).toEqual([]);
  });
});
