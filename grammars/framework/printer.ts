import { Decimal } from 'decimal.js';
import { formatSwedish } from '../amount/index.js';
import type { Frame, FrameAmount, KeyTerm } from '../../src/model/frame.js';

const SCALE_WORD: Record<number, string> = { 1: '', 1000: ' tusen', 1000000: ' miljoner', 1000000000: ' miljarder' };

/**
 * An amount as the language writes it, keeping the precision it was stated with:
 * "2 937 miljoner kr" stays ±0,5 miljoner, "1 237 500 000 kr" stays exact.
 */
export function amountLiteral(a: Pick<FrameAmount, 'value' | 'precision' | 'scale'>): string {
  const scale = SCALE_WORD[a.scale] !== undefined ? a.scale : 1;
  const scaled = a.value.div(scale);
  let decimals = 0;
  if (!a.precision.isZero()) {
    // precision is half the last written digit: 0,05 miljoner → one decimal.
    const unit = a.precision.times(2).div(scale);
    decimals = Math.max(0, -Math.round(Math.log10(unit.toNumber())));
  }
  if (a.precision.isZero() && !scaled.isInteger()) return `${formatSwedish(a.value)} kr`;
  return `${formatSwedish(new Decimal(scaled.toFixed(decimals)))}${SCALE_WORD[scale]} kr`;
}

function keyTermText(t: KeyTerm): string {
  if (t.kind === 'fixed') return `${formatSwedish(t.perRegion)} kr per region`;
  return t.weight === null ? t.base : `${formatSwedish(t.weight)} % ${t.base}`;
}

/** A frame in the framework language; parseFramework(printFrame(f)) gives f back. */
export function printFrame(frame: Frame, comment?: string[]): string {
  const out: string[] = [];
  for (const c of comment ?? []) out.push(`# ${c}`);
  if (frame.agreement !== null) out.push(`överenskommelse "${frame.agreement}"${frame.year ? ` ${frame.year}` : ''}`);
  if (frame.dnr.length > 0) out.push(`dnr ${frame.dnr.join(' ')}`);
  if (frame.source) out.push(`källa "${frame.source}"`);
  if (frame.amounts.length > 0) out.push('');
  const width = Math.max(0, ...frame.amounts.map((a) => a.name.length));
  for (const a of frame.amounts) {
    let line = `belopp ${a.name.padEnd(width)} = ${amountLiteral(a)}`;
    if (a.label) line += ` "${a.label.replace(/"/g, "'")}"`;
    if (a.location?.line !== undefined && a.location.file !== frame.origin.file) line += ` rad ${a.location.line}`;
    out.push(line);
  }
  if (frame.sums.length > 0) out.push('');
  for (const s of frame.sums) {
    const terms = s.terms.map((t, i) => (i === 0 ? (t.sign < 0 ? `- ${t.name}` : t.name) : `${t.sign < 0 ? '-' : '+'} ${t.name}`));
    out.push(`summa ${s.total} = ${terms.join(' ')}`);
  }
  if (frame.keys.length > 0) out.push('');
  for (const k of frame.keys) out.push(`nyckel ${k.name} = ${k.terms.map(keyTermText).join(' + ')}`);
  return out.join('\n') + '\n';
}
