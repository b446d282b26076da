import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** HTML lists of regions read as tables, in two markups written for this test; values in kronor. */
const values = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);

describe('HTML <ul>/<ol> region lists', () => {
  it('reads a <ul> after its lead-in, with the lead-in\'s unit', () => {
    const html =
      '<p>Fördelningen per region i tusental kronor:</p>\n<ul>\n<li>Värmland: 1 250</li>\n<li>Region Örebro län: 980</li>\n<li>Västmanland: 770</li>\n</ul>';
    const [t] = docOf({ file: 'a.html', text: html }).tables;
    expect(t!.kind).toBe('list');
    expect(t!.caption).toBe('Fördelningen per region i tusental kronor:');
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['17', '18', '19']);
    expect(values(t!, 0)).toEqual(['1250000', '980000', '770000']);
    expect(t!.rows[1]!.cells[0]!.location).toMatchObject({ line: 4, column: 24, endColumn: 27 });
  });

  it('reads an <ol> with this year and last year as two columns', () => {
    const html =
      '<h2>Bidrag</h2><p>Så här mycket får varje region (förra året inom parentes):</p><ol><li><strong>Skåne</strong> – 14,5 mnkr (13,9)</li><li><strong>Halland</strong> – 3,1 mnkr (3,0)</li><li><strong>Blekinge</strong> – 1,6 mnkr (1,8)</li><li>Totalt – 19,2 mnkr (18,7)</li></ol>';
    const [t] = docOf({ file: 'b.html', text: html }).tables;
    expect(t!.kind).toBe('list');
    expect(t!.rows.map((r) => r.kind)).toEqual(['data', 'data', 'data', 'total']);
    expect(values(t!, 0)).toEqual(['14500000', '3100000', '1600000', '19200000']);
    expect(values(t!, 1)).toEqual(['13900000', '3000000', '1800000', '18700000']);
  });

  // The text formats read a total line right after the list as the list's last row; a paragraph after an HTML list is the same line.
  it('reads a paragraph that states the total right after the list as the Markdown reader reads the same line', () => {
    const rows = (file: string, text: string) => docOf({ file, text }).tables.map((t) => t.rows.map((r) => [r.label, r.kind, r.cells[0]?.value?.toFixed() ?? null]));
    const cases: [string, string][] = [
      [
        '<p>Så här fördelas pengarna:</p><ul><li>Gotland – 450 000 kr</li><li>Blekinge – 1 250 000 kr</li><li>Halland – 880 000 kr</li></ul><p>Totalt fördelas 2 480 000 kr.</p><p>Medlen betalas ut i juni.</p>',
        'Så här fördelas pengarna:\n\n- Gotland – 450 000 kr\n- Blekinge – 1 250 000 kr\n- Halland – 880 000 kr\n\nTotalt fördelas 2 480 000 kr.\n\nMedlen betalas ut i juni.\n',
      ],
      [
        '<p>Fördelning per region:</p><ol><li>Region Kronoberg: 3,5 mnkr</li><li>Region Kalmar län: 4,1 mnkr</li><li>Region Jönköpings län: 6,2 mnkr</li></ol><p>Sammanlagt 13,8 mnkr.</p>',
        'Fördelning per region:\n\n1. Region Kronoberg: 3,5 mnkr\n2. Region Kalmar län: 4,1 mnkr\n3. Region Jönköpings län: 6,2 mnkr\n\nSammanlagt 13,8 mnkr.\n',
      ],
    ];
    for (const [html, md] of cases) {
      const read = rows('f.html', html);
      expect(read[0]).toHaveLength(4);
      expect(read).toEqual(rows('f.md', md));
    }
    expect(rows('f.html', cases[1]![0])[0]![3]).toEqual(['Sammanlagt', 'total', '13800000']);
    // 450 000 + 1 250 000 + 880 000 = 2 580 000 against 2 480 000: a warning, as for the Markdown list.
    const wrong = docOf({ file: 'g.html', text: cases[0]![0] });
    expect(findingsOf(columnTotal, [{ file: 'g.html', text: cases[0]![0] }]).map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '2480000', '2580000']]);
    expect(wrong.tables).toHaveLength(1);
  });

  it('leaves a list of other things as list items, read as a list table no rule checks (item-amount-list.ts)', () => {
    const doc = docOf({ file: 'c.html', text: '<ul><li>Skolan: 4 mnkr</li><li>Vården: 3 mnkr</li><li>Kulturen: 1 mnkr</li></ul>' });
    expect(doc.sentences.filter((s) => s.role === 'list-item').map((s) => s.text)).toEqual(['Skolan: 4 mnkr', 'Vården: 3 mnkr', 'Kulturen: 1 mnkr']);
    expect(doc.tables.map((t) => [t.alsoProse, t.rows.map((r) => r.label), values(t, 0)])).toEqual([[true, ['Skolan', 'Vården', 'Kulturen'], ['4000000', '3000000', '1000000']]]);
    const ol = docOf({ file: 'd.html', text: '<p>Pengarna går till:</p><ol><li>1,5 miljoner kronor till nya cykelbanor</li><li>700 000 kronor till belysning</li><li>250 000 kronor för skyltning</li></ol>' });
    expect(ol.tables.map((t) => [t.caption, t.rows.map((r) => r.label), values(t, 0)])).toEqual([['Pengarna går till:', ['nya cykelbanor', 'belysning', 'skyltning'], ['1500000', '700000', '250000']]]);
  });
});

describe('HTML region lists one region a paragraph', () => {
  it('reads paragraphs "<p><strong>Region:</strong> amount</p>" after their lead-in as a list', () => {
    const html = '<p>Medlen fördelas så här:</p>\n<p><strong>Kalmar:</strong> 1,2 mnkr</p>\n<p><strong>Gotland:</strong> 0,4 mnkr</p>\n<p>Region Halland – 0,9 mnkr</p>\n<p>Det var allt för i år.</p>';
    const doc = docOf({ file: 'p.html', text: html });
    const [t] = doc.tables;
    expect(t!.kind).toBe('list');
    expect(t!.caption).toBe('Medlen fördelas så här:');
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['08', '09', '13']);
    expect(values(t!, 0)).toEqual(['1200000', '400000', '900000']);
    expect(doc.sentences.map((s) => s.text)).toContain('Det var allt för i år.');
  });

  it('leaves paragraphs of other things, or of two regions, as paragraphs', () => {
    expect(docOf({ file: 'q.html', text: '<p>Kultur: 12 mnkr</p><p>Skola: 30 mnkr</p><p>Vård: 8 mnkr</p>' }).tables).toEqual([]);
    expect(docOf({ file: 'r.html', text: '<p>Kalmar: 1,2 mnkr</p><p>Gotland: 0,4 mnkr</p><p>Sammanlagt blir det mer.</p>' }).tables).toEqual([]);
  });
});

describe('HTML region lists one region a line of a paragraph broken by <br>', () => {
  it('reads the lines as a list, the lead-in in the paragraph before as its caption', () => {
    const html = '<p>Beloppen per län (kronor):</p>\n<p>Länsstyrelsen i Skåne län 9 000 000<br>Länsstyrelsen i Hallands län 6 000 000<br>Länsstyrelsen i Blekinge län 5 000 000</p>';
    const [t] = docOf({ file: 'b.html', text: html }).tables;
    expect(t!.kind).toBe('list');
    expect(t!.caption).toBe('Beloppen per län (kronor):');
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['12', '13', '10']);
    expect(values(t!, 0)).toEqual(['9000000', '6000000', '5000000']);
    expect(t!.rows[1]!.location).toMatchObject({ line: 2 });
  });

  it('keeps a first line that opens the list as text above it', () => {
    const html = '<p><b>Fördelningen per region:</b><br>Region Gävleborg: 6 mnkr<br>Region Dalarna: 5 mnkr<br>Region Värmland: 7 mnkr</p><p>Medlen betalas ut i maj.</p>';
    const doc = docOf({ file: 'c.html', text: html });
    const [t] = doc.tables;
    expect(t!.caption).toBe('Fördelningen per region:');
    expect(t!.rows.map((r) => r.label)).toEqual(['Region Gävleborg', 'Region Dalarna', 'Region Värmland']);
    expect(values(t!, 0)).toEqual(['6000000', '5000000', '7000000']);
  });

  it('leaves lines of other things, or too few regions, as the paragraph they are', () => {
    expect(docOf({ file: 'd.html', text: '<p>Skolan: 4 mnkr<br>Vården: 3 mnkr<br>Kulturen: 1 mnkr</p>' }).tables).toEqual([]);
    expect(docOf({ file: 'e.html', text: '<p>Region Skåne: 4 mnkr<br>Region Halland: 3 mnkr</p>' }).tables).toEqual([]);
  });
});
