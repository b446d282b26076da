import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { letterCodeLabel } from '../../src/tables/letter-code-label.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Election results as text whose party abbreviations stand in the label's cell ("M Moderaterna"
 * under "Förk. Parti"): the abbreviation is the row's code, the name its label. Written for this
 * test, in the layouts result pages are copied in: single spaces with the header one word a line,
 * and columns aligned by runs of spaces.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.code ?? null, r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('letter codes read into the label under "Förk. Parti"', () => {
  it('splits the codes in a single-spaced result whose header is one word a line', () => {
    const text = [
      'Röstfördelning - valdistrikt Norra 3',
      '',
      'Förk. Parti Antal',
      '2022',
      'Andel',
      '2022',
      'Antal',
      '2018',
      'Andel',
      '2018',
      'S Arbetarepartiet-Socialdemokraterna 412 40,2% 398 39,1%',
      'KD Kristdemokraterna 88 8,6% 95 9,3%',
      'Lpar Lokalpartiet 301 29,4% 310 30,5%',
      'ÖVR Övriga partier 223 21,8% 214 21,1%',
      '  Giltiga röster 1024 100,0% 1017 100,0%',
      'BLANK Ogiltiga röster - blanka 9 0,9% 12 1,2%',
      '  Antal röstberättigade 1390   1402  ',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['S', 'Arbetarepartiet-Socialdemokraterna', '412', '40.2', '398', '39.1'],
      ['KD', 'Kristdemokraterna', '88', '8.6', '95', '9.3'],
      ['Lpar', 'Lokalpartiet', '301', '29.4', '310', '30.5'],
      ['ÖVR', 'Övriga partier', '223', '21.8', '214', '21.1'],
      [null, 'Giltiga röster', '1024', '100', '1017', '100'],
      ['BLANK', 'Ogiltiga röster - blanka', '9', '0.9', '12', '1.2'],
      [null, 'Antal röstberättigade', '1390', null, '1402', null],
    ]);
  });

  it('splits them where runs of spaces set the columns apart and one space the code from the name', () => {
    const text = [
      'Förkortning Parti           Röster    Andel',
      'C Centerpartiet              2 310     31,0',
      'MP Miljöpartiet de gröna       640      8,6',
      'V Vänsterpartiet               505      6,8',
      'SD Sverigedemokraterna       3 990     53,6',
      '   Summa                     7 445    100,0',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['C', 'Centerpartiet', '2310', '31'],
      ['MP', 'Miljöpartiet de gröna', '640', '8.6'],
      ['V', 'Vänsterpartiet', '505', '6.8'],
      ['SD', 'Sverigedemokraterna', '3990', '53.6'],
      [null, 'Summa', '7445', '100'],
    ]);
  });
});

describe('letterCodeLabel', () => {
  it('takes a short code before a capitalised name under a letter code title', () => {
    expect(letterCodeLabel('Förk. Parti', 'MedP Medborgarpartiet')).toEqual({ code: 'MedP', label: 'Medborgarpartiet' });
    expect(letterCodeLabel('Beteckning Namn', 'KRÖ Kommunens Röst')).toEqual({ code: 'KRÖ', label: 'Kommunens Röst' });
  });

  it('leaves a label whose first word goes on in lower case, or one under no letter code title', () => {
    expect(letterCodeLabel('Förk. Parti', 'Giltiga röster')).toBeNull();
    expect(letterCodeLabel('Förk. Parti', 'Antal röstberättigade')).toBeNull();
    // A long first word is a name's, not an abbreviation.
    expect(letterCodeLabel('Förk. Parti', 'Sveriges Pensionärers Intresseparti')).toBeNull();
    expect(letterCodeLabel('Parti', 'M Moderaterna')).toBeNull();
    expect(letterCodeLabel('Kommun', 'Nora Nora kommun')).toBeNull();
  });
});
