import { basename } from 'node:path';
import type { Figure } from '../../compare/interval.js';
import { compareFigures } from '../../compare/interval.js';
import { frameTitle, type Frame, type FrameAmount } from '../../corpus/frame.js';
import type { Link } from '../../corpus/link.js';
import type { Location } from '../../model/location.js';
import { differenceText, figureText } from './figure-text.js';
import type { RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

/** "överenskommelsen om … 2024 (003_….txt)" or "(corpus/frames/….frame)". */
export function frameRef(frame: Frame, agreementFile: string | null): string {
  return `${frameTitle(frame)} (${basename(agreementFile ?? frame.origin.file)})`;
}

/** "2 937 miljoner kr": a frame amount as its source wrote it. */
export function frameFigureText(a: FrameAmount): string {
  if (a.scale >= 1e6 && !a.precision.isZero()) {
    const n = figureText(a.value.div(a.scale), null);
    return a.scale === 1e9 ? t('figure.billionKr', { n }) : t('figure.millionKr', { n });
  }
  return figureText(a.value, 'SEK');
}

export const fig = (a: { value: Figure['value']; precision: Figure['precision'] }): Figure => ({ value: a.value, precision: a.precision });

/**
 * A decision's figure against the frame's: error when they cannot meet, info when they meet
 * (saying whether the rounding was needed), so a passing check is visible in the report.
 */
export function compareWithFrame(
  link: Link,
  stated: { value: Figure['value']; precision: Figure['precision']; location: Location },
  what: string,
  node: FrameAmount,
): RuleFinding {
  const c = compareFigures(fig(stated), fig(node));
  const ours = figureText(stated.value, 'SEK');
  const theirs = frameFigureText(node);
  const ref = frameRef(link.frame, link.agreement?.file ?? null);
  const base = {
    location: stated.location,
    expected: node.value.toFixed(),
    actual: stated.value.toFixed(),
    related: node.location ? [{ message: t('framework.inFrame', { node: node.name }), location: node.location }] : [],
  };
  if (c.verdict === 'mismatch') {
    return {
      ...base,
      severity: 'error',
      message: t('framework.stated.mismatch', { file: basename(link.doc.file), what, ours, ref, theirs, node: node.name, difference: differenceText(c.difference, c.slack, 'SEK') }),
    };
  }
  return {
    ...base,
    severity: 'info',
    message:
      t('framework.stated.holds', { what, ours, ref, node: node.name, theirs }) +
      (c.verdict === 'within-rounding' ? t('framework.withinRounding', { difference: differenceText(c.difference, c.slack, 'SEK') }) : ''),
  };
}
