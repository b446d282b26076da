import { describe, expect, it } from 'vitest';
import { codeRangeChecks, evidentSums, isResultLabel, yearRow } from '../../src/tables/structures.js';
import { docOf } from '../rules/rule-tester.js';

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
