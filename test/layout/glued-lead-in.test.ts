import { describe, expect, it } from 'vitest';
import { splitGluedLeadIns } from '../../src/layout/glued-lead-in.js';
import type { SourceLine } from '../../src/layout/source-line.js';
import { docOf } from '../rules/rule-tester.js';

/** A lead-in run into the first item or header title of what follows it (glued-lead-in.ts). Written for this test. */
const linesOf = (text: string): SourceLine[] => text.split('\n').map((raw, i) => ({ raw, line: i + 1, column: 1 }));
const doc = (text: string) => docOf({ file: 'case.txt', text });

describe('a lead-in glued to what follows it', () => {
  it('reads a region list whose first item was run into the lead-in: the region is named', () => {
    const d = doc('Medlen fördelas så här:Region Skåne 12,3 mnkr\nRegion Kalmar län 4 mnkr\nRegion Blekinge 2,1 mnkr\nRegion Kronoberg 3 mnkr\n');
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]!.rows.map((r) => [r.label, r.region?.code ?? null])).toEqual([
      ['Region Skåne', '12'],
      ['Region Kalmar län', '08'],
      ['Region Blekinge', '10'],
      ['Region Kronoberg', '07'],
    ]);
  });

  it('reads a list of recipients one a line with its first label free of the lead-in', () => {
    const d = doc('Bidragen fördelas enligt följande:Hembygdsföreningen 50 000 kr\nScoutkåren 20 000 kr\nRidklubben 40 000 kr\nBygdegården 35 000 kr\n');
    expect(d.tables[0]!.rows.map((r) => r.label)).toEqual(['Hembygdsföreningen', 'Scoutkåren', 'Ridklubben', 'Bygdegården']);
  });

  it('keeps a table pasted one cell a line under its header when the first title was run into the lead-in', () => {
    const text = ['Bidragen fördelas enligt följande:Förening', '', 'Belopp', '', 'Hembygdsföreningen', '', '50 000 kr', '', 'Scoutkåren', '', '20 000 kr', '', 'Ridklubben', '', '40 000 kr', '', 'Bygdegården', '', '35 000 kr', ''].join('\n');
    const t = doc(text).tables[0]!;
    expect(t.columns.map((c) => c.header)).toEqual([['Belopp']]);
    expect(t.rows.map((r) => r.cells[0]!.value?.toFixed())).toEqual(['50000', '20000', '40000', '35000']);
  });

  it('cuts the line after the colon, the second part at its own column, with a blank line where cells are set apart so', () => {
    const cut = splitGluedLeadIns(linesOf('Medlen fördelas så här:Förening\n\nBelopp'));
    expect(cut.map((l) => [l.raw, l.line, l.column])).toEqual([
      ['Medlen fördelas så här:', 1, 1],
      ['', 1, 24],
      ['Förening', 1, 24],
      ['', 2, 1],
      ['Belopp', 3, 1],
    ]);
  });

  it('leaves times, references, short labels, sentences and lines with nothing short after them as they are', () => {
    for (const text of [
      'Mötet börjar kl 10:30 i stora salen\nDagordning',
      'Enligt förordningen SFS 2019:599 gäller\nföljande',
      'Obs:Detta gäller alla\nnästa rad',
      'Läs mer på sidan https://example.se/Sida om bidrag\nnästa',
      'Regeringen skriver i beslutet:Pengarna ska användas till skolan. De får inte användas till annat.\nnästa',
      'Bidragen fördelas enligt följande:Hembygdsföreningen 50 000 kr',
    ]) {
      const lines = linesOf(text);
      expect(splitGluedLeadIns(lines)).toEqual(lines);
    }
  });
});
