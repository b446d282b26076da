import { describe, expect, it } from 'vitest';
import { codeRangeChecks, evidentSums, isResultLabel, namesItsSections, yearRow } from '../../src/tables/structures.js';
import type { Row } from '../../src/model/table.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** The structures read from labels, indentation and other columns, on examples written for this test. */
describe('isResultLabel', () => {
  it.each(['Rörelseresultat', 'Resultat efter finansiella poster', 'Årets resultat', 'Balanskravsresultat', 'Verksamhetens nettokostnader', 'RESULTAT FÖRE SKATT', 'Nettokostnad'])(
    '%s is a result line',
    (label) => expect(isResultLabel(label)).toBe(true),
  );
  it.each(['Balanserat resultat', 'Ackumulerat resultat', 'Övriga ränteintäkter och liknande resultatposter', 'Resultatandel i intresseföretag', 'Skatteintäkter', ''])(
    '%s is not',
    (label) => expect(isResultLabel(label)).toBe(false),
  );
});

describe('codeRangeChecks', () => {
  it('takes the rows whose labels open with a code in the range, the row itself and codes outside left out', () => {
    const [t] = docOf({ text: 'Titel\tMdkr\n100 Skatter\t812\n200 Avgifter\t31\n300 Försäljning\t2\n400 Lån\t4\nÖvriga inkomster (200–400)\t37\n' }).tables;
    const [check] = codeRangeChecks(t!);
    expect(check!.stated.label).toBe('Övriga inkomster (200–400)');
    expect(check!.parts.map((r) => r.label)).toEqual(['200 Avgifter', '300 Försäljning', '400 Lån']);
  });
});

describe('evidentSums', () => {
  it('finds indented parts in a text table, a deeper "varav" left out', () => {
    const text = 'Post            2022   2023\nIntäkter         500    520\n  Avgifter       300    310\n    varav parkering  40  45\n  Bidrag         200    210\nKostnader        480    500\n';
    const [t] = docOf({ text }).tables;
    const lines = text.split('\n');
    // The label's leading spaces, as table/column-total measures them.
    const indent = (r: { location: { line?: number; column?: number } }): number | null =>
      r.location.line === undefined || r.location.column === undefined ? null : lines[r.location.line - 1]!.slice(0, r.location.column - 1).length;
    const found = evidentSums(t!, indent);
    expect(found.map((e) => [e.stated.label, e.parts.map((p) => p.label), e.evidence])).toEqual([['Intäkter', ['Avgifter', 'Bidrag'], 'indented']]);
  });
});

describe('evidentSums: a result line under items set in', () => {
  const indentOf = (text: string) => {
    const lines = text.split('\n');
    return (r: { location: { line?: number; column?: number } }): number | null =>
      r.location.line === undefined || r.location.column === undefined ? null : lines[r.location.line - 1]!.slice(0, r.location.column - 1).length;
  };
  const found = (text: string) => {
    const [t] = docOf({ text }).tables;
    return evidentSums(t!, indentOf(text)).map((e) => [e.stated.label, e.parts.map((p) => p.label)]);
  };

  it('closes the items above it, aligned columns: no sum of the items set in under it', () => {
    const text = [
      'Mnkr                           2023     2024',
      '  Avgifter                      310      330',
      '  Personalkostnader            -920     -960',
      '  Lokalkostnader               -140     -150',
      'Nettokostnad                   -750     -780',
      '  Kommunalskatt                 690      720',
      '  Utjämning                      80       85',
      'Rörelseresultat                  20       25',
      '',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  it('closes them too, one cell a line, while a heading over items set in below still sums them', () => {
    const closing = ['Tkr', '', '2023', '', '2024', '', '   Hyror', '', '4 100', '', '4 300', '', '   Drift', '', '-3 200', '', '-3 350', '', '   Underhåll', '', '-600', '', '-640', '', 'Resultat före finansiella poster', '', '300', '', '310', '', '   Räntor', '', '-120', '', '-125', '', '   Utdelning', '', '20', '', '25', '', 'Årets resultat', '', '200', '', '210', ''].join('\n');
    expect(found(closing)).toEqual([]);
    // A total printed first, over its parts set in (a committee over its activities): read so as before.
    const heading = ['Tkr', '', '2023', '', '2024', '', 'Nettokostnad', '', '-900', '', '-950', '', '   Skola', '', '-600', '', '-630', '', '   Omsorg', '', '-300', '', '-320', ''].join('\n');
    expect(found(heading)).toEqual([['Nettokostnad', ['Skola', 'Omsorg']]]);
  });
});

describe('section sums: a sum right under the sums of its sections', () => {
  const balance = (assets: string): string[] => [
    'Anläggningstillgångar',
    'Byggnader och mark 5 200 5 000',
    'Inventarier 300 280',
    'Summa anläggningstillgångar 5 500 5 280',
    'Omsättningstillgångar',
    'Kortfristiga fordringar 700 650',
    'Kassa och bank 400 370',
    'Summa omsättningstillgångar 1 100 1 020',
    `Summa tillgångar ${assets} 6 300`,
    'Eget kapital',
    'Årets resultat 120 100',
    'Övrigt eget kapital 2 380 2 280',
    'Summa eget kapital 2 500 2 380',
    'Skulder',
    'Långfristiga skulder 3 000 2 900',
    'Kortfristiga skulder 1 100 1 020',
    'Summa skulder 4 100 3 920',
    'Summa eget kapital och skulder 6 600 6 300',
  ];
  const single = (assets: string): string => ['Balansräkning, tkr 2023 2022', ...balance(assets), ''].join('\n');
  const cellPerLine = (assets: string): string =>
    ['Balansräkning', '', 'Tkr', '', '2023', '', '2022', '', ...balance(assets).flatMap((line) => {
      const m = /^(.*?) ((?:-?\d{1,3}(?: \d{3})*)) ((?:-?\d{1,3}(?: \d{3})*))$/.exec(line);
      return m ? [m[1]!, '', m[2]!, '', m[3]!, ''] : [line, '', '', '', '', ''];
    })].join('\n');

  it.each([
    ['single-spaced', single],
    ['one cell a line', cellPerLine],
  ])('reads the assets’ and the equity-and-debts’ sums over their sections, %s: no warning', (_, layout) => {
    const findings = findingsOf(columnTotal, layout('6 600'));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings.filter((f) => /"Summa tillgångar" \(6 600 000 kr\)/.test(f.message)).map((f) => f.severity)).toEqual(['info']);
  });

  it.each([
    ['single-spaced', single],
    ['one cell a line', cellPerLine],
  ])('still reports a sum of the assets that its sections do not make, %s', (_, layout) => {
    const off = findingsOf(columnTotal, layout('6 700')).filter((f) => f.severity !== 'info');
    expect(off.length).toBeGreaterThan(0);
    expect(off.every((f) => /Summa tillgångar/.test(f.message))).toBe(true);
  });
});

describe('yearRow', () => {
  const first = (text: string) => yearRow(docOf({ text }).tables[0]!)?.label ?? null;
  it('is a first row of bare years under a label without digits', () => {
    expect(first('Område\t2020\nNorr\t310\nMitt\t450\nSumma\t760\n')).toBe('Område');
    expect(first('Verksamhet                2021\nSkola                     4 350\nVård                      2 100\nTotalt                    6 450\n')).toBe('Verksamhet');
  });
  it('is no row of figures, no year with digit groups, no row further down', () => {
    expect(first('Område\t2 020\nNorr\t64 581\nMitt\t8 554\nSumma\t75 155\n')).toBe(null);
    expect(first('Post\tBelopp\nA\t2018\nB\t2020\nSumma\t4038\n')).toBe(null);
    expect(first('Område\t2020\t450\nNorr\t64\t12\nSumma\t64\t12\n')).toBe(null);
  });
});

describe('namesItsSections', () => {
  const r = (label: string): Row => ({ label, kind: 'subtotal', region: null, cells: [], location: { file: 'x' } });
  it.each([
    ['SUMMA TILLGÅNGAR', ['Summa anläggningstillgångar', 'Summa omsättningstillgångar']],
    ['Summa eget kapital, avsättningar och skulder', ['Summa eget kapital', 'Summa avsättningar', 'Summa skulder']],
    ['Summa', ['Summa intäkter', 'Summa kostnader']],
    ['Totalt', ['Summa A', 'Summa B']],
    ['Summa kostnader', ['Summa personalkostnader', 'Summa lokalkostnader']],
  ])('%s covers its sections', (stated, sections) => expect(namesItsSections(r(stated), sections.map(r))).toBe(true));
  it.each([
    ['Summa anställda', ['Summa intäkter', 'Summa kostnader']],
    ['Summa eget kapital', ['Summa anläggningstillgångar', 'Summa omsättningstillgångar']],
  ])('%s does not', (stated, sections) => expect(namesItsSections(r(stated), sections.map(r))).toBe(false));
});

describe('a sum over section sums and the eliminations after them', () => {
  // The city's sum 617,0 and 603,0; the companies' 402,8 + 251,3 + 38,9 = 693,0 and 388,1 + 247,9 +
  // 35,0 = 671,0; the group's: 617,0 + 693,0 − 120,4 = 1 189,6 and 603,0 + 671,0 − 116,2 = 1 157,8.
  // In the city's columns the companies' rows are dashes: 617,0 + 0 + 0 = 617,0.
  const rows: string[][] = [
    ['Taxor och avgifter', '812,4', '790,2', '812,4', '790,2'],
    ['Avgår interna poster', '-210,0', '-195,5', '-210,0', '-195,5'],
    ['Försäljning av mark', '14,6', '8,3', '14,6', '8,3'],
    ['Summa intäkter staden', '617,0', '603,0', '617,0', '603,0'],
    ['Energibolaget AB', '-', '-', '402,8', '388,1'],
    ['Bostadsbolaget AB', '-', '-', '251,3', '247,9'],
    ['Hamnbolaget AB', '-', '-', '38,9', '35,0'],
    ['Summa intäkter bolagen', '-', '-', '693,0', '671,0'],
    ['Avgår interna intäkter', '-', '-', '-120,4', '-116,2'],
    ['Summa koncernens intäkter', '617,0', '603,0', '1 189,6', '1 157,8'],
  ];
  const head = ['Mnkr', 'Staden 2023', 'Staden 2022', 'Koncernen 2023', 'Koncernen 2022'];
  it.each([
    ['one cell a paragraph', `${['Not 4 Verksamhetens intäkter', ...head, ...rows.flat()].join('\n\n')}\n`, 'case.txt'],
    ['a GFM table', ['Not 4 Verksamhetens intäkter', '', `| ${head.join(' | ')} |`, '|---|---:|---:|---:|---:|', ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n'), 'case.md'],
  ])('reads the group’s sum as the sections and the eliminations, %s', (_, text, file) => {
    const found = findingsOf(columnTotal, [{ file, text }]).filter((f) => /Summa koncernens/.test(f.message));
    expect(found.map((f) => f.severity)).toEqual(['info', 'info', 'info', 'info']);
    expect(found[0]!.message).toContain('617 000 000');
    expect(found[2]!.message).toContain('1 189 600 000');
  });

  it('warns, never errs, where the group’s sum misses the sections and eliminations', () => {
    // 617,0 + 693,0 − 120,4 = 1 189,6, printed 1 199,6 in the group's 2023 column.
    const off = rows.map((r) => (r[0] === 'Summa koncernens intäkter' ? [r[0]!, '617,0', '603,0', '1 199,6', '1 157,8'] : r));
    const text = `${['Not 4 Verksamhetens intäkter', ...head, ...off.flat()].join('\n\n')}\n`;
    const found = findingsOf(columnTotal, [{ file: 'case.txt', text }]);
    expect(found.some((f) => f.severity === 'error')).toBe(false);
    expect(found.filter((f) => /Summa koncernens/.test(f.message) && /Koncernen 2023/.test(f.message)).map((f) => f.severity)).not.toContain('info');
  });
});

describe('rows counted that are not items', () => {
  const COUNTIES = ['Stockholm', 'Uppsala', 'Södermanland', 'Östergötland', 'Jönköping', 'Kronoberg', 'Kalmar', 'Gotland', 'Blekinge', 'Skåne', 'Halland', 'Västra Götaland'];
  const infoOf = (text: string): string[] => findingsOf(columnTotal, text).map((f) => `${f.severity}: ${f.message}`);

  it('names labelled aggregate rows as such, not as unlabelled', () => {
    // 10 + 20 + … + 120 = 780 over the counties; the total 820 holds only with the area row's 40.
    const tabbed = `Län\tBelopp\n${COUNTIES.map((c, i) => `${c}\t${(i + 1) * 10}`).join('\n')}\nNorrland\t40\nTotalt\t820\n`;
    expect(infoOf(tabbed)).toEqual(['info: 13 rader summerar till summaraden "Totalt" (820 kr) om rader som lästes som sammanställningar eller delar av andra rader räknas med i kolumnen "Belopp"']);
    // Spaced, another area word: 1 + 2 + … + 12 = 78, with "Storstadslänen" 22 the total 100.
    const spaced = `Region                 Antal\n${COUNTIES.map((c, i) => `${c.padEnd(20)}${String(i + 1).padStart(6)}`).join('\n')}\n${'Storstadslänen'.padEnd(20)}${'22'.padStart(6)}\n${'Summa'.padEnd(20)}${'100'.padStart(6)}\n`;
    expect(infoOf(spaced)).toEqual(['info: 13 rader summerar till summaraden "Summa" (100) om rader som lästes som sammanställningar eller delar av andra rader räknas med i kolumnen "Antal"']);
  });

  it('still says unlabelled where the rows counted have no label', () => {
    expect(infoOf('Post\tBelopp\nHyror\t10\nAvgifter\t20\n\t5\nTotalt\t35\n')).toEqual(['info: 3 rader summerar till summaraden "Totalt" (35 kr) om rader utan etikett räknas med i kolumnen "Belopp"']);
  });
});
