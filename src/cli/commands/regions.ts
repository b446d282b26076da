import { parseArgs } from 'node:util';
import { t } from '../../messages/index.js';
import type { Document } from '../../model/document.js';
import { matchRegion, regionByCode } from '../../regions/index.js';
import { tidyRows } from '../../report/regions-rows.js';
import { DEFAULT_LIMITS } from '../../readers/read-limits.js';
import { FORMATS, formatNames } from '../formats.js';
import type { Io } from '../io.js';
import { loadAll } from '../load-all.js';
import { UsageError } from '../usage-error.js';
import { inputsOf, STDIN_OPTIONS } from '../inputs.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "Länsstyrelsen i Skåne län": a county's administrative board stands for its county, as in the tables. */
const BOARD = /^länsstyrelsen\s+i\s+/i;

/** A region as a reader names it: any name or variant the registry knows, or a county code ("12"). */
export function regionCode(name: string): string {
  const byCode = /^\d{1,2}$/.test(name.trim()) ? regionByCode(name) : undefined;
  const board = BOARD.exec(name.trim());
  const code = byCode?.code ?? matchRegion(name)?.code ?? (board ? matchRegion(name.trim().slice(board[0].length))?.code : undefined);
  if (code === undefined) throw new UsageError(t('usage.unknownRegion', { name }));
  return code;
}

function dateOption(option: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!ISO_DATE.test(value)) throw new UsageError(t('usage.badDate', { option, got: value }));
  return value;
}

/** Documents dated within [from, to]; without a filter every document, dated or not. */
export function withinDates(docs: readonly Document[], from: string | null, to: string | null): { kept: Document[]; dateless: number } {
  if (from === null && to === null) return { kept: [...docs], dateless: 0 };
  const kept: Document[] = [];
  let dateless = 0;
  for (const d of docs) {
    if (d.date === null) dateless += 1;
    else if ((from === null || d.date >= from) && (to === null || d.date <= to)) kept.push(d);
  }
  return { kept, dateless };
}

/** `kronkoll regions PATH… [--region NAME]… [--from DATE] [--to DATE] [--format csv|json|text]`. */
export async function regionsCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      region: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      ...STDIN_OPTIONS,
    },
  });
  const names = formatNames('regions');
  const format = values.format ?? names[0]!;
  if (!(names as string[]).includes(format)) throw new UsageError(t('usage.choice', { option: 'format', allowed: names.join(', '), got: format }));
  if (positionals.length === 0) throw new UsageError(t('usage.needsPaths', { command: 'regions' }));
  const codes = new Set((values.region ?? []).map(regionCode));
  const from = dateOption('from', values.from);
  const to = dateOption('to', values.to);
  const { files, stdin } = await inputsOf(positionals, values, DEFAULT_LIMITS.maxBytes, io);
  const { docs, errors } = await loadAll(files, DEFAULT_LIMITS, { stdin });
  for (const e of errors) io.err(`kronkoll: ${e.file}: ${e.reason}`);
  const { kept, dateless } = withinDates(docs, from, to);
  if (dateless > 0) io.err(`kronkoll: ${t('input.datelessSkipped', { count: String(dateless) })}`);
  const rows = tidyRows(kept, { regionsOnly: true, regions: codes });
  io.out(FORMATS.regions[format as keyof typeof FORMATS.regions](rows));
  return errors.length > 0 ? 2 : 0;
}
