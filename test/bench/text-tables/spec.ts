/**
 * Random tables for the text round-trip benchmark, with the text around them: what a public page
 * holds, varied over the whole space such pages cover (value columns, rows, label kinds and
 * lengths, code columns, where the unit is stated, header levels, wrapped header cells, totals at
 * the foot or the head, sections with subtotals, "varav" rows, notes, blanks, negatives, decimals,
 * plus signs, shares, digit-group separators). The generator knows every cell's true value in
 * base units; the renderers (render.ts) only lay the table out.
 */
import { Decimal } from 'decimal.js';
import { int, pick, rng, shuffle, type Rand, REGION_LABELS } from '../random.js';

export const SEPARATORS = { space: ' ', nbsp: '\u00a0', nnbsp: '\u202f', thin: '\u2009', none: '' } as const;
export type SeparatorName = keyof typeof SEPARATORS;

const MUNICIPALITIES = [
  'Ale', 'Alingsås', 'Arvika', 'Boden', 'Borås', 'Eslöv', 'Falun', 'Gnesta', 'Gävle', 'Göteborg', 'Haninge', 'Hudiksvall',
  'Höör', 'Kalix', 'Karlstad', 'Kiruna', 'Kumla', 'Lidköping', 'Luleå', 'Lund', 'Malmö', 'Motala', 'Nacka', 'Norrtälje',
  'Piteå', 'Sala', 'Sjöbo', 'Skövde', 'Sundsvall', 'Tranås', 'Umeå', 'Uppvidinge', 'Vänersborg', 'Värmdö', 'Västervik',
  'Växjö', 'Ystad', 'Åmål', 'Örnsköldsvik', 'Östersund', 'Överkalix', 'Arjeplog', 'Bjurholm', 'Dorotea', 'Torsby',
];
const ACTIVITIES = [
  'Kommunfullmäktige', 'Kommunstyrelsen', 'Barn- och utbildningsnämnden', 'Socialnämnden', 'Tekniska nämnden', 'Kultur- och fritidsnämnden',
  'Miljö- och byggnämnden', 'Överförmyndare', 'Revision', 'Valnämnd', 'Räddningstjänst', 'Äldreomsorg', 'Grundskola', 'Gymnasieskola',
  'Förskola', 'Vuxenutbildning', 'Gator och vägar', 'Bibliotek', 'Personalkostnader', 'Lokalkostnader', 'Avskrivningar', 'Skatteintäkter',
  'Generella statsbidrag', 'Finansiella intäkter', 'Finansiella kostnader', 'Verksamhetens intäkter', 'Verksamhetens kostnader',
  'Jordbruk', 'Skogsbruk', 'Tillverkning', 'Byggverksamhet', 'Handel', 'Transport', 'Information och kommunikation', 'Utbildning', 'Vård och omsorg',
  'IT', 'VA', 'Kvinnor', 'Män', 'Aktiebolag', 'Enskild firma', 'Ekonomiska föreningar',
];
const DIGIT_LABELS = [
  '1:1 Polismyndigheten', '1:2 Säkerhetspolisen', '2:1 Kriminalvården', '1:5 Bidrag till regional tillväxt', 'Bidrag enligt SFS 2016:874',
  'Investeringar 2019–2021', 'Projekt 12', 'Åk 7–9', 'Åk 1–6', 'Ålder 16–64 år', '65 år och äldre', 'Anslag 22:1', 'Fas 3', 'Etapp 2 (2020)',
  'Företag med 10–49 anställda', 'Företag med 1–9 anställda', 'Lägenheter i flerbostadshus byggda 1961–1975', 'Utbetalt 2022', 'Insats 4.2',
];
const LONG_WORDS = [
  'bidrag', 'till', 'verksamhet', 'inom', 'området', 'för', 'regional', 'utveckling', 'och', 'samverkan', 'med', 'kommuner', 'regioner',
  'ideella', 'organisationer', 'statlig', 'medfinansiering', 'av', 'projekt', 'insatser', 'särskilda', 'åtgärder', 'stöd', 'ersättning',
  'kostnader', 'personal', 'lokaler', 'administration', 'uppföljning', 'kompetensförsörjning', 'omställning', 'landsbygd',
];
const NAMES = ['Grundbelopp', 'Tillägg', 'Prestation', 'Utveckling', 'Kvalitet', 'Ersättning', 'Bidrag', 'Intäkter', 'Kostnader', 'Netto', 'Utfall', 'Budget', 'Prognos', 'Avvikelse', 'Beviljat', 'Utbetalt'];
const GROUPS = ['Utfall', 'Budget', 'Prognos', 'Kvinnor', 'Män', 'Drift', 'Investering', 'Plan', 'Beviljade medel', 'Utbetalda medel'];
const TOPS = ['Belopp', 'Fördelning', 'Medel per år', 'Ekonomisk plan'];
// Sums of money only: a count's header ("Totalt antal …") under a money unit is read as a count, and a rate
// ("… per invånare") is summed by no reading, rightly; the generator sums every column.
const LONG_HEADERS = ['Beviljat belopp totalt', 'Totalt stöd till bostäder som fått startbesked', 'Budget efter ändringar', 'Förändring mot föregående år', 'Nettokostnad efter statsbidrag', 'Utbetalt under perioden'];
const SECTIONS = ['Intäkter', 'Kostnader', 'Verksamhet', 'Finansiering', 'Tillgångar', 'Skulder', 'Förvaltning', 'Investeringar'];

export interface UnitSpec {
  /** Phrase as printed. */
  text: string;
  scale: number;
  percent?: boolean;
}
const UNITS: UnitSpec[] = [
  { text: 'tkr', scale: 1000 },
  { text: 'mnkr', scale: 1e6 },
  { text: 'Belopp i miljoner kronor', scale: 1e6 },
  { text: 'Belopp i tusental kronor', scale: 1000 },
  { text: 'Antal', scale: 1 },
  { text: 'kronor', scale: 1 },
  { text: '%', scale: 1, percent: true },
];

export type UnitPlace = 'caption' | 'sentence' | 'header' | 'stub' | 'none';
export type RowKind = 'data' | 'total' | 'subtotal' | 'part' | 'heading';

export interface GenCell {
  text: string;
  /** Value as printed (before the unit's scale), null for a blank or a hidden figure. */
  value: Decimal | null;
}
export interface GenRow {
  label: string;
  code: string | null;
  /** County code when the label names a county. */
  region: string | null;
  kind: RowKind;
  cells: GenCell[];
}

export interface TextTable {
  id: string;
  seed: number;
  caption: string | null;
  /** Paragraphs before the caption and after the table (footnotes included). */
  before: string[];
  after: string[];
  unit: UnitSpec | null;
  unitPlace: UnitPlace;
  scale: number;
  /** Header path per value column, top level first; equal neighbours at a level form a span. */
  columns: string[][];
  /** Header cells that a rendering that can wrap prints over two lines. */
  wrapHeader: boolean;
  labelHeader: string;
  codeHeader: string | null;
  rows: GenRow[];
  separator: SeparatorName;
  /** Variant choices the renderers draw on (outer pipes, blank lines, gaps). */
  variant: number;
  /** The varied features, as printed in the benchmark's breakdown. */
  features: string[];
}

const band = (n: number, edges: [number, number, string][]): string => edges.find(([lo, hi]) => n >= lo && n <= hi)![2];

function longLabel(r: Rand, min: number, max: number): string {
  const target = int(r, min, max);
  let s = pick(r, ['Bidrag', 'Stöd', 'Ersättning', 'Insatser', 'Kostnader', 'Medel']);
  while (s.length < target) s += ' ' + pick(r, LONG_WORDS);
  return s.slice(0, max).trimEnd();
}

/** Values of `n` data rows in one column, as printed; `total` their sum unless hidden figures lift it. */
interface Style {
  decimals: number;
  negatives: boolean;
  minus: string;
  plus: boolean;
  notes: boolean;
  blanks: boolean;
  percent: boolean;
  magnitude: number;
}

function formatNumber(v: Decimal, s: Style, sep: string): string {
  const neg = v.isNegative();
  const [int, frac] = v.abs().toFixed(s.decimals).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const body = frac ? `${grouped},${frac}` : grouped;
  if (neg) return s.minus + body;
  return s.plus && !v.isZero() ? `+${body}` : body;
}

export function randomTable(id: string, seed: number): TextTable {
  const r = rng(seed);
  const features: string[] = [];
  // Columns.
  const width = r() < 0.5 ? int(r, 1, 4) : r() < 0.6 ? int(r, 5, 9) : int(r, 10, 16);
  features.push(`value columns ${band(width, [[1, 1, '1'], [2, 4, '2–4'], [5, 8, '5–8'], [9, 14, '9–14'], [15, 16, '15–16']])}`);
  const levels = width >= 2 && r() < 0.45 ? (width >= 4 && r() < 0.3 ? 3 : 2) : 1;
  features.push(`header levels ${levels}`);
  const firstYear = int(r, 1995, 2024 - width);
  const yearsLeaf = r() < 0.55;
  let columns: string[][];
  if (levels === 1) {
    const names = shuffle(r, NAMES);
    columns = Array.from({ length: width }, (_, k) => [yearsLeaf ? String(firstYear + k) : k < names.length ? names[k]! : `${names[k % names.length]} ${k}`]);
  } else {
    // Groups of 2–4 leaves, each group the same leaves (years) under another title.
    const per = Math.max(1, Math.min(width, int(r, 2, 4)));
    const groups = shuffle(r, GROUPS);
    columns = Array.from({ length: width }, (_, k) => {
      const g = Math.floor(k / per);
      const leaf = yearsLeaf ? String(firstYear + (k % per)) : `${pick(r, ['Kvartal', 'Period', 'Del'])} ${(k % per) + 1}`;
      return [g < groups.length ? groups[g]! : `${groups[g % groups.length]} ${g}`, leaf];
    });
    if (levels === 3) {
      const top = pick(r, TOPS);
      columns = columns.map((c) => [top, ...c]);
    }
  }
  const wrapHeader = r() < 0.3;
  if (wrapHeader) {
    const k = int(r, 0, width - 1);
    const leaf = columns[k]!;
    leaf[leaf.length - 1] = pick(r, LONG_HEADERS);
    features.push('wrapped header');
  }

  // Unit.
  const unit = r() < 0.2 ? null : pick(r, UNITS);
  const unitPlace: UnitPlace = unit === null ? 'none' : pick(r, ['caption', 'sentence', 'header', 'stub'] as const);
  features.push(`unit ${unitPlace}`);
  if (unit) features.push(`unit "${unit.text}"`);
  const percent = unit?.percent === true;

  // Rows.
  const labelKind = pick(r, ['regions', 'municipalities', 'activities', 'descriptive', 'with digits'] as const);
  features.push(`labels ${labelKind}`);
  const sectioned = labelKind !== 'regions' && !percent && r() < 0.25;
  if (sectioned) features.push('sections with subtotals');
  let dataCount = labelKind === 'regions' ? (r() < 0.5 ? 21 : int(r, 2, 21)) : r() < 0.6 ? int(r, 2, 12) : int(r, 13, 58);
  if (sectioned) dataCount = Math.max(dataCount, 4);
  const labels: { label: string; region: string | null; code: string | null }[] = [];
  if (labelKind === 'regions') {
    const form = int(r, 0, 2);
    const chosen = shuffle(r, REGION_LABELS).slice(0, dataCount);
    if (r() < 0.6) chosen.sort((a, b) => a[0].localeCompare(b[0]));
    for (const [code, forms] of chosen) labels.push({ label: r() < 0.9 ? forms[form]! : pick(r, forms), region: code, code });
  } else {
    const pool =
      labelKind === 'municipalities' ? shuffle(r, MUNICIPALITIES)
      : labelKind === 'activities' ? shuffle(r, ACTIVITIES)
      : labelKind === 'with digits' ? shuffle(r, DIGIT_LABELS)
      : [];
    const seen = new Set<string>();
    for (let k = 0; labels.length < dataCount && k < 400; k++) {
      const label = k < pool.length ? pool[k]! : labelKind === 'descriptive' || r() < 0.5 ? longLabel(r, 46, 100) : longLabel(r, 12, 45);
      if (seen.has(label.toLowerCase())) continue;
      seen.add(label.toLowerCase());
      labels.push({ label, region: null, code: String(int(r, 1, 9)) + String(labels.length).padStart(3, '0') });
    }
  }
  const maxLabel = Math.max(...labels.map((l) => l.label.length));
  features.push(`longest label ${band(maxLabel, [[0, 20, '≤20'], [21, 45, '21–45'], [46, 70, '46–70'], [71, 200, '71–100']])}`);
  const codeColumn = r() < 0.25;
  if (codeColumn) features.push('code column');

  const style: Style = {
    decimals: percent ? 1 : r() < 0.2 ? int(r, 1, 2) : 0,
    negatives: !percent && r() < 0.2,
    minus: pick(r, ['\u2212', '-', '–']),
    plus: false,
    notes: r() < 0.15,
    blanks: r() < 0.2,
    percent,
    magnitude: pick(r, [100, 1000, 1e4, 1e5, 1e6, 1e7]),
  };
  // Magnitudes a page prints: fewer digits before a decimal comma, and no table of thousands of billions.
  if (style.decimals > 0 && !percent) style.magnitude = Math.min(style.magnitude, 1e4);
  if ((unit?.scale ?? 1) >= 1e6) style.magnitude = Math.min(style.magnitude, 1e5);
  style.plus = style.negatives && r() < 0.4;
  if (style.decimals > 0 && !percent) features.push('decimals');
  if (style.negatives) features.push(`negatives "${style.minus === '\u2212' ? '−' : style.minus}"`);
  if (style.plus) features.push('plus signs');
  if (style.notes) features.push('cell notes');
  if (style.blanks) features.push('blanks');
  const separator: SeparatorName = pick(r, Object.keys(SEPARATORS) as SeparatorName[]);
  if (style.magnitude >= 1e4 || (style.magnitude >= 1000 && !percent)) features.push(`digit groups ${separator}`);

  const sep = SEPARATORS[separator];
  const unitStep = new Decimal(10).pow(-style.decimals);
  const randomValue = (): Decimal => {
    let v = new Decimal(Math.floor(style.magnitude * (0.02 + r()) * 10 ** style.decimals)).mul(unitStep);
    if (style.negatives && r() < 0.3) v = v.neg();
    return v;
  };
  const cellOf = (v: Decimal, note = false): GenCell => ({ text: formatNumber(v, style, sep) + (note ? pick(r, ['*', '¹', ' *', '²']) : ''), value: v });

  // Percent: shares of each column summing to 100 exactly, in tenths.
  const shareColumn = (): Decimal[] => {
    const weights = labels.map(() => 1 + r() * 9);
    const sum = weights.reduce((a, b) => a + b, 0);
    const tenths = weights.map((w) => Math.floor((w / sum) * 1000));
    tenths[0]! += 1000 - tenths.reduce((a, b) => a + b, 0);
    return tenths.map((t) => new Decimal(t).div(10));
  };

  const rows: GenRow[] = [];
  const columnsValues = Array.from({ length: width }, () => (percent ? shareColumn() : labels.map(() => randomValue())));
  let hiddenNote = false;
  const dataRow = (i: number): GenRow => {
    const l = labels[i]!;
    const cells = columnsValues.map((col) => {
      const v = col[i]!;
      if (style.blanks && !percent && r() < 0.12) {
        const mark = pick(r, ['..', '–', '<5', '']);
        // A hidden figure ("<5") still counts in the total; a blank ("..", "–", empty) is nothing.
        if (mark === '<5') {
          hiddenNote = true;
          col[i] = new Decimal(int(r, 1, 4));
        } else col[i] = new Decimal(0);
        return { text: mark, value: null };
      }
      return cellOf(v, style.notes && r() < 0.15);
    });
    return { label: l.label, code: l.code, region: l.region, kind: 'data', cells };
  };
  const sumRows = (idx: number[]): Decimal[] => columnsValues.map((col) => idx.reduce((a, i) => a.plus(col[i]!), new Decimal(0)));
  const totalLabel = labelKind === 'regions' ? pick(r, ['Summa', 'Totalt', 'Riket', 'Hela landet']) : pick(r, ['Summa', 'Totalt', 'Summa totalt']);
  const hasTotal = width >= 1 && r() < 0.85;
  const totalAtHead = hasTotal && !sectioned && r() < 0.25;
  const varav = !percent && !sectioned && labelKind !== 'regions' && r() < 0.2;
  if (varav) features.push('varav rows');

  const totalRow = (idx: number[], label: string, kind: 'total' | 'subtotal'): GenRow => ({
    label,
    code: null,
    region: null,
    kind,
    cells: sumRows(idx).map((v) => cellOf(v)),
  });
  const varavRow = (i: number): GenRow => {
    const cells = columnsValues.map((col) => {
      const v = col[i]!;
      if (v.isNegative() || v.isZero()) return { text: '', value: null };
      const part = v.mul(int(r, 1, 9)).div(10).toDecimalPlaces(style.decimals, Decimal.ROUND_DOWN);
      return cellOf(part);
    });
    return { label: `varav ${pick(r, ['statsbidrag', 'personal', 'lokaler', 'kvinnor', 'nyanställda', 'investeringar'])}`, code: null, region: null, kind: 'part', cells };
  };

  if (sectioned) {
    const sections = Math.min(int(r, 2, 4), Math.floor(labels.length / 2));
    const names = shuffle(r, SECTIONS);
    const cut = labels.length / sections;
    const subs: number[][] = [];
    for (let s = 0; s < sections; s++) {
      const idx = labels.map((_, i) => i).filter((i) => Math.floor(i / cut) === s);
      rows.push({ label: names[s]!, code: null, region: null, kind: 'heading', cells: columnsValues.map(() => ({ text: '', value: null })) });
      for (const i of idx) rows.push(dataRow(i));
      rows.push(totalRow(idx, `Summa ${names[s]!.toLowerCase()}`, 'subtotal'));
      subs.push(idx);
    }
    if (hasTotal) rows.push(totalRow(labels.map((_, i) => i), totalLabel, 'total'));
  } else {
    for (let i = 0; i < labels.length; i++) {
      rows.push(dataRow(i));
      if (varav && r() < 0.3) rows.push(varavRow(i));
    }
    if (hasTotal) {
      const t = totalRow(labels.map((_, i) => i), totalLabel, 'total');
      if (totalAtHead) rows.unshift(t);
      else rows.push(t);
    }
  }
  if (hasTotal) features.push(totalAtHead ? 'total at head' : 'total at foot');
  else features.push('no total');
  features.push(`rows ${band(rows.length, [[0, 5, '2–5'], [6, 15, '6–15'], [16, 30, '16–30'], [31, 100, '31–60']])}`);

  // Text around.
  const subject = pick(r, ['Fördelning av medel', 'Driftredovisning', 'Resultaträkning', 'Anmälda brott', 'Beviljat bidrag', 'Befolkning', 'Nettokostnader', 'Utbetalningar']);
  const per = labelKind === 'regions' ? ' per län' : labelKind === 'municipalities' ? ' per kommun' : '';
  const captionCore = `${subject}${per} ${firstYear}`;
  const caption = r() < 0.85 ? `${pick(r, ['Tabell ' + int(r, 1, 12) + '. ', 'Tabell ' + int(r, 1, 12) + ' ', ''])}${captionCore}${unitPlace === 'caption' ? `, ${unit!.text}` : ''}` : null;
  const before: string[] = [];
  const prose = [
    'Regeringen har beslutat om fördelningen efter samråd med berörda myndigheter.',
    'Uppgifterna bygger på den senaste uppföljningen och kan komma att justeras.',
    'Medlen ska användas för att stärka verksamheten och följas upp årligen.',
    'Av tabellen nedan framgår hur medlen fördelas mellan mottagarna.',
    'Redovisningen omfattar samtliga verksamheter som finansieras med skattemedel.',
  ];
  const paragraphs = shuffle(r, prose);
  for (let k = int(r, 0, 2); k > 0; k--) before.push(paragraphs.pop()!);
  if (unitPlace === 'sentence') before.push(pick(r, [`${unit!.text}.`, `Beloppen anges i ${unit!.text}.`, `Uppgifterna redovisas i ${unit!.text}.`]).replace(/^Beloppen anges i Belopp i /, 'Belopp i ').replace(/^Uppgifterna redovisas i (Belopp|Antal)/, '$1'));
  if (caption === null && unitPlace === 'caption') before.push(`${captionCore}, ${unit!.text}`);
  const after: string[] = [];
  if (style.notes) after.push(pick(r, ['* Preliminära uppgifter.', '¹ Avser helår.', '* Inklusive ändringsbudget.']));
  if (hiddenNote) after.push('<5 anges för färre än fem fall.');
  if (r() < 0.5) after.push(pick(r, ['Källa: SCB.', 'Källa: Ekonomistyrningsverket.', 'Källa: egen bearbetning.']));
  for (let k = int(r, 0, 2); k > 0; k--) after.push(paragraphs.pop()!);

  const labelHeader = unitPlace === 'stub' ? unit!.text : pick(r, labelKind === 'regions' ? ['Län', 'Region', 'Länsvis', ''] : ['Verksamhet', 'Kommun', 'Post', '']);
  if (unitPlace === 'header') {
    // The unit in every value column's lowest header cell ("2021, tkr", "Utfall (mnkr)").
    const short = unit!.text.replace(/^Belopp i /, '');
    const form = pick(r, [(h: string) => `${h}, ${short}`, (h: string) => `${h} (${short})`]);
    columns = columns.map((c) => [...c.slice(0, -1), form(c[c.length - 1]!)]);
  }
  return {
    id,
    seed,
    caption,
    before,
    after,
    unit,
    unitPlace,
    scale: unit?.scale ?? 1,
    columns,
    wrapHeader,
    labelHeader,
    codeHeader: codeColumn ? pick(r, labelKind === 'regions' ? ['Länskod', 'Kod'] : ['Kod', 'Konto']) : null,
    rows: codeColumn ? rows : rows.map((row) => ({ ...row, code: null })),
    separator,
    variant: Math.floor(r() * 1e9),
    features,
  };
}

/**
 * The same table with one data cell changed and every total and subtotal as printed: a sum no
 * longer holds. Null when the table has no total to break.
 */
export function mutant(t: TextTable): TextTable | null {
  if (!t.rows.some((x) => x.kind === 'total' || x.kind === 'subtotal')) return null;
  const r = rng(t.seed ^ 0x5bd1e995);
  const candidates: [number, number][] = [];
  t.rows.forEach((row, i) => {
    if (row.kind === 'data') row.cells.forEach((c, k) => c.value !== null && !/[*¹²]/.test(c.text) && candidates.push([i, k]));
  });
  if (candidates.length === 0) return null;
  const [i, k] = pick(r, candidates);
  const rows = t.rows.map((row, ri) => {
    if (ri !== i) return row;
    const cells = row.cells.slice();
    const old = cells[k]!;
    // The leading digit becomes another (never 0): a change no rounding of the printed parts explains.
    let done = false;
    const text = old.text.replace(/\d/, (d) => {
      done = true;
      return String(((Number(d) - 1 + int(r, 1, 8)) % 9) + 1);
    });
    if (!done) return row;
    cells[k] = { text, value: null };
    return { ...row, cells };
  });
  return { ...t, id: `${t.id}m`, rows };
}
