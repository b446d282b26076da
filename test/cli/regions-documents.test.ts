import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/**
 * Real documents that give amounts per region, each read by a person: every region's name as
 * printed and its figure as printed, typed here from the document, with the unit the document
 * states for it. The test turns the figure into kronor (figure × unit) and compares it with
 * what `kronkoll regions --format json` prints. Seeds 000, 001, 002 and 004 are in
 * regions.test.ts; these are the field corpus's tuning part and two regeringen.se pages.
 */
interface JsonRow {
  table: number;
  column: string[];
  region: { code: string; name: string } | null;
  label: string;
  measure: string;
  amountKr: string | null;
  value: string | null;
  raw: string;
  unit: string;
  rowKind: string;
}

/** "Name as printed: figure as printed" per line, in the unit's scale, to kronor as decimal strings. */
function typed(scale: number, text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.trim().split('\n')) {
    const at = line.lastIndexOf(':');
    const name = line.slice(0, at).trim();
    const figure = line.slice(at + 1).trim().replace(/\s/g, '').replace(',', '.');
    out[name] = new Decimal(figure).times(scale).toFixed();
  }
  return out;
}

async function rowsOf(file: string): Promise<JsonRow[]> {
  const { code, out, err } = await runCli(['regions', file, '--format', 'json']);
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out).rows as JsonRow[];
}

interface Case {
  file: string;
  table: number;
  /** The column's header as a person reads it (its header lines joined with " / "). */
  column: string;
  unit: string;
  amounts: Record<string, string>;
}

/** The rows of one table column, label → kronor; every row names a region, is data and measures kronor. */
function column(rows: JsonRow[], c: Case): Record<string, string | null> {
  const picked = rows.filter((r) => r.table === c.table && r.column.join(' / ') === c.column);
  const out: Record<string, string | null> = {};
  for (const r of picked) {
    expect(r.region, r.label).not.toBeNull();
    expect(r.rowKind, r.label).toBe('data');
    expect(r.measure, r.label).toBe('kronor');
    expect(r.unit, r.label).toBe(c.unit);
    expect(out[r.label], `${r.label} twice`).toBeUndefined();
    out[r.label] = r.amountKr;
  }
  return out;
}

const FIELD = 'corpus/field';

// Höglandsnytt 2017: space-aligned "Stockholm 68 143 865" lines under "LANDSTING   KRONOR".
const HOGLANDSNYTT: Case = {
  file: `${FIELD}/hoglandsnytt-kvinnors-halsa-2017.txt`,
  table: 1,
  column: 'KRONOR',
  unit: 'kr',
  amounts: typed(
    1,
    `Stockholm: 68 143 865
    Uppsala: 10 838 798
    Södermanlands: 8 640 543
    Östergötland: 13 573 117
    Jönköping: 10 594 346
    Kronoberg: 5 836 067
    Kalmar: 7 241 014
    Gotland: 1 740 653
    Blekinge: 4 752 049
    Skåne: 39 718 431
    Halland: 9 610 252
    Västra Götaland: 50 214 178
    Värmland: 8 374 663
    Örebro: 8 853 031
    Västmanland: 8 033 900
    Dalarna: 8 533 908
    Gävleborg: 8 546 308
    Västernorrland: 7 375 850
    Jämtland: 3 860 775
    Västerbotten: 7 986 497
    Norrbotten: 7 531 755`,
  ),
};

// Naturvårdsverket: a web table pasted with trailing pipes, county administrative boards, kronor.
// The stored copy ends at "Länsstyrelsen i Västernorrland" without an amount.
const NATURVARDSVERKET: Case = {
  file: `${FIELD}/naturvardsverket-vardefull-natur-per-lan.txt`,
  table: 1,
  column: 'Belopp',
  unit: 'kr',
  amounts: typed(
    1,
    `Länsstyrelsen i Stockholms län: 32 816 000
    Länsstyrelsen i Uppsala län: 22 268 000
    Länsstyrelsen i Södermanlands län: 23 826 000
    Länsstyrelsen i Östergötlands län: 32 941 000
    Länsstyrelsen i Jönköpings län: 23 305 000
    Länsstyrelsen i Kronobergs län: 16 671 000
    Länsstyrelsen i Kalmar län: 48 297 000
    Länsstyrelsen i Gotlands län: 30 727 000
    Länsstyrelsen i Blekinge län: 20 516 000
    Länsstyrelsen i Skåne län: 53 620 000
    Länsstyrelsen i Hallands län: 24 526 000
    Länsstyrelsen i Västra Götalands län: 75 164 000
    Länsstyrelsen i Värmlands län: 23 480 000
    Länsstyrelsen i Örebro län: 22 720 000
    Länsstyrelsen i Västmanlands län: 17 558 000
    Länsstyrelsen i Dalarnas län: 36 724 000
    Länsstyrelsen i Gävleborgs län: 26 350 000`,
  ),
};

// SKR 2022: one cell per line with blank lines between, "Region / Medel 2022", total "1 382 000 000 kr".
const SKR_2022: Case = {
  file: `${FIELD}/skr-kvinnorshalsa-2022.txt`,
  table: 1,
  column: 'Medel 2022',
  unit: 'kr',
  amounts: typed(
    1,
    `Stockholm: 319 176 216
    Uppsala: 52 160 836
    Sörmland: 39 883 744
    Östergötland: 62 124 560
    Jönköping: 48 546 206
    Kronoberg: 26 896 403
    Kalmar: 32 685 582
    Gotland: 8 068 802
    Blekinge: 21 041 321
    Skåne: 185 399 420
    Halland: 44 981 466
    Västra Götaland: 230 702 198
    Värmland: 37 473 505
    Örebro: 40 585 919
    Västmanland: 36 884 873
    Dalarna: 38 134 524
    Gävleborg: 38 096 014
    Västernorrland: 32 319 540
    Jämtland Härjedalen: 17 456 995
    Västerbotten: 36 330 649
    Norrbotten: 33 051 227`,
  ),
};

// SKR 2023: one cell per line, header cells wrapped over a blank line ("Medel i" / "kronor").
// Örebro's first figure is printed "42 045981".
const SKR_2023_MEDEL: Case = {
  file: `${FIELD}/skr-kvinnorshalsa-2023.txt`,
  table: 1,
  column: 'Medel i kronor',
  unit: 'kr',
  amounts: typed(
    1,
    `Stockholm: 333 075 571
    Uppsala: 54 675 792
    Södermanland: 41 337 643
    Östergötland: 64 478 403
    Jönköping: 50 424 536
    Kronoberg: 27 914 898
    Kalmar: 33 864 497
    Gotland: 8 359 423
    Blekinge: 21 712 878
    Skåne: 193 119 375
    Halland: 46 829 549
    Västra Götaland: 240 152 145
    Värmland: 38 806 323
    Örebro: 42 045981
    Västmanland: 38 346 171
    Dalarna: 39 406 559
    Gävleborg: 39 281 920
    Västernorrland: 33 255 378
    Jämtland: 18 106 001
    Västerbotten: 37 738 282
    Norrbotten: 34 068 675`,
  ),
};

const SKR_2023_LANDSBYGD: Case = {
  ...SKR_2023_MEDEL,
  column: 'Landsbygdssatsning kronor',
  amounts: typed(
    1,
    `Stockholm: 3 748 861
    Uppsala: 2 059 894
    Södermanland: 2 043 087
    Östergötland: 2 621 282
    Jönköping: 10 195 134
    Kronoberg: 1 852 321
    Kalmar: 4 106 506
    Gotland: 7 415 605
    Blekinge: 5 681 962
    Skåne: 17 725 192
    Halland: 5 740 830
    Västra Götaland: 18 858 243
    Värmland: 7 506 870
    Örebro: 3 383 405
    Västmanland: 827 465
    Dalarna: 7 795 709
    Gävleborg: 15 109 868
    Västernorrland: 12 384 465
    Jämtland: 7 448 671
    Västerbotten: 5 866 407
    Norrbotten: 7 628 223`,
  ),
};

// SKR 2024: the same layout; Jämtland printed "Jämtland/Härjedalen".
const SKR_2024_MEDEL: Case = {
  file: `${FIELD}/skr-kvinnorshalsa-2024.txt`,
  table: 1,
  column: 'Medel i kronor',
  unit: 'kr',
  amounts: typed(
    1,
    `Stockholm: 317 989 729
    Uppsala: 52 402 037
    Södermanland: 39 142 851
    Östergötland: 61 199 629
    Jönköping: 47 803 842
    Kronoberg: 26 417 378
    Kalmar: 31 989 514
    Gotland: 7 910 271
    Blekinge: 20 486 973
    Skåne: 184 156 683
    Halland: 44 539 413
    Västra Götaland: 228 872 706
    Värmland: 36 728 193
    Örebro: 39 933 062
    Västmanland: 36 379 118
    Dalarna: 37 218 920
    Gävleborg: 37 042 051
    Västernorrland: 31 378 373
    Jämtland/Härjedalen: 17 151 589
    Västerbotten: 36 062 282
    Norrbotten: 32 195 386`,
  ),
};

const SKR_2024_LANDSBYGD: Case = {
  ...SKR_2024_MEDEL,
  column: 'Landsbygdssatsning kronor',
  amounts: typed(
    1,
    `Stockholm: 3 823 518
    Uppsala: 2 059 634
    Södermanland: 2 027 293
    Östergötland: 2 643 577
    Jönköping: 10 152 375
    Kronoberg: 1 839 060
    Kalmar: 4 090 048
    Gotland: 7 477 038
    Blekinge: 5 695 439
    Skåne: 17 766 641
    Halland: 5 843 804
    Västra Götaland: 18 906 255
    Värmland: 7 547 687
    Örebro: 3 334 119
    Västmanland: 809 901
    Dalarna: 7 811 157
    Gävleborg: 15 059 147
    Västernorrland: 12 334 978
    Jämtland/Härjedalen: 7 460 761
    Västerbotten: 5 769 300
    Norrbotten: 7 548 268`,
  ),
};

/**
 * "Name: a; b; …" per line, one figure per column in the order of `columns`; a figure "-" is
 * absent from the document. One case per column.
 */
function typedColumns(base: Omit<Case, 'column' | 'amounts'>, scale: number, columns: string[], text: string): Case[] {
  return columns.map((column, k) => {
    const lines = text
      .trim()
      .split('\n')
      .map((l) => {
        const [name, figures] = l.split(':') as [string, string];
        return [name.trim(), figures.split(';')[k]!.trim()] as const;
      })
      .filter(([, f]) => f !== '-');
    return { ...base, column, amounts: typed(scale, lines.map(([n, f]) => `${n}: ${f}`).join('\n')) };
  });
}

// Tillväxtverket: one block per county ("Blekinge" / "Miljoner kronor" / "Alla stödtyper: 58,4" …).
// The stored copy ends inside the Kronoberg block, after Främjandestöd.
const TILLVAXTVERKET = typedColumns(
  { file: `${FIELD}/tillvaxtverket-medel-regional-tillvaxt.txt`, table: 1, unit: 'mnkr' },
  1e6,
  ['Alla stödtyper', 'Investeringsstöd', 'Främjandestöd', 'Transportstöd', 'Stöd till kommersiell service', 'Projektmedel'],
  `Blekinge: 58,4; 0; 2,6; 0; 1,1; 54,7
  Dalarna: 141,9; 58,4; 3,3; 0; 2,5; 77,7
  Gotland: 35; 0; 2,2; 0; 0; 32,8
  Gävleborg: 157,4; 34,6; 8,8; 0; 2,5; 111,5
  Halland: 20,4; 0; 9,9; 0; 0,6; 9,9
  Jämtland: 186,8; 72,1; 5,9; 46,5; 5,6; 56,7
  Jönköping: 41,8; 0; 6,4; 0; 1,1; 34,3
  Kalmar: 64,5; 0,1; 19,8; 0; 2,0; 42,6
  Kronoberg: 26,3; 0; 2,2; -; -; -`,
);

describe('kronkoll regions: every region amount in the field corpus documents as a person reads it', () => {
  it.each([HOGLANDSNYTT, NATURVARDSVERKET, SKR_2022, SKR_2023_MEDEL, SKR_2023_LANDSBYGD, SKR_2024_MEDEL, SKR_2024_LANDSBYGD, ...TILLVAXTVERKET])(
    '$file table $table "$column"',
    async (c) => {
      expect(column(await rowsOf(c.file), c)).toEqual(c.amounts);
    },
  );
});

// regeringen.se, December 2023 (reference pages, read where ../shared is present).
const REGERINGEN = join('..', 'shared', 'regeringen', 'pressmeddelanden', '2023', '12');
const HAS_REGERINGEN = existsSync(REGERINGEN);

// "Stockholm: 42 426 203 kronor", one region a line after a lead-in ending in ":".
const CANCER_LIST: Case = {
  file: join(REGERINGEN, '182-miljoner-betalas-ut-till-regionerna-for-arbete-med-standardiserade-vardforlopp-i-cancervarden.md'),
  table: 1,
  column: '', // a list has no column heads
  unit: 'kr',
  amounts: typed(
    1,
    `Stockholm: 42 426 203
    Uppsala: 6 983 461
    Sörmland: 5 230 061
    Östergötland: 8 172 573
    Jönköpings län: 6 385 854
    Kronoberg: 3 529 969
    Kalmar län: 4 276 780
    Gotland: 1 057 701
    Blekinge: 2 741 038
    Skåne: 24 566 410
    Halland: 5 947 910
    Västra Götalandsregionen: 30 553 294
    Värmland: 4 907 396
    Örebro: 5 332 942
    Västmanland: 4 860 157
    Dalarna: 4 977 839
    Gävleborg: 4 955 655
    Västernorrland: 4 199 352
    Jämtland Härjedalen: 2 292 841
    Västerbotten: 4 799 847
    Norrbotten: 4 302 717`,
  ),
};

// Two GFM tables in millions of kronor: to the regions, and to the municipalities per county.
const BESKED = join(REGERINGEN, 'battre-mojlighet-att-starka-sjukvarden-genom-tidiga-besked-om-statsbidrag.md');
const BESKED_REGIONS: Case = {
  file: BESKED,
  table: 1,
  column: 'Sammanlagda medel per region.* Miljoner kronor',
  unit: 'mnkr',
  amounts: typed(
    1e6,
    `Stockholm: 2 111
    Uppsala: 371
    Sörmland: 279
    Östergötland: 426
    Jönköpings län: 389
    Kronoberg: 189
    Kalmar län: 237
    Gotland: 81
    Blekinge: 173
    Skåne: 1 303
    Halland: 322
    Västra Götaland: 1 606
    Värmland: 279
    Örebro län: 287
    Västmanland: 254
    Dalarna: 285
    Gävleborg: 306
    Västernorrland: 256
    Jämtland Härjedalen: 163
    Västerbotten: 276
    Norrbotten: 249`,
  ),
};
const BESKED_MUNICIPALITIES: Case = {
  file: BESKED,
  table: 2,
  column: 'Överenskommelser medel till kommunerna per län. Miljoner kronor',
  unit: 'mnkr',
  amounts: typed(
    1e6,
    `Stockholm: 110
    Uppsala: 29
    Sörmland: 22
    Östergötland: 38
    Jönköpings län: 29
    Kronoberg: 18
    Kalmar län: 27
    Gotland: 5
    Blekinge: 16
    Skåne: 129
    Halland: 23
    Västra Götaland: 109
    Värmland: 26
    Örebro län: 27
    Västmanland: 23
    Dalarna: 25
    Gävleborg: 19
    Västernorrland: 20
    Jämtland Härjedalen: 10
    Västerbotten: 22
    Norrbotten: 23`,
  ),
};

describe.skipIf(!HAS_REGERINGEN)('kronkoll regions: regeringen.se pages from 2023 as a person reads them', () => {
  it.each([CANCER_LIST, BESKED_REGIONS, BESKED_MUNICIPALITIES])('$file table $table "$column"', async (c) => {
    expect(column(await rowsOf(c.file), c)).toEqual(c.amounts);
  });
});

describe('kronkoll regions: populations, shares and counts per county stay labelled as such', () => {
  it('Tillväxtverket\'s county blocks: population in persons and percentages, never kronor', async () => {
    const rows = await rowsOf(`${FIELD}/tillvaxtverket-lansuppdelad-statistik-eu.txt`);
    expect(rows).toHaveLength(63);
    const pick = (label: string) => rows.filter((r) => r.label === label).map((r) => [r.column.join(' / '), r.measure, r.value, r.amountKr]);
    // Typed from the document: "Skåne / Befolkning: 1 362 164 / Arbetslöshet: 8 % / Tillväxtvilja: 70 %".
    expect(pick('Skåne')).toEqual([
      ['Befolkning', 'befolkning', '1362164', null],
      ['Arbetslöshet', 'andel', '8', null],
      ['Tillväxtvilja', 'andel', '70', null],
    ]);
    expect(pick('Gotland')).toEqual([
      ['Befolkning', 'befolkning', '59249', null],
      ['Arbetslöshet', 'andel', '4', null],
      ['Tillväxtvilja', 'andel', '65', null],
    ]);
  });

  it.each(['sfs-2016-874-lanstal-2017.txt', 'sfs-2019-599-lanstal-2020.txt', 'skr-kongress-ombud-per-lan-2019.txt', 'regionfakta-sjukersattning-2018.txt'])(
    '%s (persons and delegates per county, no unit printed) claims no kronor',
    async (file) => {
      const rows = await rowsOf(`${FIELD}/${file}`);
      expect(rows.length).toBeGreaterThanOrEqual(21);
      expect(rows.filter((r) => r.measure === 'kronor' || r.amountKr !== null)).toEqual([]);
    },
  );
});
