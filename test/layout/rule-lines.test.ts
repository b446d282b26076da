import { describe, expect, it } from 'vitest';
import { withoutRuleLines } from '../../src/layout/rule-lines.js';
import { docOf } from '../rules/rule-tester.js';

const src = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));

describe('rule lines inside a table', () => {
  it('drops a rule between lines and keeps one between blank lines', () => {
    expect(withoutRuleLines(src('Län   Belopp\n------------\nUppsala   12')).map((l) => l.line)).toEqual([1, 3]);
    expect(withoutRuleLines(src('Län   Belopp\n═══\nUppsala   12')).map((l) => l.line)).toEqual([1, 3]);
    expect(withoutRuleLines(src('Län   Belopp\n* * *\nUppsala   12')).map((l) => l.line)).toEqual([1, 2, 3]);
    expect(withoutRuleLines(src('Län   Belopp\n─────  ─────\nUppsala   12')).map((l) => l.line)).toEqual([1, 3]);
    expect(withoutRuleLines(src('Text ovan.\n\n-----\n\nText nedan.')).map((l) => l.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads a header of years over a rule as the header, not as a row (dashes and box lines)', () => {
    for (const rule of ['----------------------------------------', '════════════════════════════════════════']) {
      const text = ['Belopp i miljoner kronor    2024    2025', rule, 'Stockholms län               150     310', 'Uppsala län                   75      90', 'Gotlands län                  25     100', 'Summa                        250     500'].join('\n');
      const [t] = docOf({ text }).tables;
      expect(t!.columns.map((c) => [c.header.join(' '), c.scale])).toEqual([
        ['2024', 1e6],
        ['2025', 1e6],
      ]);
      expect(t!.rows.map((r) => r.label)).toEqual(['Stockholms län', 'Uppsala län', 'Gotlands län', 'Summa']);
    }
  });
});
