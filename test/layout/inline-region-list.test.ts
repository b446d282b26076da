import { describe, expect, it } from 'vitest';
import { detectInlineRegionList } from '../../src/layout/inline-region-list.js';
import { isRegionLabel } from '../../src/readers/region-label.js';
import { docOf } from '../rules/rule-tester.js';

/** Region lists run on in one sentence, in wordings written for this test. */
const read = (raw: string) => detectInlineRegionList('t.txt', { raw, line: 1 }, isRegionLabel);
const texts = (raw: string) => read(raw)?.grid.rows.map((r) => r.cells.map((c) => c.text));

describe('detectInlineRegionList', () => {
  it('reads the pieces after the lead-in, with the lead-in as caption', () => {
    const found = read('Pengarna fördelas så här: Kalmar 1,2 mnkr, Gotland 0,4 mnkr (0,3 mnkr) och Halland 0,9 mnkr.');
    expect(found!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Kalmar', '1,2 mnkr', ''],
      ['Gotland', '0,4 mnkr', '0,3 mnkr'],
      ['Halland', '0,9 mnkr', ''],
    ]);
    expect(found!.grid.caption?.text).toBe('Pengarna fördelas så här:');
    expect(found!.lead?.lines[0]!.text).toBe('Pengarna fördelas så här:');
  });

  it('reads a sentence of verbs of receiving without a lead-in', () => {
    expect(texts('Region Stockholm får 400 miljoner kronor, Västra Götalandsregionen får 350 miljoner kronor och Region Skåne får 250 miljoner kronor.')).toEqual([
      ['Region Stockholm', '400 miljoner kronor'],
      ['Västra Götalandsregionen', '350 miljoner kronor'],
      ['Region Skåne', '250 miljoner kronor'],
    ]);
  });

  it('starts after the sentence before the list, which becomes its lead-in', () => {
    const total = read('Totalt fördelas 165 miljoner kronor. Region Stockholm får 44 miljoner, Region Uppsala 22 miljoner och Region Sörmland 99 miljoner kronor.');
    expect(total!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Region Stockholm', '44 miljoner'],
      ['Region Uppsala', '22 miljoner'],
      ['Region Sörmland', '99 miljoner kronor'],
    ]);
    expect(total!.lead?.lines[0]!.text).toBe('Totalt fördelas 165 miljoner kronor.');
    expect(texts('Regeringen har i dag beslutat om stödet. Gotland får 4 mnkr, Kalmar 3 mnkr, Blekinge 2 mnkr och Kronoberg 1 mnkr.')).toEqual([
      ['Gotland', '4 mnkr'],
      ['Kalmar', '3 mnkr'],
      ['Blekinge', '2 mnkr'],
      ['Kronoberg', '1 mnkr'],
    ]);
  });

  it('is checked against a total stated in the sentence before it', () => {
    const doc = docOf({ text: 'Totalt fördelas 170 miljoner kronor. Region Stockholm får 44 miljoner, Region Uppsala 22 miljoner och Region Sörmland 99 miljoner kronor.\n' });
    expect(doc.tables[0]!.rows.map((r) => r.region?.code)).toEqual(['01', '03', '04']);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Totalt fördelas 170 miljoner kronor.']);
  });

  it('leaves sentences of other things, two regions, or pieces that are no items as prose', () => {
    expect(read('Budgeten: kultur 12 miljoner, skola 30 miljoner och vård 8 miljoner.')).toBeNull();
    expect(read('Kalmar får 1,2 mnkr och Gotland 0,4 mnkr.')).toBeNull();
    expect(read('Kalmar får 1,2 mnkr, Gotland 0,4 mnkr och Halland får mer än i fjol.')).toBeNull();
  });

  it('is checked against the total its lead-in states', () => {
    const doc = docOf({ text: 'Stödet, totalt 2,6 mnkr, fördelas så här: Kalmar 1,2 mnkr, Gotland 0,4 mnkr och Halland 0,9 mnkr.\n' });
    expect(doc.tables[0]!.rows.map((r) => r.region?.code)).toEqual(['08', '09', '13']);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Stödet, totalt 2,6 mnkr, fördelas så här:']);
  });

  it('keeps a piece whose figure is misprinted as a row, not losing the list', () => {
    // The figure stays as printed; the table reader reports it unreadable.
    expect(texts('Per invånare blir det så här: Kalmar 12 480 kronor, Gotland 9 15, Halland 8 120 och Blekinge 7 004.')).toEqual([
      ['Kalmar', '12 480 kronor'],
      ['Gotland', '9 15'],
      ['Halland', '8 120'],
      ['Blekinge', '7 004'],
    ]);
    expect(texts('Region Örebro län får 31,5 mnkr, Region Värmland 2 84,1 mnkr, Region Dalarna 27,0 mnkr och Region Gävleborg 26,2 mnkr.')).toBeUndefined();
    expect(texts('Region Örebro län får 31,5 mnkr, Region Värmland 2 84, Region Dalarna 27,0 mnkr och Region Gävleborg 26,2 mnkr.')).toEqual([
      ['Region Örebro län', '31,5 mnkr'],
      ['Region Värmland', '2 84'],
      ['Region Dalarna', '27,0 mnkr'],
      ['Region Gävleborg', '26,2 mnkr'],
    ]);
  });

  it('leaves a list with two misprinted pieces, or one that names no region, as prose', () => {
    expect(read('Så här: Kalmar 12 480, Gotland 9 15, Halland 8 12 och Blekinge 7 004.')).toBeNull();
    expect(read('Så här: Kalmar 12 480, Visby 9 15, Halland 8 120 och Blekinge 7 004.')).toBeNull();
  });

  it('gives the misprinted row its region and reports the figure as misgrouped', () => {
    const doc = docOf({ text: 'Fördelningen per län: Jönköping 4 210 kronor, Kronoberg 3 98, Kalmar 3 520 kronor och Gotland 1 090 kronor.\n' });
    const rows = doc.tables[0]!.rows;
    expect(rows.map((r) => r.region?.code)).toEqual(['06', '07', '08', '09']);
    expect(rows[1]!.cells[0]!.anomalies.map((a) => a.kind)).toEqual(['digit-grouping']);
  });

  it('reads amounts first, "N kronor till Region", from the first amount of a sentence without a colon', () => {
    const first = read('Av potten på 4,2 miljarder kronor går 310 miljoner kronor till Jönköping, 205 miljoner kronor till Kronoberg och 240 miljoner kronor till Kalmar.');
    expect(first!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Jönköping', '310 miljoner kronor'],
      ['Kronoberg', '205 miljoner kronor'],
      ['Kalmar', '240 miljoner kronor'],
    ]);
    // The lead-in is prose, not a caption: its amount is the pot the list is taken from.
    expect(first!.grid.caption).toBeNull();
    expect(first!.lead?.lines[0]!.text).toBe('Av potten på 4,2 miljarder kronor går');
    expect(texts('Länsstyrelsen beviljade 1,5 mnkr till Region Gotland, 2,5 mnkr till Region Halland och 0,8 mnkr till Region Blekinge.')).toEqual([
      ['Region Gotland', '1,5 mnkr'],
      ['Region Halland', '2,5 mnkr'],
      ['Region Blekinge', '0,8 mnkr'],
    ]);
  });

  // Items that set their figures off by a colon of their own: the lead-in ends at the first colon, not the last.
  it('reads items with a colon each after a lead-in that ends in one, "samt" before the last', () => {
    expect(texts('Medlen fördelas så här: Region Gotland: 4,5 mnkr, Region Skåne: 12,3 mnkr och Region Kalmar: 2 mnkr.')).toEqual([
      ['Region Gotland', '4,5 mnkr'],
      ['Region Skåne', '12,3 mnkr'],
      ['Region Kalmar', '2 mnkr'],
    ]);
    const found = read('Beslutet: Uppsala: 1 200 000 kronor, Gävleborg: 800 000 kronor, Dalarna: 650 000 kronor samt Värmland: 90 000 kronor.');
    expect(found!.grid.caption?.text).toBe('Beslutet:');
    expect(found!.grid.rows.map((r) => r.cells[0]!.text)).toEqual(['Uppsala', 'Gävleborg', 'Dalarna', 'Värmland']);
  });

  it('reads a closing piece that states the whole as the total row', () => {
    expect(texts('Så fördelas stödet: 310 miljoner kronor till Jönköping, 205 miljoner kronor till Kronoberg, 240 miljoner kronor till Kalmar, alltså totalt 755 miljoner kronor.')).toEqual([
      ['Jönköping', '310 miljoner kronor'],
      ['Kronoberg', '205 miljoner kronor'],
      ['Kalmar', '240 miljoner kronor'],
      ['totalt', '755 miljoner kronor'],
    ]);
    const doc = docOf({ text: 'Regeringen ger 1,5 mnkr till Gotland, 2,5 mnkr till Halland och 0,8 mnkr till Blekinge, dvs. tillsammans 4,9 mnkr.\n' });
    expect(doc.tables[0]!.rows.map((r) => [r.label, r.kind, r.region?.code ?? null])).toEqual([
      ['Gotland', 'data', '09'],
      ['Halland', 'data', '13'],
      ['Blekinge', 'data', '10'],
      ['tillsammans', 'total', null],
    ]);
    // Amounts first among pieces of another kind: the sentence stays prose.
    expect(read('Regeringen ger 1,5 mnkr till Gotland, 2,5 mnkr till Halland och mer till Blekinge, dvs. tillsammans 4,9 mnkr.')).toBeNull();
  });
});


/** A list's sentence followed by more sentences on its line: the list ends at its sentence's end. Wordings written for this test. */
describe('detectInlineRegionList, sentences after the list on its line', () => {
  it('reads the list and keeps the sentences after it as a paragraph', () => {
    const found = read('Staten delar ut pengar till sydregionerna. Region Skåne får 12,3 miljoner, Region Halland 4,1 miljoner och Region Blekinge 2,2 miljoner kronor. Totalt handlar det om 18,6 miljoner kronor.');
    expect(found!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Region Skåne', '12,3 miljoner'],
      ['Region Halland', '4,1 miljoner'],
      ['Region Blekinge', '2,2 miljoner kronor'],
    ]);
    expect(found!.lead?.lines[0]!.text).toBe('Staten delar ut pengar till sydregionerna.');
    expect(found!.tail?.lines[0]!.text).toBe('Totalt handlar det om 18,6 miljoner kronor.');
  });

  it('reads a list after a lead-in with a colon, two sentences following', () => {
    const found = read('Medlen fördelas så här: Norrbotten 3 mnkr, Västerbotten 2,5 mnkr, Jämtland 1,5 mnkr och Gotland 1 mnkr. Beslutet fattades i mars. Pengarna ska användas under året.');
    expect(found!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Norrbotten', '3 mnkr'],
      ['Västerbotten', '2,5 mnkr'],
      ['Jämtland', '1,5 mnkr'],
      ['Gotland', '1 mnkr'],
    ]);
    expect(found!.grid.caption?.text).toBe('Medlen fördelas så här:');
    expect(found!.tail?.lines[0]!.text).toBe('Beslutet fattades i mars. Pengarna ska användas under året.');
  });

  it('leaves prose alone when no sentence of the line is a list', () => {
    expect(read('Region Skåne får pengar i år. Region Halland och Region Blekinge får dela på resten. Totalt 18 miljoner kronor.')).toBeNull();
  });

  it('keeps the text after the list as prose of the document', () => {
    const doc = docOf({ text: 'Region Uppsala får 5 miljoner kronor, Region Dalarna 3 miljoner kronor och Region Gävleborg 2 miljoner kronor. Sammanlagt 10 miljoner kronor.\n' });
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.rows.map((r) => r.cells[0]!.value?.toString())).toEqual(['5000000', '3000000', '2000000']);
    expect(doc.sentences.map((s) => s.text)).toContain('Sammanlagt 10 miljoner kronor.');
  });
});

/** Words of the sentence before the first region, no colon between: the list starts at the region. Wordings written for this test. */
describe('detectInlineRegionList, words of the sentence before the first region', () => {
  it('starts the list at the region that ends the first piece\'s label', () => {
    const found = read('I beslutet får Region Halland 8,4 miljoner kronor, Region Skåne 31,2 miljoner kronor och Region Blekinge 4,4 miljoner kronor.');
    expect(found!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Region Halland', '8,4 miljoner kronor'],
      ['Region Skåne', '31,2 miljoner kronor'],
      ['Region Blekinge', '4,4 miljoner kronor'],
    ]);
    expect(found!.grid.caption).toBeNull();
    expect(found!.lead?.lines[0]!.text).toBe('I beslutet får');
  });

  it('reads bare county names after a clause, the verb after the name', () => {
    const found = read('Enligt regeringens beslut tilldelas Dalarna 2,1 mnkr, Gävleborg 1,9 mnkr, Värmland 2,0 mnkr och Örebro 2,6 mnkr.');
    expect(found!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Dalarna', '2,1 mnkr'],
      ['Gävleborg', '1,9 mnkr'],
      ['Värmland', '2,0 mnkr'],
      ['Örebro', '2,6 mnkr'],
    ]);
    expect(found!.lead?.lines[0]!.text).toBe('Enligt regeringens beslut tilldelas');
  });

  it('leaves a sentence alone whose first label names no region at its end', () => {
    expect(read('I beslutet får föreningen Norrsken 8,4 miljoner kronor, Region Skåne 31,2 miljoner kronor och Region Blekinge 4,4 miljoner kronor.')).toBeNull();
  });
});

/** A clause closing the list's sentence after its items: the list ends before it, the clause stays prose. Wordings written for this test. */
describe('detectInlineRegionList, a clause closing the sentence', () => {
  it('ends the list at ", vilket …"', () => {
    const found = read('Beslutet innebär att Region Halland får 8,4 miljoner, Region Skåne 31,2 miljoner och Region Blekinge 4,4 miljoner kronor, vilket är mer än förra året.');
    expect(found!.grid.rows.map((r) => r.cells[0]!.text)).toEqual(['Region Halland', 'Region Skåne', 'Region Blekinge']);
    expect(found!.tail?.lines[0]!.text).toBe('vilket är mer än förra året.');
  });

  it('ends the list at ", medan …", the sentences after kept with the clause', () => {
    const found = read('Uppsala får 2 mnkr, Västmanland 1,5 mnkr, Sörmland 1,8 mnkr, medan Stockholm står utanför. Beslutet fattades i maj.');
    expect(found!.grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Uppsala', '2 mnkr'],
      ['Västmanland', '1,5 mnkr'],
      ['Sörmland', '1,8 mnkr'],
    ]);
    expect(found!.tail?.lines[0]!.text).toBe('medan Stockholm står utanför. Beslutet fattades i maj.');
  });

  it('reads no list when the clause comes before three items', () => {
    expect(read('Uppsala får 2 mnkr, Västmanland 1,5 mnkr, medan Stockholm och Sörmland står utanför.')).toBeNull();
  });
});
