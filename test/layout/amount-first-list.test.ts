import { describe, expect, it } from 'vitest';
import { parseAmountFirstItem } from '../../src/layout/amount-first-list.js';
import { percentTotal } from '../../src/rules/format/percent-total.js';
import type { Table } from '../../src/model/table.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Lists that give the amount first, in wordings written for this test. */
const values = (t: Table) => t.rows.map((r) => r.cells[0]?.value?.toFixed() ?? null);

describe('lists with the amount first', () => {
  it('reads bulleted shares "40 % för …" as a share table whatever the labels are', () => {
    const text = 'Så används anslaget:\n\n* 45 % för utbildning av personal\n* 30 % går till nya fordon\n* 25 % avser lokaler och drift\n';
    const [t] = docOf({ text }).tables;
    expect(t!.kind).toBe('list');
    expect(t!.rows.map((r) => r.label)).toEqual(['utbildning av personal', 'nya fordon', 'lokaler och drift']);
    expect(values(t!)).toEqual(['45', '30', '25']);
    expect(t!.columns[0]!.unit).toBe('percent');
  });

  it('reads plain numbered lines in "procent till" after a lead-in, and the shares are checked against 100', () => {
    const text = 'Pengarna fördelades på följande sätt:\n\n1. 33 procent till forskning.\n2. 33 procent till innovation.\n3. 33 procent till administration.\n';
    const doc = docOf({ text });
    expect(values(doc.tables[0]!)).toEqual(['33', '33', '33']);
    // 33 + 33 + 33 = 99: 100 only within the rounding of whole percents.
    expect(findingsOf(percentTotal, text).map((f) => f.severity)).toEqual(['info']);
  });

  it('reads money first with region labels as a region list', () => {
    const text = 'Fördelning per region:\n\n- 12,5 miljoner kronor till Region Skåne\n- 8 miljoner kronor till Region Halland\n- 4,25 miljoner kronor till Gotland\n';
    const [t] = docOf({ text }).tables;
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['12', '13', '09']);
    expect(values(t!)).toEqual(['12500000', '8000000', '4250000']);
  });

  it('reads an amount in the singular ("1 miljon kronor", "1 miljard") among them', () => {
    const [t] = docOf({ text: 'Fördelning per region:\n\n- 12,5 miljoner kronor till Region Skåne\n- 1 miljon kronor till Region Gotland\n- 4 miljoner kronor till Region Halland\n' }).tables;
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['12', '09', '13']);
    expect(values(t!)).toEqual(['12500000', '1000000', '4000000']);
    const [u] = docOf({ text: 'Så fördelas anslaget:\n\n1. 1 miljard kronor till Västra Götalandsregionen\n2. 2,4 miljarder kronor till Region Stockholm\n3. 900 miljoner kronor till Region Skåne\n' }).tables;
    expect(u!.rows.map((r) => r.region?.code)).toEqual(['14', '01', '12']);
    expect(values(u!)).toEqual(['1000000000', '2400000000', '900000000']);
  });

  it('reads "amount – region" lines, plain without a lead-in or bulleted', () => {
    const [t] = docOf({ text: 'Beviljade medel 2021\n\n31 204 118 kronor – Region Örebro län\n9 870 500 kronor – Region Gotland\n15 000 250 kronor – Region Blekinge\n' }).tables;
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['18', '09', '10']);
    expect(values(t!)).toEqual(['31204118', '9870500', '15000250']);
    const [u] = docOf({ text: 'Så fördelas stödet\n\n- 4,5 mnkr – Gotland\n- 12 mnkr — Kalmar län\n- 3,2 mnkr - Blekinge\n' }).tables;
    expect(u!.rows.map((r) => r.region?.code)).toEqual(['09', '08', '10']);
    expect(values(u!)).toEqual(['4500000', '12000000', '3200000']);
  });

  it('leaves "amount – label" lines for other things, and shares before a dash, as prose', () => {
    expect(docOf({ text: 'Utfall\n\n3 miljoner kronor – skolor\n2 miljoner kronor – vården\n1 miljon kronor – kultur\n' }).tables).toEqual([]);
    // Bulleted, they are items of one amount each (item-amount-list.ts): a table read for what it holds, checked by no rule, the items staying prose.
    expect(docOf({ text: 'Pengarna:\n\n- 3 miljoner kronor – Region Skåne\n- 2 miljoner kronor – skolor i Halland\n- 1 miljon kronor – kultur\n' }).tables.filter((t) => !t.alsoProse)).toEqual([]);
    expect(parseAmountFirstItem('45 % – Region Skåne')).toBeNull();
  });

  it('leaves money for other things, sentences and unopened plain lines as prose', () => {
    expect(docOf({ text: 'Pengarna går till:\n\n- 3 miljoner kronor till skolor\n- 2 miljoner kronor till vården\n- 1 miljon kronor till kultur\n' }).tables.filter((t) => !t.alsoProse)).toEqual([]);
    expect(docOf({ text: 'Utfallet.\n\n45 % för utbildning\n30 % för fordon\n25 % för lokaler\n' }).tables).toEqual([]);
    expect(parseAmountFirstItem('- 45 % för utbildning och 30 % för fordon')).toBeNull();
    expect(parseAmountFirstItem('- 45 % av alla ansökningar beviljades. Resten fick avslag')).toBeNull();
  });
});

describe('bare figures first, the unit in the lead-in', () => {
  it('reads "1 250 till Region" items under a lead-in that states the unit', () => {
    const [t] = docOf({ text: 'Fördelningen per län, i tusental kronor:\n\n- 1 250 till Kalmar län\n- 980 till Gotlands län\n- 615,5 till Hallands län\n' }).tables;
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['08', '09', '13']);
    expect(values(t!)).toEqual(['1250000', '980000', '615500']);
    const [u] = docOf({ text: 'Beloppen i miljoner kronor går till:\n\n1. 12 till Region Uppsala\n2. 7,5 till Region Örebro\n3. 3 till Region Västmanland\n' }).tables;
    expect(values(u!)).toEqual(['12000000', '7500000', '3000000']);
  });

  it('leaves bare figures before other labels, mixed with amounts in words, or linked by other words, as prose', () => {
    expect(docOf({ text: 'Så här blev det:\n\n- 12 till kultur\n- 7 till skola\n- 3 till vård\n' }).tables).toEqual([]);
    expect(docOf({ text: 'Så här blev det:\n\n- 12 för Region Uppsala\n- 7 för Region Örebro\n- 3 för Region Västmanland\n' }).tables).toEqual([]);
    expect(parseAmountFirstItem('- 3 till 5 år')).toBeNull();
  });
});

describe('amounts first, linked by "i" to what they are paid as', () => {
  it('reads "N miljoner i X" items as a list, in bullets and numbered', () => {
    const [t] = docOf({ text: 'Veckans utbetalningar omfattar:\n\n- 14 miljoner i miljöersättning för våtmarker\n- 6,5 miljoner i investeringsstöd\n- 2 miljoner kronor i startstöd för unga\n' }).tables;
    expect(t!.rows.map((r) => r.label)).toEqual(['miljöersättning för våtmarker', 'investeringsstöd', 'startstöd för unga']);
    expect(values(t!)).toEqual(['14000000', '6500000', '2000000']);
    const [u] = docOf({ text: 'Så här fördelades bidragen:\n\n1. 450 000 kronor i driftbidrag\n2. 120 000 kronor i lokalbidrag\n3. 80 000 kronor i aktivitetsstöd\n' }).tables;
    expect(u!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed()])).toEqual([['driftbidrag', '450000'], ['lokalbidrag', '120000'], ['aktivitetsstöd', '80000']]);
  });

  it('takes no time after "i" for what the money goes to, and no bare figure', () => {
    expect(parseAmountFirstItem('- 12 miljoner i år')).toBeNull();
    expect(parseAmountFirstItem('- 3 miljoner kronor i fjol')).toBeNull();
    expect(parseAmountFirstItem('- 1 250 i Skåne')).toBeNull();
    expect(parseAmountFirstItem('- 12 miljoner i investeringsstöd')).not.toBeNull();
  });
});
