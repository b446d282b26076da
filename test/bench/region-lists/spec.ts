/**
 * Random amount lists for the list round-trip benchmark, with the prose around them: what a press
 * release or a web page of an authority prints when it shares money out — a lead-in sentence
 * (with its total, or none), then one item per recipient (a region under any of its names, or an
 * organisation), written in one of the shapes such pages use ("Region Skåne: 12,3 mnkr",
 * "Gotland – 4,5 miljoner kronor", "12,3 mnkr till Region Skåne", "Uppsala (84 300 000 kronor)"),
 * the unit in every item or once in the lead-in, and the total before the list, after it, or not
 * at all. The generator knows every item's value in kronor; render.ts only lays the list out.
 */
import { Decimal } from 'decimal.js';
import { int, pick, rng, shuffle, REGION_LABELS } from '../random.js';

const ORGANISATIONS = [
  'Hembygdsförbundet', 'Studieförbundet Vuxenskolan', 'Stadsmissionen', 'Gnesta kommun', 'Lunds universitet', 'Föreningen Skärgårdsbåtar',
  'Röda Korset', 'Naturskyddsföreningen', 'Riksteatern', 'Idrottsförbundet', 'Scoutkåren Ugglan', 'Länsmuseet', 'Kiruna kommun',
  'Folkets Hus och Parker', 'Bygdegårdarnas Riksförbund', 'Stiftelsen Ungdomsgården', 'Hushållningssällskapet', 'Umeå universitet',
  'Föreningen Norden', 'Kulturhuset Tornet', 'Ideell förening Solrosen', 'Bredbandsföreningen i Åre', 'Astrid Lindgrens Värld',
];

/** How an amount is printed: its unit's words, its scale and how many decimals it carries. */
interface UnitStyle {
  name: string;
  scale: number;
  decimals: number;
  words: string[];
  /** The unit stated once in the lead-in, when the items print bare numbers. */
  leadWords: string;
}
const UNIT_STYLES: UnitStyle[] = [
  { name: 'kronor', scale: 1, decimals: 0, words: ['kronor', 'kr'], leadWords: 'i kronor' },
  { name: 'miljoner', scale: 1e6, decimals: 1, words: ['miljoner kronor', 'mnkr', 'Mkr', 'miljoner', 'mkr'], leadWords: 'i miljoner kronor' },
  { name: 'tusen', scale: 1e3, decimals: 0, words: ['tkr', 'tusen kronor'], leadWords: 'i tusentals kronor' },
];

export type Shape = 'colon' | 'space' | 'dash' | 'paren' | 'comma' | 'amount-first' | 'verb';
export const SHAPES: Shape[] = ['colon', 'space', 'dash', 'paren', 'comma', 'amount-first', 'verb'];
export type TotalPlace = 'lead' | 'sentence-before' | 'after' | 'item' | 'none';

export interface ListItem {
  label: string;
  /** County code when the label names a region. */
  region: string | null;
  /** Value in kronor. */
  value: Decimal;
  /** The item as printed, without a list marker. */
  text: string;
}

export interface AmountList {
  id: string;
  seed: number;
  /** Paragraphs before the lead-in (the total may stand in the last). */
  before: string[];
  /** The lead-in, ending in a colon. */
  leadIn: string;
  items: ListItem[];
  /** The list's last item when it states the total ("Totalt: 18 mnkr"), in the items' shape. */
  totalItem: string | null;
  /** Paragraphs after the list (the total may stand in the first). */
  after: string[];
  total: Decimal | null;
  totalPlace: TotalPlace;
  unit: UnitStyle;
  unitInLead: boolean;
  shape: Shape;
  /** The varied features, as printed in the benchmark's breakdown. */
  features: string[];
}

function digits(v: Decimal, decimals: number, sep: string): string {
  const [whole, frac] = v.toFixed(decimals).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return frac && !/^0+$/.test(frac) ? `${grouped},${frac}` : grouped;
}

function itemText(shape: Shape, label: string, amount: string): string {
  switch (shape) {
    case 'colon': return `${label}: ${amount}`;
    case 'space': return `${label} ${amount}`;
    case 'dash': return `${label} – ${amount}`;
    case 'paren': return `${label} (${amount})`;
    case 'comma': return `${label}, ${amount}`;
    case 'amount-first': return `${amount} till ${label}`;
    case 'verb': return `${label} får ${amount}`;
  }
}

const LEAD_WITH_TOTAL = [
  (t: string) => `Medlen, totalt ${t}, fördelas så här:`,
  (t: string) => `Totalt fördelas ${t} enligt följande:`,
  (t: string) => `Av de ${t} som avsatts går följande belopp till mottagarna:`,
  (t: string) => `Sammanlagt beviljas ${t}, fördelat på följande sätt:`,
  (t: string) => `Myndigheten har beslutat om ${t} till följande mottagare:`,
];
const LEAD_PLAIN = ['Så här fördelas pengarna:', 'Följande mottagare får medel:', 'Fördelningen ser ut så här:', 'Pengarna fördelas enligt nedan:', 'Beslutet omfattar dessa mottagare:'];
const SENTENCE_BEFORE = [
  (t: string) => `Regeringen betalar ut ${t} för arbetet i år.`,
  (t: string) => `I årets fördelning ingår totalt ${t}.`,
  (t: string) => `Satsningen omfattar sammanlagt ${t} under året.`,
];
const AFTER_TOTAL = [(t: string) => `Totalt fördelas ${t}.`, (t: string) => `Sammanlagt blir det ${t}.`, (t: string) => `Tillsammans får mottagarna ${t}.`];
const OPENINGS = [
  'Medlen ska användas till insatser som stärker arbetet lokalt.',
  'Beslutet fattades vid nämndens sammanträde i veckan.',
  'Stödet är en del av en större satsning som pågår under flera år.',
];
const CLOSINGS = ['Pengarna betalas ut under våren.', 'Mottagarna ska redovisa hur medlen har använts senast i februari nästa år.', 'Frågor besvaras av handläggaren på myndigheten.'];

export function randomList(id: string, seed: number): AmountList {
  const r = rng(seed);
  const features: string[] = [];
  const regions = r() < 0.6;
  features.push(`recipients ${regions ? 'regions' : 'organisations'}`);
  const n = regions ? (r() < 0.3 ? 21 : int(r, 2, 20)) : int(r, 2, 12);
  features.push(`items ${n <= 4 ? '2–4' : n <= 10 ? '5–10' : '11–21'}`);
  const labels: { label: string; region: string | null }[] = [];
  if (regions) {
    const form = int(r, 0, 2);
    const chosen = shuffle(r, REGION_LABELS).slice(0, n);
    if (r() < 0.6) chosen.sort((a, b) => a[0].localeCompare(b[0]));
    for (const [code, forms] of chosen) labels.push({ label: r() < 0.9 ? forms[form]! : pick(r, forms), region: code });
    features.push(`region names ${['short', 'Region …', '… län'][form]}`);
  } else {
    for (const label of shuffle(r, ORGANISATIONS).slice(0, n)) labels.push({ label, region: null });
  }
  const unit = pick(r, UNIT_STYLES);
  const shape = pick(r, SHAPES);
  features.push(`shape ${shape}`);
  // A bare figure stands after its label, set off by a colon, a dash, a comma or a space; "12,3 till Region Skåne" is not written.
  const unitInLead = ['colon', 'space', 'dash', 'comma'].includes(shape) && r() < 0.25;
  const word = pick(r, unit.words);
  features.push(unitInLead ? `unit in lead-in (${unit.name})` : `unit "${word}"`);
  const sep = pick(r, [' ', ' ', '\u00a0']);
  if (sep !== ' ') features.push('no-break spaces');

  // Values as printed, then in kronor: whole kronor, thousands, or millions with at most one decimal.
  const printed = labels.map(() => {
    if (unit.scale === 1) return new Decimal(int(r, 5, 9000)).mul(pick(r, [1000, 100, 1]));
    if (unit.scale === 1e3) return new Decimal(int(r, 50, 90000));
    return new Decimal(int(r, 5, 4000)).div(r() < 0.5 ? 10 : 1);
  });
  const amount = (v: Decimal) => (unitInLead ? digits(v, unit.decimals, sep) : `${digits(v, unit.decimals, sep)} ${word}`);
  const items: ListItem[] = labels.map((l, k) => ({ ...l, value: printed[k]!.mul(unit.scale), text: itemText(shape, l.label, amount(printed[k]!)) }));
  const sum = printed.reduce((a, v) => a.plus(v), new Decimal(0));
  // The total always carries its unit in words, as a sentence does.
  const totalText = `${digits(sum, unit.decimals, sep)} ${unitInLead ? unit.words[0] : word}`;
  const totalPlace: TotalPlace = pick(r, ['lead', 'lead', 'sentence-before', 'after', 'item', 'none']);
  features.push(`total ${totalPlace}`);

  const before = [pick(r, OPENINGS)];
  const after = [pick(r, CLOSINGS)];
  let leadIn: string;
  if (totalPlace === 'lead') leadIn = pick(r, LEAD_WITH_TOTAL)(totalText);
  else leadIn = pick(r, LEAD_PLAIN);
  if (totalPlace === 'sentence-before') before.push(pick(r, SENTENCE_BEFORE)(totalText));
  if (totalPlace === 'after') after.unshift(pick(r, AFTER_TOTAL)(totalText));
  if (unitInLead) leadIn = leadIn.replace(/:$/, ` (belopp ${unit.leadWords}):`);
  // A last item that sums the list, in the items' own shape ("Totalt: 18 mnkr", "Summa – 18 mnkr"); an amount-first or verb shape names it plainly.
  const totalWord = pick(r, ['Totalt', 'Summa', 'Sammanlagt']);
  const totalItem = totalPlace === 'item' ? itemText(shape === 'amount-first' || shape === 'verb' ? 'colon' : shape, totalWord, amount(sum)) : null;
  return {
    id, seed, before, leadIn, items, totalItem, after, unit, unitInLead, shape, features,
    total: totalPlace === 'none' ? null : sum.mul(unit.scale),
    totalPlace,
  };
}

/** The same list with one item's leading digit changed and the total as printed: a change no rounding explains. */
export function mutant(l: AmountList): AmountList | null {
  if (l.total === null) return null;
  const r = rng(l.seed ^ 0x5bd1e995);
  const k = int(r, 0, l.items.length - 1);
  const items = l.items.map((item, i) => {
    if (i !== k) return item;
    // The first digit of the amount (never one in the label, which comes first in most shapes).
    const at = l.shape === 'amount-first' ? 0 : item.label.length;
    const head = item.text.slice(0, at);
    const text = head + item.text.slice(at).replace(/\d/, (d) => String(((Number(d) - 1 + int(r, 1, 8)) % 9) + 1));
    return { ...item, text };
  });
  return { ...l, id: `${l.id}m`, items };
}
