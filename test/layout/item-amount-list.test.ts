import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { sum } from '../../src/rules/text/sum.js';
import { tableTotal } from '../../src/rules/text/table-total.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Items of one amount each, of other things than regions, in wordings and layouts written for this test. */
const values = (t: Table) => t.rows.map((r) => r.cells[0]?.value?.toFixed() ?? null);
const labels = (t: Table) => t.rows.map((r) => r.label);

describe('items of one amount each, of other things than regions', () => {
  it('reads bulleted "name, wide gap, amount in kronor" items as a list table captioned by the lead-in', () => {
    const text = 'Följande föreningar får bidrag i år:\n\n  • Scoutkåren Ekorren              125 000 kronor\n  • IK Björnen, Umeå                  64 500 kronor\n  • Musikföreningen Ton 2             18 250 kronor\n';
    const [t] = docOf({ text }).tables;
    expect(t!.kind).toBe('list');
    expect(t!.alsoProse).toBe(true);
    expect(t!.caption).toBe('Följande föreningar får bidrag i år:');
    expect(labels(t!)).toEqual(['Scoutkåren Ekorren', 'IK Björnen, Umeå', 'Musikföreningen Ton 2']);
    expect(values(t!)).toEqual(['125000', '64500', '18250']);
  });

  it('reads dashes with "name: amount in millions" and numbered "name – mnkr" items, scaled', () => {
    const [t] = docOf({ text: 'Satsningen består av tre delar:\n\n- Lärarlöner: 12,5 miljoner kronor\n- Digitala läromedel: 3 miljoner kronor\n- Fortbildning: 0,75 miljoner kronor\n' }).tables;
    expect(labels(t!)).toEqual(['Lärarlöner', 'Digitala läromedel', 'Fortbildning']);
    expect(values(t!)).toEqual(['12500000', '3000000', '750000']);
    const [u] = docOf({ text: 'Nämnderna får dessa ramar:\n\n1. Barn- och utbildningsnämnden – 412,3 mnkr\n2. Socialnämnden – 388 mnkr\n3. Tekniska nämnden – 41,9 mnkr\n' }).tables;
    expect(labels(u!)).toEqual(['Barn- och utbildningsnämnden', 'Socialnämnden', 'Tekniska nämnden']);
    expect(values(u!)).toEqual(['412300000', '388000000', '41900000']);
  });

  it('reads items that give the amount first and then what it goes to', () => {
    const [t] = docOf({ text: 'Så fördelas pengarna:\n\n* 2,4 miljoner kronor till upprustning av badplatser\n* 800 000 kronor till nya lekplatser\n* 1,1 miljoner kronor för belysning av elljusspår\n' }).tables;
    expect(labels(t!)).toEqual(['upprustning av badplatser', 'nya lekplatser', 'belysning av elljusspår']);
    expect(values(t!)).toEqual(['2400000', '800000', '1100000']);
  });

  // An item given in the singular ("1 miljon kronor") is an item: it had left the whole list unread.
  it('reads amount-first items with an amount in the singular among them', () => {
    const [b] = docOf({ text: 'Nämnden föreslår följande fördelning:\n\n1. 12 miljoner kronor till socialnämnden\n2. 5 miljoner kronor till skolnämnden\n3. 1 miljon kronor till kulturnämnden\n' }).tables;
    expect(labels(b!)).toEqual(['socialnämnden', 'skolnämnden', 'kulturnämnden']);
    expect(values(b!)).toEqual(['12000000', '5000000', '1000000']);
    const [c] = docOf({ text: 'Så fördelas pengarna:\n\n- 1 miljon kronor till nya lekplatser\n- 2,5 miljoner kronor till badplatser\n- 800 000 kronor till elljusspår\n' }).tables;
    expect(labels(c!)).toEqual(['nya lekplatser', 'badplatser', 'elljusspår']);
    expect(values(c!)).toEqual(['1000000', '2500000', '800000']);
  });

  it('keeps a qualifier with its amount, whose cell is then read as approximate', () => {
    const [t] = docOf({ text: 'Bidragen i år:\n\n- Hembygdsföreningen: 45 000 kronor\n- Ridklubben: cirka 30 000 kronor\n- Fiskevårdsområdet: 12 500 kronor\n' }).tables;
    expect(labels(t!)).toEqual(['Hembygdsföreningen', 'Ridklubben', 'Fiskevårdsområdet']);
    expect(values(t!)).toEqual(['45000', '30000', '12500']);
    expect(t!.rows.map((r) => r.cells[0]!.uncertain !== undefined)).toEqual([false, true, false]);
  });

  it('keeps the items prose: the lead-in and its list are checked by text/sum once, and by no table rule', () => {
    const text = 'Totalt fördelas 4 000 000 kronor så här:\n\n- Projekt Alfa: 1 500 000 kronor\n- Projekt Beta: 1 200 000 kronor\n- Projekt Gamma: 1 100 000 kronor\n';
    const doc = docOf({ text });
    expect(doc.tables).toHaveLength(1);
    expect(doc.sentences.filter((s) => s.role === 'list-item')).toHaveLength(3);
    // 1 500 000 + 1 200 000 + 1 100 000 = 3 800 000, not 4 000 000: one finding, from text/sum.
    expect(findingsOf(sum, text).map((f) => f.severity)).toEqual(['error']);
    const all = runRules([doc], ALL_RULES).get(doc.file) ?? [];
    expect(all.filter((f) => f.severity !== 'info').map((f) => f.ruleId)).toEqual(['text/sum']);
  });

  it('reads items whose amount stands in brackets after the name', () => {
    const [t] = docOf({ text: 'Årets kulturstipendier:\n\n- Teatergruppen Spegeln (85 000 kronor)\n- Konstnärsföreningen Ljus (40 000 kronor)\n- Körsällskapet Canto (22 500 kronor)\n' }).tables;
    expect(labels(t!)).toEqual(['Teatergruppen Spegeln', 'Konstnärsföreningen Ljus', 'Körsällskapet Canto']);
    expect(values(t!)).toEqual(['85000', '40000', '22500']);
    // Numbered, in millions, the last item closing the sentence with a point.
    const [u] = docOf({ text: 'Myndigheten fördelar medlen till:\n\n1. Lunds universitet (4,2 mnkr)\n2. Chalmers (3 mnkr)\n3. Högskolan i Gävle (0,8 mnkr).\n' }).tables;
    expect(labels(u!)).toEqual(['Lunds universitet', 'Chalmers', 'Högskolan i Gävle']);
    expect(values(u!)).toEqual(['4200000', '3000000', '800000']);
  });

  it('reads items of short names set off from their amounts by one space', () => {
    const [t] = docOf({ text: 'Bidragen går till:\n\n- Riksteatern 2,1 miljoner kronor\n- Folkets Hus och Parker 1,4 miljoner kronor\n- Hushållningssällskapet 650 000 kronor\n' }).tables;
    expect(labels(t!)).toEqual(['Riksteatern', 'Folkets Hus och Parker', 'Hushållningssällskapet']);
    expect(values(t!)).toEqual(['2100000', '1400000', '650000']);
    const [u] = docOf({ text: 'Fördelning per förening\n\n* IFK Lilla Edet 12 000 kr\n* Scoutkåren Tranan 8 500 kr\n* Ideella föreningen Vågen 4 000 kr\n* Bygdegården i Ås 9 750 kr\n' }).tables;
    expect(labels(u!)).toEqual(['IFK Lilla Edet', 'Scoutkåren Tranan', 'Ideella föreningen Vågen', 'Bygdegården i Ås']);
    expect(values(u!)).toEqual(['12000', '8500', '4000', '9750']);
  });

  it('reads amounts in "tusen kronor" and in the singular "miljon", and counts each item once', () => {
    const text = 'Länsstyrelsen fördelar:\n\n- Vattenrådet Ån: 1 250 tusen kronor\n- Fiskevårdsföreningen: 840 tusen kronor\n- Naturskolan: 415 tusen kronor\n';
    const doc = docOf({ text });
    expect(values(doc.tables[0]!)).toEqual(['1250000', '840000', '415000']);
    // The three items and nothing else: no line of the list read a second time as a paragraph.
    expect(doc.amounts.map((a) => a.value.toFixed())).toEqual(['1250000', '840000', '415000']);
    const [u] = docOf({ text: 'Nämnden beviljar:\n\n* Ungdomens hus – 1 miljon kronor\n* Kulturskolan – 2,5 miljoner kronor\n* Biblioteket – 600 tusen kronor\n' }).tables;
    expect(values(u!)).toEqual(['1000000', '2500000', '600000']);
  });

  it('reads the same items printed as plain lines in one paragraph after a lead-in that ends in a colon', () => {
    const [t] = docOf({ text: 'Kommunen delar ut föreningsbidrag.\n\nBeslutet gäller följande föreningar:\n\nSimklubben Delfinen får 34 000 kr\nRidklubben Hästen får 21 500 kr\nSkytteföreningen Pricken får 9 800 kr\n' }).tables;
    expect(t!.caption).toBe('Beslutet gäller följande föreningar:');
    expect(labels(t!)).toEqual(['Simklubben Delfinen', 'Ridklubben Hästen', 'Skytteföreningen Pricken']);
    expect(values(t!)).toEqual(['34000', '21500', '9800']);
    const [u] = docOf({ text: 'Fonden har beviljat:\n\nLunds universitet (1,8 mnkr)\nMalmö universitet (2,25 mnkr)\nHögskolan Kristianstad (0,6 mnkr)\nBlekinge tekniska högskola (1 mnkr)\n' }).tables;
    expect(labels(u!)).toEqual(['Lunds universitet', 'Malmö universitet', 'Högskolan Kristianstad', 'Blekinge tekniska högskola']);
    expect(values(u!)).toEqual(['1800000', '2250000', '600000', '1000000']);
    // Without the lead-in's colon the lines are a paragraph of prose.
    expect(docOf({ text: 'Beslutet gäller följande föreningar.\n\nSimklubben Delfinen får 34 000 kr\nRidklubben Hästen får 21 500 kr\nSkytteföreningen Pricken får 9 800 kr\n' }).tables).toHaveLength(0);
  });

  it('checks plain lines after a lead-in that states the total, item by item, as bullets are checked', () => {
    // 1,8 + 2,25 + 0,6 = 4,65 mnkr against 4,65 mnkr: nothing; against 4,85 mnkr: an error, as for the same bullets.
    const lines = 'Fonden har beviljat 4,65 mnkr till följande lärosäten:\n\nLunds universitet (1,8 mnkr)\nMalmö universitet (2,25 mnkr)\nHögskolan Kristianstad (0,6 mnkr)\n';
    expect(findingsOf(sum, lines)).toEqual([]);
    const wrong = lines.replace('4,65 mnkr', '4,85 mnkr');
    expect(findingsOf(sum, wrong).map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '4850000', '4650000']]);
    const bullets = wrong.replace(/\n(?=[LMH])/g, '\n- ');
    expect(findingsOf(sum, bullets).map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '4850000', '4650000']]);
    // The total word in the lead-in, a verb between each name and its amount: 34 000 + 21 500 + 9 800 = 65 300, not 63 500.
    const named = 'Totalt 63 500 kr fördelas så här:\n\nSimklubben Delfinen får 34 000 kr\nRidklubben Hästen får 21 500 kr\nSkytteföreningen Pricken får 9 800 kr\n';
    expect(findingsOf(sum, named).map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '63500', '65300']]);
  });

  it('reads amount-first items closed by an item that names their total, in bullets and in HTML', () => {
    const md = docOf({ text: 'Så fördelas pengarna:\n\n- 2,4 miljoner kronor till badplatser\n- 0,8 miljoner kronor till lekplatser\n- 1,1 miljoner kronor till elljusspår\n- Totalt: 4,3 miljoner kronor\n' }).tables[0]!;
    expect(md.rows.map((r) => [r.label, r.kind, r.cells[0]!.value?.toFixed()])).toEqual([
      ['badplatser', 'data', '2400000'],
      ['lekplatser', 'data', '800000'],
      ['elljusspår', 'data', '1100000'],
      ['Totalt', 'total', '4300000'],
    ]);
    const html = '<p>Nämnden har beviljat:</p><ul><li>45 000 kronor till Hembygdsföreningen</li><li>30 000 kronor till Ridklubben</li><li>12 500 kronor till Fiskevården</li><li>Summa: 87 500 kronor</li></ul>';
    const t = docOf({ file: 'a.html', text: html }).tables[0]!;
    expect(t.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed()])).toEqual([['Hembygdsföreningen', '45000'], ['Ridklubben', '30000'], ['Fiskevården', '12500'], ['Summa', '87500']]);
    // 45 000 + 30 000 + 12 500 = 87 500; a total misprinted as 97 500 is an error of the list, as for bullets.
    expect(findingsOf(sum, [{ file: 'b.html', text: html.replace('87 500', '97 500') }]).map((f) => f.severity)).toEqual(['error']);
  });

  it('leaves lists that are no table of amounts as they were', () => {
    // Sentences that end in an amount: their labels run on into the verb.
    expect(docOf({ text: 'I korthet:\n\n- Stödet uppgår till 4 miljoner kronor\n- Kommunen får totalt 2 miljoner kronor\n- Regionen bidrar med ytterligare 1 miljon kronor\n' }).tables).toHaveLength(0);
    // Two items are no table; nor are items mostly run on into their amounts by one space, as sentences are.
    expect(docOf({ text: 'Bidrag:\n\n- Förening A: 10 000 kronor\n- Förening B: 12 000 kronor\n' }).tables).toHaveLength(0);
    expect(docOf({ text: 'Nytt i år:\n\n- Biblioteket köper böcker för 90 000 kronor\n- Fritidsgården renoveras för 1,2 miljoner kronor\n- Simhallen: 400 000 kronor\n' }).tables).toHaveLength(0);
    // Sentences run on into their amounts by one space, with a verb: no names.
    expect(docOf({ text: 'Nyheter:\n\n- Regeringen satsar 300 miljoner kronor\n- Skolan rustas 4 miljoner kronor\n- Kommunen investerar 12 miljoner kronor\n' }).tables).toHaveLength(0);
    // An item without an amount among them: the list is prose.
    expect(docOf({ text: 'Bidrag:\n\n- Förening A: 10 000 kronor\n- Förening B får stöd senare\n- Förening C: 9 000 kronor\n' }).tables).toHaveLength(0);
  });

  // A stored copy cut off inside the last item, before its amount, had left the whole list unread.
  it('reads the items before a last one the text ends inside, before its amount, and keeps that one prose', () => {
    const t = docOf({ text: 'Anslagen för 2012 fördelas så här:\n\n• Scoutkåren Ekorren (1,5 mkr)\n• IK Björnen (2,25 mkr)\n• Musikföreningen Ton (0,8 mkr)\n• Hembygdsförening' }).tables[0]!;
    expect(labels(t)).toEqual(['Scoutkåren Ekorren', 'IK Björnen', 'Musikföreningen Ton']);
    expect(values(t)).toEqual(['1500000', '2250000', '800000']);
    const u = docOf({ text: 'Bidrag till föreningarna:\n\n- Ridklubben Hästen: 45 000 kronor\n- Fiskevårdsområdet: 12 500 kronor\n- Konstföreningen Palett: 30 000 kronor\n- Idrottsf' }).tables[0]!;
    expect(labels(u)).toEqual(['Ridklubben Hästen', 'Fiskevårdsområdet', 'Konstföreningen Palett']);
    expect(values(u)).toEqual(['45000', '12500', '30000']);
    // A last item that closes as a sentence, or one followed by more text, is an item without an amount: the list is prose.
    expect(docOf({ text: 'Bidrag till föreningarna:\n\n- Ridklubben Hästen: 45 000 kronor\n- Fiskevårdsområdet: 12 500 kronor\n- Konstföreningen Palett: 30 000 kronor\n- Övriga föreningar får stöd senare.' }).tables).toHaveLength(0);
    expect(docOf({ text: 'Bidrag till föreningarna:\n\n- Ridklubben Hästen: 45 000 kronor\n- Fiskevårdsområdet: 12 500 kronor\n- Konstföreningen Palett: 30 000 kronor\n- Idrottsföreningen\n\nPengarna betalas ut i maj.\n' }).tables).toHaveLength(0);
  });

  it('reads figures without a unit as amounts when the lead-in states the unit, and checks them as a table', () => {
    const t = docOf({ text: 'Bidragen fördelas så här (belopp i tusentals kronor):\n\n- Hembygdsförbundet, 37 931\n- Studieförbundet Vuxenskolan, 68 183\n- Föreningen Skärgårdsbåtar, 4 775\n' }).tables[0]!;
    expect(labels(t)).toEqual(['Hembygdsförbundet', 'Studieförbundet Vuxenskolan', 'Föreningen Skärgårdsbåtar']);
    expect(values(t)).toEqual(['37931000', '68183000', '4775000']);
    // The figures are no amounts to the prose rules: the table is their reading, which the table rules check.
    expect(t.alsoProse).toBeUndefined();
    const u = docOf({ text: 'Beviljade medel per mottagare, tkr:\n\n1. Ridklubben Hästen – 1 250\n2. IK Sälen: 830\n3. Konstföreningen – 2 045,5\n' }).tables[0]!;
    expect(labels(u)).toEqual(['Ridklubben Hästen', 'IK Sälen', 'Konstföreningen']);
    expect(values(u)).toEqual(['1250000', '830000', '2045500']);
    // 1 250 + 830 + 2 045,5 = 4 125,5 tkr; the paragraph after says 4 325,5: the list's total read from its place warns.
    const text = 'Beviljade medel per mottagare, tkr:\n\n1. Ridklubben Hästen – 1 250\n2. IK Sälen: 830\n3. Konstföreningen – 2 045,5\n\nTotalt beviljas 4 325,5 tkr.\n';
    expect(findingsOf(tableTotal, [{ text }]).map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '4325500', '4125500']]);
  });

  it('reads bare figures one space after a name under a lead-in stating the unit, the split kept as doubt', () => {
    const t = docOf({ text: 'Stöd till länets museer (tkr):\n\n* Länsmuseet 2 450\n* Hembygdsgården Berga 310,5\n* Konsthallen 1 120\n* Totalt 3 880,5\n' }).tables[0]!;
    expect(labels(t)).toEqual(['Länsmuseet', 'Hembygdsgården Berga', 'Konsthallen', 'Totalt']);
    expect(values(t)).toEqual(['2450000', '310500', '1120000', '3880500']);
    expect(t.rows.slice(0, 3).every((r) => r.cells[0]!.readBy === 'spaced')).toBe(true);
    // 2 450 + 310,5 + 1 120 = 3 880,5: it adds up. Plain lines, 12,5 + 4 = 16,5 against 18,5: where a figure starts is a reading, so it warns.
    expect(findingsOf(columnTotal, [{ text: 'Stöd till länets museer (tkr):\n\n* Länsmuseet 2 450\n* Hembygdsgården Berga 310,5\n* Konsthallen 1 120\n* Totalt 3 880,5\n' }])).toEqual([]);
    const off = findingsOf(columnTotal, [{ text: 'Fördelning, belopp i miljoner kronor:\n\nVägföreningen Norr 12,5\nByalaget Öster 4\nSumma 18,5\n' }]);
    expect(off.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '18500000', '16500000']]);
    // A lead-in that states no unit leaves such lines prose; so does a label that is a sentence.
    expect(docOf({ text: 'Så många deltog:\n\n* Länsmuseet 2 450\n* Konsthallen 1 120\n* Hembygdsgården 310\n' }).tables).toHaveLength(0);
    expect(docOf({ text: 'Belopp i tkr:\n\n* Nämnden beslutar om stöd till 2 450\n* Kommunen ansöker om 1 120\n* Föreningen söker 310\n' }).tables).toHaveLength(0);
  });

  it('leaves figures without a unit as they were when the lead-in states none', () => {
    // Counts of places or members under a lead-in that names no money: no amounts.
    expect(docOf({ text: 'Så många platser får varje förening:\n\n- Scoutkåren, 40\n- Ridklubben, 25\n- Simklubben, 60\n' }).tables).toHaveLength(0);
    expect(docOf({ text: 'Medlemmar i föreningarna:\n\n- Hembygdsförbundet: 1 200\n- Konstföreningen: 340\n- IK Sälen: 2 050\n' }).tables).toHaveLength(0);
  });

  it('reads two items as a list when the lead-in or the paragraph after states their whole', () => {
    const lead = docOf({ text: 'Medlen, totalt 10,7 miljoner kronor, fördelas så här:\n\n- Region Gävleborg, 6,8 miljoner kronor\n- Region Dalarna, 3,9 miljoner kronor\n' }).tables[0]!;
    expect(labels(lead)).toEqual(['Region Gävleborg', 'Region Dalarna']);
    expect(values(lead)).toEqual(['6800000', '3900000']);
    const after = docOf({ text: 'Följande föreningar får stöd:\n\n* Hembygdsföreningen får 45 000 kronor\n* Ridklubben får 30 000 kronor\n\nSammanlagt delas 75 000 kronor ut.\n' }).tables[0]!;
    expect(labels(after)).toEqual(['Hembygdsföreningen', 'Ridklubben']);
    expect(values(after)).toEqual(['45000', '30000']);
    const first = docOf({ text: 'Totalt fördelas 6 499 tkr enligt följande:\n\n1. 3 785 tkr till Länsmuseet\n2. 2 714 tkr till Konsthallen\n' }).tables[0]!;
    expect(labels(first)).toEqual(['Länsmuseet', 'Konsthallen']);
    expect(values(first)).toEqual(['3785000', '2714000']);
  });

  it('leaves two items as prose when nothing around them states a whole', () => {
    expect(docOf({ text: 'Nämnden har beviljat 75 000 kronor till föreningarna:\n\n- Hembygdsföreningen: 45 000 kronor\n- Ridklubben: 30 000 kronor\n' }).tables).toHaveLength(0);
    expect(docOf({ text: 'Följande föreningar får stöd:\n\n* Hembygdsföreningen får 45 000 kronor\n* Ridklubben får 30 000 kronor\n\nPengarna betalas ut i maj.\n' }).tables).toHaveLength(0);
    // "Tillsammans med …" names a partner, not the whole.
    expect(docOf({ text: 'Två projekt får pengar:\n\n- Skolan: 1,2 miljoner kronor\n- Biblioteket: 0,8 miljoner kronor\n\nTillsammans med kommunen satsar regionen 4 miljoner kronor.\n' }).tables).toHaveLength(0);
  });
});
