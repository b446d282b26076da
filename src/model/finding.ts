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
}
