import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';
import { headerPhrases } from '../../src/tables/caption-titles.js';

/** A header line of titles that each open with a capital, taken for the caption; examples written here. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'h.txt', text }).tables;
const headers = (t: Table): string[] => t.columns.map((c) => c.header.join(' / '));

describe('a header line of capitalised titles over a table without a header row', () => {
  it('splits it at each capital, the first word titling the labels', () => {
    const [t] = tablesOf(['Kommun Antal invånare Andel över 65 år', 'Ånge 9 120 29,8', 'Härnösand 24 950 25,1', 'Sundsvall 99 280 20,4', 'Länet 245 450 22,9', ''].join('\n'));
    expect(headers(t!)).toEqual(['Antal invånare', 'Andel över 65 år']);
    expect(t!.caption).toBe(null);
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toContainEqual(['Härnösand', '24950', '25.1']);
  });

  it('names a rate column so that it is not summed, in another wording', () => {
    const text = ['Län Beviljade ärenden Ärenden per 10 000 invånare', 'Norrbotten 1 040 41,5', 'Gotland 210 34,9', 'Halland 1 980 58,2', 'Totalt 3 230 48,7', ''].join('\n');
    const [t] = tablesOf(text);
    expect(headers(t!)).toEqual(['Beviljade ärenden', 'Ärenden per 10 000 invånare']);
    expect(t!.columns[1]!.rate).toBe(true);
  });

  it('takes no region, sentence or single words for such titles', () => {
    const w = (t: string): string[] => t.split(' ');
    expect(headerPhrases(w('Område Skåne län Hallands län'), 2)).toBeNull();
    expect(headerPhrases(w('Fördelning per län. Beloppen avser Utfall'), 2)).toBeNull();
    expect(headerPhrases(w('Löner Kvinnor Män'), 2)).toBeNull();
    expect(headerPhrases(w('Så fördelas Medlen till Kommunerna:'), 2)).toBeNull();
    expect(headerPhrases(w('Län Beviljade ärenden Avslag i procent'), 2)).toEqual(['Beviljade ärenden', 'Avslag i procent']);
  });
});
