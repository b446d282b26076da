import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Items listed after a colon inside a sentence (inline-list.ts). Written for this test. */
const doc = (text: string) => docOf({ file: 'case.txt', text });
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a list inside a sentence', () => {
  it.each([
    [
      'figures with their units, a second figure in parentheses for some',
      'Bland övriga poster: Brandförsvar 7 miljoner (6,8 miljoner), politisk ledning 2,6 miljoner, revision 675 000 (660 000), miljö- och byggnämnd 300 000.',
      [['Brandförsvar', '7000000', '6800000'], ['politisk ledning', '2600000', null], ['revision', '675000', '660000'], ['miljö- och byggnämnd', '300000', null]],
    ],
    [
      'items after a lead stating the total, "och" before the last',
      'Nämnden får 10,6 miljoner kronor. Pengarna fördelas så här: skolskjuts 4,5 mnkr, fritidsgårdar 3,2 mnkr och bibliotek 2,9 mnkr.',
      [['skolskjuts', '4500000'], ['fritidsgårdar', '3200000'], ['bibliotek', '2900000']],
    ],
    [
      'semicolons between items, the unit in the lead',
      'Fördelningen per verksamhet (tkr): grundskola 45 300; gymnasium 21 200; vuxenutbildning 4 100.',
      [['grundskola', '45300000'], ['gymnasium', '21200000'], ['vuxenutbildning', '4100000']],
    ],
  ])('%s', (_name, text, rows) => {
    const d = doc(text);
    expect(d.tables).toHaveLength(1);
    expect(rowsOf(d.tables[0]!)).toEqual(rows);
    // Where a label ends is read from the words, not from columns: the figures are marked so.
    expect(d.tables[0]!.rows[0]!.cells[0]!.readBy).toBe('spaced');
  });

  // News pages run a decision's list into one sentence, a comma between each name and its figure.
  it.each([
    [
      'the unit on the first item only, "och" before the last',
      'Stiftelsen delar ut 120 000 kronor i år. Beloppen fördelas enligt följande: Hembygdsföreningen, 40 000 kronor, Tennisklubben, 30 000, Kyrkokören, 30 000, och Skolans musikklubb, 20 000.',
      [['Hembygdsföreningen', '40000'], ['Tennisklubben', '30000'], ['Kyrkokören', '30000'], ['Skolans musikklubb', '20000']],
    ],
    [
      'semicolons between items, the unit on each',
      'Nämnden beviljade bidragen: Folkets hus i Byn, 12,5 tkr; Bygdegården, 8 tkr; Hembygdsgården, 4,5 tkr.',
      [['Folkets hus i Byn', '12500'], ['Bygdegården', '8000'], ['Hembygdsgården', '4500']],
    ],
    [
      'a name that holds a comma of its own (the figure\'s comma ends it)',
      'Övriga mottagare: Konsthallen, 30 000 kronor, Byaskolan, utflykt samt läger, 10 000 kronor, och Teatern, 25 000 kronor.',
      [['Konsthallen', '30000'], ['Byaskolan, utflykt samt läger', '10000'], ['Teatern', '25000']],
    ],
  ])('a comma before each figure, %s', (_name, text, rows) => {
    const d = doc(text);
    expect(d.tables).toHaveLength(1);
    expect(rowsOf(d.tables[0]!)).toEqual(rows);
    expect(d.tables[0]!.rows[0]!.cells[0]!.readBy).toBe('spaced');
  });

  // Other marks between a name and its figure, the same in every item: a colon, a dash, a bracket around the figure.
  it.each([
    ['a colon after each name', 'Medlen delas så här: Kulturskolan: 120 000 kronor, Biblioteket: 80 000 kronor, Fritidsgården: 45 000 kronor.', [['Kulturskolan', '120000'], ['Biblioteket', '80000'], ['Fritidsgården', '45000']]],
    ['a dash after each name, "och" before the last', 'Fördelningen blev: Simhallen – 1,2 mnkr, Ishallen – 0,9 mnkr och Sporthallen – 0,4 mnkr.', [['Simhallen', '1200000'], ['Ishallen', '900000'], ['Sporthallen', '400000']]],
    ['each figure in brackets', 'Bidrag beviljas till: Riksteatern (2 mnkr), Länsmuseet (1,5 mnkr), Folkets Hus (0,8 mnkr) och Hembygdsgården (0,25 mnkr).', [['Riksteatern', '2000000'], ['Länsmuseet', '1500000'], ['Folkets Hus', '800000'], ['Hembygdsgården', '250000']]],
  ])('%s', (_name, text, rows) => {
    const d = doc(text);
    expect(d.tables).toHaveLength(1);
    expect(rowsOf(d.tables[0]!)).toEqual(rows);
    expect(d.tables[0]!.rows[0]!.cells[0]!.readBy).toBe('spaced');
  });

  // The region reader parts its pieces at commas, so a comma before each figure is this reader's, regions or not.
  it('reads regions with a comma before each figure as a region table', () => {
    const t = doc('Medlen fördelas så här: Region Skåne, 12,3 mnkr, Region Kalmar län, 4 mnkr och Region Gotland, 1,5 mnkr.').tables;
    expect(t.map((x) => x.rows.map((r) => [r.label, r.region?.code ?? null, r.cells[0]!.value?.toFixed()]))).toEqual([[['Region Skåne', '12', '12300000'], ['Region Kalmar län', '08', '4000000'], ['Region Gotland', '09', '1500000']]]);
    const u = doc('Beloppen per län: Uppsala län, 820 000 kronor, Gävleborgs län, 640 000 kronor, Dalarnas län, 515 000 kronor.').tables;
    expect(u.map((x) => x.rows.map((r) => [r.region?.code ?? null, r.cells[0]!.value?.toFixed()]))).toEqual([[['03', '820000'], ['21', '640000'], ['20', '515000']]]);
  });

  // The same verb of receiving in every item, each figure with its money words: a list read out after the colon.
  it('reads items joined by one verb of receiving, each figure naming its money', () => {
    const t = doc('Pengarna fördelas enligt nedan: Folkets Hus får 46 029 tkr, Gnesta kommun får 48 622 tkr och Stiftelsen Gården får 80 449 tkr.').tables;
    expect(t.map((x) => x.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed()]))).toEqual([[['Folkets Hus', '46029000'], ['Gnesta kommun', '48622000'], ['Stiftelsen Gården', '80449000']]]);
    const u = doc('Utfallet: Skolan tilldelas 3 miljoner kronor, Vården tilldelas 5,5 miljoner kronor, Omsorgen tilldelas 800 000 kronor.').tables;
    expect(u.map((x) => x.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed(), r.cells[0]!.readBy]))).toEqual([[['Skolan', '3000000', 'spaced'], ['Vården', '5500000', 'spaced'], ['Omsorgen', '800000', 'spaced']]]);
  });

  // Verbs that differ, or a figure without its money, are a sentence's; a dash in one item and a colon in the next is no one way.
  it('leaves items joined by differing verbs or bare figures, or by marks that differ, as prose', () => {
    expect(doc('Utfallet: Skolan får 3 miljoner, Vården fick 5 miljoner och Omsorgen tilldelas 2 miljoner.').tables).toHaveLength(0);
    expect(doc('Antal platser: Skolan får 30, Vården får 12 och Omsorgen får 8.').tables).toHaveLength(0);
    expect(doc('Utfallet: Skolan – 3 miljoner, Vården: 5 miljoner och Omsorgen – 2 miljoner.').tables).toHaveLength(0);
  });

  // One item written "Namn, 3 miljoner" and the next "Namn 5 miljoner": no one way to read them all.
  it('leaves a line mixing the two ways of writing items as prose', () => {
    expect(doc('Utfallet per verksamhet: Skolan, 3 miljoner, Vården 5 miljoner och Omsorgen, 2 miljoner.').tables).toHaveLength(0);
  });

  // Items naming regions are read by the region reader (inline-region-list.ts), which knows their names.
  it('leaves items naming regions to the region reader, the lead kept as prose', () => {
    const d = doc('Medlen, 10,6 miljoner kronor, fördelas så här: Region Uppsala 4,5 mnkr, Region Gävleborg 3,2 mnkr och Region Dalarna 2,9 mnkr.');
    expect(d.tables[0]!.rows.map((r) => r.region?.code)).toEqual(['03', '21', '20']);
    expect(d.sentences.some((s) => s.text.includes('10,6 miljoner kronor'))).toBe(true);
  });

  it.each([
    ['a time before the colon', 'Mötet hölls den 12 maj: deltagare från 3 kommuner kom.'],
    ['clauses, not items', 'Resultatet: 3 av 5 kommuner ökade, 2 minskade och 1 stod still.'],
    // Two regions after a colon are a region list (two-region-list.test.ts); two other things stay prose.
    ['two items only', 'Fördelning: skolskjuts 4,5 mnkr och bibliotek 3,2 mnkr.'],
    ['a sentence going on after the items', 'Fördelning: skolskjuts 4,5 mnkr, fritidsgårdar 3,2 mnkr, bibliotek 2,9 mnkr. Beslutet gäller i år.'],
    ['verbs in the labels', 'Utfallet: kostnaderna ökade med 4 procent, intäkterna steg till 12 miljoner, resultatet blev 3 miljoner.'],
  ])('%s: prose', (_name, text) => {
    expect(doc(text).tables).toHaveLength(0);
  });

  it('warns, never errs, when the items miss the total the lead states', async () => {
    const { findingsOf } = await import('../rules/rule-tester.js');
    const { ALL_RULES } = await import('../../src/rules/index.js');
    const text = 'Kommunen fördelar 10,6 miljoner kronor. Pengarna fördelas så här: skolskjuts 4,5 mnkr, fritidsgårdar 3,2 mnkr och bibliotek 3,9 mnkr.';
    const findings = ALL_RULES.filter((r) => r.scope === 'document').flatMap((r) => findingsOf(r, text));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.some((f) => f.severity === 'warning')).toBe(true);
  });
});
