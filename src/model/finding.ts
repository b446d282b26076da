import type { Location } from './location.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location: Location;
  related?: { message: string; location: Location }[];
  /** Decimal strings in base units. */
  expected?: string;
  actual?: string;
  /**
   * Stable identity for baselines and SARIF `partialFingerprints`; independent of line
   * numbers. Set once after the rules run (src/findings/fingerprint.ts).
   */
  fingerprint?: string;
}
