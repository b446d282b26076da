import { t } from '../messages/index.js';
import { DEFAULT_LIMITS, type ReadOptions } from '../readers/read-limits.js';
import { UsageError } from './usage-error.js';

export { READ_OPTIONS } from './option-tables.js';

export const PDF_ENGINES = ['auto', 'fast', 'pdfjs'] as const;

function positive(name: string, value: string | undefined, fallback: number, scale = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(t('usage.positive', { option: name, got: value }));
  return n * scale;
}

export function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(t('usage.choice', { option: name, allowed: allowed.join(', '), got: value }));
}

export function readOptionsOf(values: { 'max-pages'?: string; timeout?: string; 'max-size'?: string; 'pdf-engine'?: string; password?: string }): ReadOptions {
  return {
    maxPages: Math.floor(positive('max-pages', values['max-pages'], DEFAULT_LIMITS.maxPages)),
    timeoutMs: positive('timeout', values.timeout, DEFAULT_LIMITS.timeoutMs, 1000),
    maxBytes: Math.floor(positive('max-size', values['max-size'], DEFAULT_LIMITS.maxBytes, 1024 * 1024)),
    pdfEngine: choice('pdf-engine', values['pdf-engine'], PDF_ENGINES, 'auto'),
    ...(values.password !== undefined ? { password: values.password } : {}),
  };
}
