import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { primaryChecks } from '../../src/tables/structures.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Sectioned tables whose sums are set in capitals among ordinary rows, written here in two
 * layouts (tab-separated and space-separated) and two directions (sums above their sections,
 * sums under them). Figures worked out by hand.
 */
const headedTab = (omsorg2024: string): string =>
  [
    'Område\t2023\t2024',
    'SKOLA\t1 500\t1 620',
    'Förskola\t600\t640',
    'Grundskola\t900\t980',
    'OMSORG\t800\t' + omsorg2024,
    'Hemtjänst\t300\t320',
    'Boende\t500\t530',
    'ÖVRIGT\t45\t50',
    'TOTALT\t2 345\t2 520',
  ].join('\n');

describe('sums in capitals', () => {
  it('reads capital rows as subtotals and the capital total as the total', () => {
    const [t] = docOf({ text: headedTab('850') }).tables;
    expect(t!.rows.map((r) => [r.label, r.kind])).toEqual([
      ['SKOLA', 'subtotal'],
      ['Förskola', 'data'],
      ['Grundskola', 'data'],
      ['OMSORG', 'subtotal'],
      ['Hemtjänst', 'data'],
      ['Boende', 'data'],
      ['ÖVRIGT', 'subtotal'],
      ['TOTALT', 'total'],
    ]);
  });

  it('checks sums set above their sections against the rows under them, the total against the sums', () => {
    const [t] = docOf({ text: headedTab('850') }).tables;
    const checks = primaryChecks(t!, 1);
    expect(checks.map((c) => [c.stated.label, c.parts.map((p) => p.row.label).join('+'), c.structure])).toEqual([
      ['SKOLA', 'Förskola+Grundskola', 'headed-sections'],
      ['OMSORG', 'Hemtjänst+Boende', 'headed-sections'],
      ['TOTALT', 'SKOLA+OMSORG+ÖVRIGT', 'headed-sections'],
    ]);
    expect(findingsOf(columnTotal, headedTab('850')).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('warns, and does not call an error, when a section above its rows does not add up', () => {
    // 320 + 530 = 850, not 860; the total 2 520 = 1 620 + 850 + 50 agrees with the rows, not with 860.
    const found = findingsOf(columnTotal, headedTab('860')).filter((f) => f.severity !== 'info');
    expect(found.map((f) => [f.severity, f.location.line])).toEqual([
      ['warning', 5],
      ['warning', 9],
    ]);
    expect(found[0]!.message).toContain('2 rader summerar till 850');
    expect(found[0]!.message).toContain('delsummorna står ovanför sina avsnitt');
  });

  it('reads capital sums under their rows as running subtotals (space-separated)', () => {
    const text = ['Resultat, tkr 2023 2024', 'Intäkter 5 200 5 400', 'Kostnader -4 100 -4 300', 'NETTO 1 100 1 100', 'Finansnetto -50 -40', 'RESULTAT 1 050 1 060'].join('\n');
    const [t] = docOf({ text }).tables;
    expect(t!.rows.map((r) => r.kind)).toEqual(['data', 'data', 'subtotal', 'data', 'subtotal']);
    expect(t!.rows[4]!.cells.map((c) => c.value?.toFixed())).toEqual(['1050000', '1060000']);
    const found = findingsOf(columnTotal, text);
    expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(found.filter((f) => f.location.line === 6).map((f) => f.message)).toEqual([
      '2 rader summerar till delsumman "RESULTAT" (1 050 000 kr) om summan är föregående summa plus raderna efter den i kolumnen "2023"',
      '2 rader summerar till delsumman "RESULTAT" (1 060 000 kr) om summan är föregående summa plus raderna efter den i kolumnen "2024"',
    ]);
  });

  it('leaves a table in capitals only alone', () => {
    const [t] = docOf({ text: 'LÄN\tANTAL\nUPPSALA\t12\nGOTLAND\t4\nKALMAR\t9' }).tables;
    expect(t!.rows.map((r) => r.kind)).toEqual(['data', 'data', 'data']);
  });
});
