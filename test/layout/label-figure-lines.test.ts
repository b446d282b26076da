import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { unreadRows } from '../../src/document/unread-rows.js';
import { detectLabelFigureLines } from '../../src/layout/label-figure-lines.js';
import type { Grid } from '../../src/layout/types.js';
import { readText } from '../../src/readers/text.js';
import { runRules } from '../../src/rules/engine.js';
import { columnTotal } from '../../src/rules/table/column-total.js';

/**
 * Rows whose label stands on its own line over its figures, with note lines between or one figure
 * a line (label-figure-lines.ts). Tables written for this test; in the expected cells "?" marks a
 * cell read by digit groups (`readBy: 'spaced'`), "#" a header cell.
 */
const src = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));
const detect = (text: string, at = 0) => detectLabelFigureLines('case.txt', src(text), at);
const cellsOf = (g: Grid) => g.rows.map((r) => r.cells.map((c) => c.text + (c.readBy ? '?' : '') + (c.header ? '#' : '')));
const gridsOf = (text: string): Grid[] => readText('case.txt', text).blocks.filter((b): b is Grid => b.kind === 'grid');
const audit = (text: string) => {
  const layout = readText('case.txt', text);
  const doc = buildDocument(layout);
  return (runRules([doc], [columnTotal]).get('case.txt') ?? []).filter((f) => f.severity !== 'info');
};
const labelsOf = (text: string) => buildDocument(readText('case.txt', text)).tables.map((tb) => tb.rows.map((r) => r.label));

describe('labels over their figures', () => {
  it('reads a note line between a label and its figures, columns set apart by wide gaps', () => {
    const text = ['Verksamhetens intäkter', 'Not 2', '1 234,5    1 180,2', 'Verksamhetens kostnader', 'Not 3', '-3 456,7   -3 300,1', 'Verksamhetens nettokostnader', '-2 222,2   -2 119,9'].join('\n');
    const found = detect(text);
    expect(found?.end).toBe(8);
    // Wide gaps on every line print the two columns: no cell rests on digit groups.
    expect(cellsOf(found!.grid)).toEqual([
      ['Verksamhetens intäkter', 'Not 2', '1 234,5', '1 180,2'],
      ['Verksamhetens kostnader', 'Not 3', '-3 456,7', '-3 300,1'],
      ['Verksamhetens nettokostnader', '', '-2 222,2', '-2 119,9'],
    ]);
    // Each cell points at its own line.
    expect(found!.grid.rows[0]!.cells.map((c) => c.location.line)).toEqual([1, 2, 3, 3]);
  });

  it('reads one figure a line, a note line with a list of notes, under a line of years', () => {
    const text = ['Mnkr  2024  2023', 'Skatteintäkter', 'not 4, 5', '812', '790', 'Generella statsbidrag', '214', '198', 'Summa', '1 026', '988'].join('\n');
    const found = detect(text);
    expect(found?.end).toBe(11);
    expect(cellsOf(found!.grid)).toEqual([
      ['Mnkr#', '#', '2024#', '2023#'],
      ['Skatteintäkter', 'not 4, 5', '812', '790'],
      ['Generella statsbidrag', '', '214', '198'],
      ['Summa', '', '1 026', '988'],
    ]);
    expect(found!.grid.headerRows).toBe(1);
    expect(found!.grid.source).toBe('cell-per-line');
  });

  it('takes the header line of years, so the label under it keeps its own figures, not those above', () => {
    // Before, the aligned reader gave "Personalkostnader" the figures of the line above it.
    const text = ['Resultat', '', 'Tkr                      2023       2022', 'Intäkter', 'Not 1', '5 410    5 120', 'Personalkostnader', '-3 980   -3 760', 'Övriga kostnader', '-1 200   -1 150'].join('\n');
    const [grid, ...more] = gridsOf(text);
    expect(more).toEqual([]);
    expect(cellsOf(grid!).slice(1)).toEqual([
      ['Intäkter', 'Not 1', '5 410', '5 120'],
      ['Personalkostnader', '', '-3 980', '-3 760'],
      ['Övriga kostnader', '', '-1 200', '-1 150'],
    ]);
  });

  it('reads figures set apart by single spaces by their digit groups, uncertain', () => {
    // "4 100 2 950" is 4 100 and 2 950, or 4, 100 2 and 950 …: the count all rows fit with the fewest cells.
    const text = ['Bidrag', 'Not 7', '4 100 2 950', 'Avgifter', 'Not 8', '1 250 1 310', 'Summa intäkter', '5 350 4 260'].join('\n');
    const found = detect(text);
    expect(cellsOf(found!.grid)).toEqual([
      ['Bidrag', 'Not 7', '4 100?', '2 950?'],
      ['Avgifter', 'Not 8', '1 250?', '1 310?'],
      ['Summa intäkter', '', '5 350?', '4 260?'],
    ]);
  });

  it('puts a section heading over a label in a row of its own, and joins a label wrapped over two lines', () => {
    // Words over the first label are left to the other readers: a header one cell a line ("Region" / "Belopp (kr)") or a caption.
    expect(detect(['Region', 'Belopp (kr)', 'Stockholm', '10', 'Uppsala', '20', 'Skåne', '30'].join('\n'))).toBeNull();
    const text = ['Kassaflöde från investeringsverksamheten', '-250    -310', 'FINANSIERINGSVERKSAMHETEN', 'Upptagna lån', '300    250', 'Amortering av långfristiga', 'skulder', '-120    -80', 'Kassaflöde från', 'finansieringsverksamheten', '180    170'].join('\n');
    const found = detect(text);
    expect(cellsOf(found!.grid)).toEqual([
      ['Kassaflöde från investeringsverksamheten', '-250', '-310'],
      ['FINANSIERINGSVERKSAMHETEN', '', ''],
      ['Upptagna lån', '300', '250'],
      ['Amortering av långfristiga skulder', '-120', '-80'],
      ['Kassaflöde från finansieringsverksamheten', '180', '170'],
    ]);
  });

  it('reads a region list one name and one amount a line', () => {
    const text = ['Region Stockholm', '12 345', 'Region Uppsala', '3 210', 'Region Skåne', '9 876'].join('\n');
    expect(cellsOf(detect(text)!.grid)).toEqual([
      ['Region Stockholm', '12 345'],
      ['Region Uppsala', '3 210'],
      ['Region Skåne', '9 876'],
    ]);
    // As a region table: before, three regions one amount a line without a total were left as prose.
    const [table] = buildDocument(readText('case.txt', `Fördelning 2024, kronor\n\n${text}\n`)).tables;
    expect(table!.rows.map((r) => r.region?.code ?? null)).toEqual(['01', '03', '12']);
    // In another wording, county names with a note line between.
    const other = ['Norrbottens län', 'Not 1', '4 500', 'Västerbottens län', '3 900', 'Jämtlands län', '2 100', 'Totalt', '10 500'].join('\n');
    expect(cellsOf(detect(other)!.grid).map((r) => r[2])).toEqual(['4 500', '3 900', '2 100', '10 500']);
  });

  it('ends the run at prose and at a record whose figure count differs', () => {
    const text = ['Hyror', '1 200    1 100', 'Avgifter', '300    280', 'Övrigt', '15    12    9', 'Intäkterna ökade under året.'].join('\n');
    const found = detect(text);
    expect(found?.end).toBe(4);
    expect(cellsOf(found!.grid)).toEqual([
      ['Hyror', '1 200', '1 100'],
      ['Avgifter', '300', '280'],
    ]);
  });

  it('does not take prose with numbers, lists of years, addresses, phone numbers or numbered paragraphs', () => {
    const cases = [
      // Sentences with figures after them.
      ['Kommunen fick i år mer i bidrag än väntat.', '1 200 1 100', 'Kostnaderna steg något.', '900 850'],
      // Events under their years.
      ['Kommunen bildades', '1971', 'Nytt stadshus', '1998', 'Ny skola', '2015'],
      // An address and a telephone number.
      ['Stadshuset', '123 45 Storstad', 'Växel', '08-123 456 00', 'Kundtjänst', '0771-12 34 56'],
      // Telephone numbers written in groups without a dash.
      ['Telefon', '08 123 456 78', 'Mobil', '070 123 45 67', 'Fax', '08 123 456 79'],
      ['Växel', '08 123 456', 'Kundtjänst', '08 123 789', 'Fax', '08 123 790'],
      // Numbered paragraphs.
      ['Bakgrund', '1.', 'Regeringen har beslutat', '2.', 'Uppdraget ska redovisas'],
      // One label and one amount: no table.
      ['Bidrag', '4 500', 'Kontakt oss gärna.'],
    ];
    for (const lines of cases) expect(detect(lines.join('\n'))).toBeNull();
  });

  it('gives a wrong total over printed columns as an error, over digit groups as a warning', () => {
    // 4 120 + 1 310 + 95 = 5 525, printed 5 625; the other column adds up (3 980 + 1 250 + 80 = 5 310).
    const printed = ['Intäkter, tkr', '', 'Skatteintäkter', 'Not 4', '4 120    3 980', 'Statsbidrag', 'Not 5', '1 310    1 250', 'Avgifter', '95    80', 'Summa intäkter', '5 625    5 310'].join('\n');
    expect(audit(printed).map((f) => f.severity)).toEqual(['error']);
    // Each label keeps the figures under it (before, "Not 4" was read as a label and "Statsbidrag" as an empty row).
    expect(labelsOf(printed)).toEqual([['Skatteintäkter', 'Statsbidrag', 'Avgifter', 'Summa intäkter']]);
    // The same with single spaces: "4 120 3 980" reads more ways than one, so the sum only warns.
    const spaced = printed.replace(/ {4}/g, ' ');
    expect(audit(spaced).map((f) => f.severity)).toEqual(['warning']);
    // One figure a line is printed apart too.
    const perLine = ['Intäkter, tkr', '', 'Skatteintäkter', 'Not 4', '4 120', '3 980', 'Statsbidrag', 'Not 5', '1 310', '1 250', 'Avgifter', '95', '80', 'Summa intäkter', '5 625', '5 310'].join('\n');
    expect(audit(perLine).map((f) => f.severity)).toEqual(['error']);
    expect(labelsOf(perLine)).toEqual([['Skatteintäkter', 'Statsbidrag', 'Avgifter', 'Summa intäkter']]);
  });

  it('reports a run it declines as rows no reader took, and not one it read', () => {
    // Two records whose counts disagree (two figures, then three): no table, but said.
    const declined = ['Hyror', 'Not 3', '1 200', '1 100', 'Avgifter', '300', '280', '12', '', 'Kommentar följer.'].join('\n');
    expect(gridsOf(declined)).toEqual([]);
    const problems = unreadRows(readText('case.txt', declined).blocks);
    expect(problems.map((p) => p.location.line)).toEqual([1]);
    expect(problems[0]!.message).toContain('1–8');
    // One figure a line, read: nothing to report.
    const read = ['Skatteintäkter', 'Not 4', '4 120', '3 980', 'Statsbidrag', '1 310', '1 250'].join('\n');
    expect(unreadRows(readText('case.txt', read).blocks)).toEqual([]);
  });
});

// A web list copied so that short names kept their figure beside them and long ones lost it to the
// next line had been read from its first unbroken stretch only, or as prose.
describe('rows with the figure beside the label among rows with it below', () => {
  it('reads one run, the figure beside a label parted by one space marked as a reading', () => {
    const text = ['Idrottsklubben Norr', '  140', 'Scoutkåren 85', 'Konstföreningen Palett', '  62', 'Fiskeklubben 40'].join('\n');
    expect(cellsOf(detect(text)!.grid)).toEqual([['Idrottsklubben Norr', '140'], ['Scoutkåren', '85?'], ['Konstföreningen Palett', '62'], ['Fiskeklubben', '40?']]);
  });

  it('reads rows opening the run beside their label, a wide gap and note marks kept, scaled by the title above', () => {
    const text = 'Stöd till organisationerna 2019, i miljoner kronor\n\nRöda Korset    35\nNaturskyddsföreningen\n   58\nRFSL*    12*\nVärldsnaturfonden\n   61\n* Preliminärt belopp.\n';
    const [t] = buildDocument(readText('case.txt', text)).tables;
    expect(t!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed()])).toEqual([
      ['Röda Korset', '35000000'], ['Naturskyddsföreningen', '58000000'], ['RFSL', '12000000'], ['Världsnaturfonden', '61000000'],
    ]);
  });

  it('reads a figure beside its label by its digit groups, and leaves rows all beside their labels and a year beside a label alone', () => {
    // "Lf 91 200": the digit groups read 91 200, and where the figure starts stays a reading.
    const found = detect(['Idrottsklubben Norr', '  140', 'Lf 91 200', 'Konstföreningen Palett', '  62'].join('\n'));
    expect(cellsOf(found!.grid)).toEqual([['Idrottsklubben Norr', '140'], ['Lf', '91 200?'], ['Konstföreningen Palett', '62']]);
    expect(detect(['Scoutkåren 85', 'Fiskeklubben 40', 'Ridklubben 72'].join('\n'))).toBeNull();
    expect(detect(['Idrottsklubben Norr', '  140', 'Verksamhetsåret 2020', 'Konstföreningen Palett', '  62', 'Fiskeklubben 40'].join('\n'))).toBeNull();
  });
});
