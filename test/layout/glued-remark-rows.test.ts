import { describe, expect, it } from 'vitest';
import { detectGluedRemarkRows, mayStartGluedRemarks } from '../../src/layout/glued-remark-rows.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Items, a figure and a remark copied from a web table with every separator lost. Examples
 * written here; values worked out by hand (base unit: kronor).
 */
const src = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const valuesOf = (t: Table) => t.rows.map((r) => [r.label.split(' | ')[0], ...r.cells.map((c) => (c.value?.toFixed() ?? '') + (c.uncertain !== undefined ? '?' : ''))]);

describe('glued rows with a remark', () => {
  it('reads deviations and their reasons in millions: a sign set apart, a year ending a label', () => {
    const text = [
      'Större avvikelser mot budget:',
      '',
      'PostAvvikelse i miljoner kronorFörklaring',
      'Försörjningsstöd21Färre hushåll än väntat.',
      'Räntekostnader 14Lägre räntor under hösten.',
      'Pensioner intjänade före 199845Lägre pensionsskuld.',
      'Lokalkostnader- 18Nya förskolor öppnade tidigare.',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Avvikelse i miljoner kronor']);
    expect(valuesOf(t!)).toEqual([
      ['Försörjningsstöd', '21000000'],
      ['Räntekostnader', '14000000'],
      // "199845": the label's year, then the figure — a guess.
      ['Pensioner intjänade före 1998', '45000000?'],
      ['Lokalkostnader', '-18000000'],
    ]);
    expect(t!.rows[0]!.label).toContain('Färre hushåll än väntat.');
  });

  it('reads grants and their purposes in kronor, grouped figures kept whole', () => {
    const text = ['FöreningBelopp (kr)Ändamål', 'IK Sirius12 500Ungdomsverksamhet under sommaren', 'Hembygdsföreningen4 000Nytt tak på logen', 'Musikkåren1 250 000Ny konsertlokal 2025', ''].join('\n');
    const [t] = tablesOf(text);
    expect(valuesOf(t!)).toEqual([
      ['IK Sirius', '12500'],
      ['Hembygdsföreningen', '4000'],
      ['Musikkåren', '1250000'],
    ]);
  });

  it('is not a table: titles that are not three, a line of prose, too few rows', () => {
    expect(mayStartGluedRemarks(src('KommunenStaden'), 0)).toBe(false);
    expect(mayStartGluedRemarks(src('Detta är en vanlig mening utan glapp.\nRad'), 0)).toBe(false);
    expect(detectGluedRemarkRows('t.txt', src('PostBeloppKommentar\nHyror12Höjda.\nEl4Lägre.'), 0)).toBeNull();
    expect(detectGluedRemarkRows('t.txt', src('PostBeloppKommentar\nHyror12Höjda.\nDetta är text utan tal.\nEl4Lägre.\nVa3Mer.'), 0)).toBeNull();
  });
});
