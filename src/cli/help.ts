import { t } from '../messages/index.js';
import type { Rule } from '../rules/types.js';
import { ruleDocs } from '../messages/rules.js';

/** The usage text in the run's language. */
export function usage(): string {
  return t('usage.text');
}

/** Node's parseArgs errors, in the catalogue's words: the option named, Node's English left out. */
export function parseArgsMessage(e: Error): string {
  const code = String((e as { code?: unknown }).code ?? '');
  const option = /'(-{1,2}[^' ]+)/.exec(e.message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('usage.unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return t('usage.optionValue', { option });
  return t('usage.badArguments', { reason: option });
}

export function rulesHelp(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  return rules.map((r) => `${r.meta.id.padEnd(width)}  ${t(`severity.${r.meta.severity}`).padEnd(7)}  ${ruleDocs(r.meta).description}`).join('\n');
}
