import { describe, expect, it } from 'vitest';
import { runCli, tempFile } from './run-cli.js';

/**
 * Every region's amount, typed by hand from the documents' own tables (county code, then the
 * figure as printed). A figure printed in another unit is typed in kronor as a reader turns it.
 */
function typed(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.trim().split('\n')) {
    const [code, ...figure] = line.trim().split(/\s+/);
    out[code!] = figure.join('');
  }
  return out;
}

// Seed 001, Tabell 1 "Fördelade medel (kr)".
const SEED_001 = typed(`
  01 633 531 342
  03 112 285 034
  04 90 775 125
  05 135 928 438
  06 107 594 147
  07 59 897 918
  08 77 624 347
  09 19 956 824
  10 48 479 801
  12 398 262 434
  13 99 365 581
  14 495 213 898
  17 88 081 910
  18 90 496 475
  19 82 572 546
  20 90 629 368
  21 88 659 092
  22 75 455 372
  23 41 659 211
  24 83 223 369
  25 80 307 768`);

// Seed 004 (press release), "Totalt (kronor)". Uppsala is printed "544 99 160": a reader
// takes it as 54 499 160 (the only grouping that fits the column and its stated total).
const SEED_004 = typed(`
  10 16 588 454
  20 56 137 919
  09 9 416 241
  21 64 341 140
  13 55 172 103
  23 24 648 954
  06 98 282 816
  08 34 984 723
  07 23 958 720
  25 58 167 040
  12 231 170 585
  01 617 098 208
  04 31 119 758
  03 54 499 160
  17 55 824 911
  24 21 153 716
  22 36 314 358
  19 45 995 021
  18 45 188 093
  05 16 423 051
  14 277 768 194`);

// Seed 000, Tabell 1, column "Totalt" (Norrbotten printed "Norrbottnen").
const SEED_000 = typed(`
  01 354 016 003
  03 58 931 306
  04 39 914 564
  05 62 743 591
  06 52 720 721
  07 29 602 914
  08 33 906 504
  09 9 657 613
  10 24 818 600
  12 232 954 151
  13 49 878 053
  14 256 406 007
  17 38 877 340
  18 41 462 619
  19 39 467 718
  20 47 160 135
  21 45 526 603
  22 36 174 216
  23 19 508 146
  24 40 316 027
  25 31 697 634`);

// Seed 002, Bilaga 1, column "Totalt (kronor)".
const SEED_002 = typed(`
  01 509 556 589
  03 87 247 351
  04 66 275 445
  05 102 287 372
  06 96 182 352
  07 45 833 321
  08 59 121 499
  09 27 927 076
  10 44 194 952
  12 326 413 479
  13 82 417 824
  14 399 201 404
  17 73 508 777
  18 70 135 112
  19 59 482 779
  20 74 809 498
  21 89 026 590
  22 74 647 705
  23 42 466 328
  24 68 901 986
  25 66 362 561`);

interface JsonRow {
  file: string;
  table: number;
  column: string[];
  region: { code: string; name: string } | null;
  label: string;
  measure: string;
  amountKr: string | null;
  value: string | null;
  raw: string;
  unit: string;
}

async function rowsOf(...args: string[]): Promise<JsonRow[]> {
  const { code, out, err } = await runCli(['regions', ...args, '--format', 'json']);
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out).rows as JsonRow[];
}

function amounts(rows: JsonRow[], table: number, header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) {
    if (r.table !== table || r.column.join(' / ') !== header || r.region === null) continue;
    expect(out[r.region.code]).toBeUndefined();
    out[r.region.code] = r.amountKr ?? `not kronor: ${r.measure}`;
  }
  return out;
}

describe('kronkoll regions: every region amount as a person reads it', () => {
  it.each([
    ['corpus/001_e7b5af15c7845b07.txt', 1, 'Fördelade medel (kr)', SEED_001],
    ['corpus/pdf/001.lo.pdf', 1, 'Fördelade medel (kr)', SEED_001],
    ['corpus/004_8696a5bf70867187.txt', 1, 'Totalt (kronor)', SEED_004],
    ['corpus/000_cc938031a1688a8c.txt', 1, 'Totalt', SEED_000],
    ['corpus/pdf/000.chromium.pdf', 1, 'Totalt', SEED_000],
    ['corpus/002_1364b70c4248b79d.txt', 1, 'Totalt (kronor)', SEED_002],
  ])('%s table %i column "%s": 21 regions', async (file, table, header, expected) => {
    const got = amounts(await rowsOf(file), table, header);
    expect(Object.keys(expected)).toHaveLength(21);
    expect(got).toEqual(expected);
  });

  it('labels populations, shares and counts, never as kronor (seed 002, Skåne)', async () => {
    const rows = (await rowsOf('corpus/002_1364b70c4248b79d.txt', '--region', 'Region Skåne')).filter((r) => r.region?.code === '12');
    const pick = (table: number, header: string) => rows.find((r) => r.table === table && r.column.join(' / ') === header);
    // Bilaga 1: "Region Skåne 1 422 288 321 131 063 5 282 416 326 413 479"
    expect(pick(1, 'Befolkning november 2023')).toMatchObject({ measure: 'befolkning', amountKr: null, value: '1422288' });
    expect(pick(1, 'Nära vård (kronor)')).toMatchObject({ measure: 'kronor', amountKr: '321131063' });
    expect(pick(1, 'Ambulans (kronor)')).toMatchObject({ measure: 'kronor', amountKr: '5282416' });
    // Bilaga 2: "Skåne 1 422 288 13,5% 86 788 20,9% 128 724 464"
    expect(pick(2, 'Andel befolkning')).toMatchObject({ measure: 'andel', amountKr: null, value: '13.5', unit: '%' });
    expect(pick(2, 'Antal insatser* per län')).toMatchObject({ measure: 'antal', amountKr: null, value: '86788' });
    expect(pick(2, 'Andel insatser* per län')).toMatchObject({ measure: 'andel', amountKr: null, value: '20.9' });
    expect(pick(2, 'Nära vård (kronor)')).toMatchObject({ measure: 'kronor', amountKr: '128724464' });
    expect(rows.every((r) => r.measure === 'kronor' || r.amountKr === null)).toBe(true);
  });

  it('keeps the parts of a table without a single kronor figure per region (seed 000 BUP columns)', async () => {
    const rows = await rowsOf('corpus/000_cc938031a1688a8c.txt', '--region', '12');
    // "Skåne 5 525 787 26 373 074 39 732 958 161 322 332 232 954 151"
    expect(rows.map((r) => [r.column.join(' / '), r.amountKr])).toEqual([
      ['BUP / Befolkning 0–18 år', '5525787'],
      ['BUP / Prestationskrav juli-november', '26373074'],
      ['BUP / Bonuspott', '39732958'],
      ['Exkl BUP / Befolkning totalt', '161322332'],
      ['Totalt', '232954151'],
    ]);
  });
});

describe('kronkoll regions: options', () => {
  it.each(['Skåne', 'Region Skåne', 'Skåne län', '12', 'SKÅNE', 'Skånes län', 'Länsstyrelsen i Skåne län', 'Region  Skåne'])('--region %s selects Region Skåne only', async (name) => {
    const rows = await rowsOf('corpus/001_e7b5af15c7845b07.txt', '--region', name);
    expect(rows.map((r) => [r.region?.code, r.label, r.amountKr])).toEqual([['12', 'Skåne', '398262434']]);
  });

  it('takes several regions', async () => {
    const rows = await rowsOf('corpus/001_e7b5af15c7845b07.txt', '--region', 'Gotland', '--region', 'VGR');
    expect(rows.map((r) => [r.region?.code, r.amountKr])).toEqual([
      ['09', '19956824'],
      ['14', '495213898'],
    ]);
  });

  it('an unknown region is a usage error in one line', async () => {
    const { code, err } = await runCli(['regions', 'corpus/001_e7b5af15c7845b07.txt', '--region', 'Atlantis']);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(`kronkoll: 'Atlantis' är ingen region (ange namn, variant eller länskod, t.ex. "Skåne", "Region Skåne", "12")`);
  });

  it('--from/--to keep documents dated within, and say how many had no date', async () => {
    // Seed 001 is dated 2023-11-01, seed 000 2024-12-16; seed 004 has no date.
    const { out, err } = await runCli(['regions', 'corpus/000_cc938031a1688a8c.txt', 'corpus/001_e7b5af15c7845b07.txt', 'corpus/004_8696a5bf70867187.txt', '--region', 'Skåne', '--from', '2024-01-01', '--format', 'json']);
    expect(JSON.parse(out).rows.map((r: JsonRow) => r.file)).toEqual(Array(5).fill('corpus/000_cc938031a1688a8c.txt'));
    expect(err).toBe('kronkoll: 1 dokument utan datum togs inte med (--from/--to)\n');
    const to = await rowsOf('corpus/000_cc938031a1688a8c.txt', 'corpus/001_e7b5af15c7845b07.txt', '--region', 'Skåne', '--to', '2023-12-31');
    expect(to.map((r) => r.amountKr)).toEqual(['398262434']);
    const bad = await runCli(['regions', 'corpus', '--from', '1 jan']);
    expect(bad.code).toBe(2);
  });
});

describe('kronkoll regions --format text', () => {
  it('answers per region in one screen: amounts by document, renditions once, and their sum', async () => {
    const { code, out } = await runCli(['regions', 'corpus', '--region', 'Skåne', '--format', 'text']);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    // One screen: at most 40 lines of at most 100 columns.
    expect(lines.length).toBeLessThanOrEqual(40);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(100);
    expect(lines[0]).toBe('Region Skåne (12)');
    // Amounts typed from the seeds: 001 398 262 434; 002 Bilaga 1 326 413 479 and Bilaga 2
    // 128 724 464 (to the county's municipalities, not summed); 000 232 954 151; 004 231 170 585.
    // Sum 1 188 800 649.
    const amountsShown = lines.filter((l) => / kr$/.test(l)).map((l) => l.replace(/.*\s{2,}/, ''));
    expect(amountsShown).toEqual(['398 262 434 kr', '326 413 479 kr', '128 724 464 kr', '232 954 151 kr', '231 170 585 kr', '1 188 800 649 kr']);
    expect(lines.find((l) => l.includes('128 724 464'))).toContain('(till länets kommuner, ingår inte i summan)');
    expect(lines.find((l) => l.includes('Summa'))).toMatch(/^ {2}Summa \(4 belopp\) +1 188 800 649 kr$/);
    expect(out).toContain('samma belopp även i 001.chromium.pdf, 001.lo.pdf');
  });

  it.each([
    ['a caption', 'Tabell 3. Bidrag till länets kommuner (kr)\n\nRegion\tBelopp\nUppsala\t400 000\nGotland\t100 000\nSkåne\t500 000\n'],
    ['a column head', 'Tabell 2. Fördelning per län\n\nLän\tKommunernas del (tkr)\nUppsala\t400\nGotland\t100\nSkåne\t500\n'],
  ])('lists money to the county\'s municipalities (named in %s) apart from the region\'s own, out of the sum', async (_, text) => {
    const own = tempFile('regionerna.txt', 'Medel till regionerna (kr)\n\nRegion\tBelopp\nUppsala\t4 000 000\nGotland\t1 000 000\nSkåne\t5 000 000\n');
    const municipal = tempFile('kommunerna.txt', text);
    const { out } = await runCli(['regions', own, municipal, '--region', 'Skåne', '--format', 'text']);
    const lines = out.split('\n');
    expect(lines.find((l) => l.endsWith(' 500 000 kr'))).toContain('(till länets kommuner, ingår inte i summan)');
    expect(lines.find((l) => l.includes('Summa'))).toMatch(/Summa \(1 belopp\) +5 000 000 kr$/);
  });
});

describe('kronkoll regions: no unit stated, no kronor claimed', () => {
  it.each([
    ['Län\tKvinnor\tMän\tTotalt\nUppsala län\t5 300\t3 807\t9 107\nSkåne län\t23 759\t16 589\t40 348\nGotlands län\t700\t500\t1 200\n', 'Totalt', '40348'],
    ['Region\tÅr 2021\tÅr 2022\tSumma\nRegion Uppsala\t10\t12\t22\nRegion Skåne\t31\t29\t60\nRegion Gotland\t2\t3\t5\n', 'Summa', '60'],
  ])('a table whose only hint is a "Totalt"/"Summa" head is of unknown measure, not kronor (%#)', async (text, header, value) => {
    const rows = await rowsOf(tempFile('antal.txt', text), '--region', 'Skåne');
    expect(rows.every((r) => r.measure === 'okänd' && r.amountKr === null)).toBe(true);
    expect(rows.find((r) => r.column.join(' / ') === header)?.value).toBe(value);
  });

  it('still reads a "Belopp" column as kronor', async () => {
    const rows = await rowsOf(tempFile('belopp.txt', 'Län\tBelopp\tTotalt\nUppsala\t100\t100\nSkåne\t300\t300\nGotland\t10\t10\n'), '--region', 'Skåne');
    expect(rows.map((r) => [r.column.join(' / '), r.measure, r.amountKr])).toEqual([
      ['Belopp', 'kronor', '300'],
      ['Totalt', 'kronor', '300'],
    ]);
  });
});

describe('kronkoll regions: which column is the region\'s amount', () => {
  it.each([
    ['Län\tDrift (kr)\tInvestering (kr)\tHela beloppet (kr)\nUppsala\t100\t50\t150\nSkåne\t300\t200\t500\nGotland\t10\t5\t15\n', 'Hela beloppet (kr)', '500 kr'],
    ['Region\tAlla insatser (mnkr)\tVård (mnkr)\tOmsorg (mnkr)\nRegion Skåne\t12,5\t10,2\t2,3\nRegion Halland\t4,0\t3,1\t0,9\nRegion Gotland\t1,1\t1,1\t0\n', 'Alla insatser (mnkr)', '12 500 000 kr'],
  ])('takes the column that is the sum of the others as the amount (%#)', async (text, column, amount) => {
    const file = tempFile('delar.txt', text);
    const { out } = await runCli(['regions', file, '--region', 'Skåne', '--format', 'text']);
    const lines = out.split('\n');
    expect(lines.find((l) => l.trimStart().startsWith(column))).toMatch(new RegExp(` ${amount}$`));
    expect(lines.find((l) => l.includes('Summa'))).toMatch(new RegExp(`Summa \\(1 belopp\\) +${amount}$`));
  });

  it('lists the parts, unsummed, when no column is the sum of the others', async () => {
    const file = tempFile('delar.txt', 'Län\tDrift (kr)\tInvestering (kr)\tHela beloppet (kr)\nUppsala\t100\t50\t150\nSkåne\t300\t200\t501\nGotland\t10\t5\t15\n');
    const { out } = await runCli(['regions', file, '--region', 'Skåne', '--format', 'text']);
    expect(out).toContain('(delbelopp i kolumner, ingår inte i summan)');
    expect(out).toMatch(/Summa \(0 belopp\) +0 kr/);
  });
});

describe('kronkoll regions --format csv', () => {
  it('writes UTF-8 with BOM, ; between fields, decimal commas and CRLF', async () => {
    const { out } = await runCli(['regions', 'corpus/002_1364b70c4248b79d.txt', '--region', 'Skåne', '--format', 'csv']);
    expect(out.startsWith('\ufeff')).toBe(true);
    const lines = out.slice(1).split('\r\n');
    expect(lines[0]).toBe('fil;dokumenttyp;datum;dnr;titel;tabell;tabellrubrik;kolumn;länskod;region;namn_i_dokumentet;mått;belopp_kr;värde;tryckt;enhet;precision;radtyp;plats');
    const share = lines.find((l) => l.includes(';Andel befolkning;'))!.split(';');
    expect(share.slice(7, 17)).toEqual(['Andel befolkning', '12', 'Region Skåne', 'Skåne', 'andel', '', '13,5', '13,5%', '%', '0,05']);
    const kronor = lines.find((l) => l.includes(';Totalt (kronor);'))!.split(';');
    expect(kronor.slice(11, 19)).toEqual(['kronor', '326413479', '326413479', '326 413 479', 'kr', '0', 'data', 'rad 99']);
  });
});
