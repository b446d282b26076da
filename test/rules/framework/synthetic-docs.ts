import type { Source } from '../rule-tester.js';

/**
 * Agreements and payout decisions written for the framework rules' tests, in wordings other
 * than the seeds' (000, 003): active and passive, present and past, other synonyms. The
 * figures are chosen so that the arithmetic can be checked by hand:
 *
 *   frame: totalt 600 = regioner 580 + SKR 20; regioner 580 = efter rekvisition 300 + utan 280
 *   decision: remaining 280 = 600 − 300 − 20; this decision 230 = 280 − 50 paid in June
 */
export function agreement(opts: { name: string; year: number; table?: string; prose?: string }): Source {
  const table =
    opts.table ??
    ['1. Medel till regionerna 580', '1.1. Varav medel som utbetalas efter rekvisition 300', '1.2. Varav medel som utbetalas utan rekvisition 280', '2. Medel till SKR 20', 'Totalt 600'].join('\n');
  return {
    file: 'avtal.txt',
    text: [
      'Socialdepartementet',
      '',
      `Överenskommelse om ${opts.name} ${opts.year}`,
      '',
      opts.prose ?? `Denna överenskommelse mellan staten och Sveriges Kommuner och Regioner om ${opts.name} ${opts.year} gäller under ett år.`,
      '',
      'Bilaga 1',
      '',
      'Tabell 1. Fördelning av medel',
      '',
      ' Miljoner kronor',
      table,
      '',
      'Överenskommelsen har upprättats i två exemplar.',
      '',
    ].join('\n'),
  };
}

/** A payout decision under the agreement, with its statements given as sentences. */
export function payout(opts: { name: string; year: number; file?: string; decision: string; statements: string[]; table?: string }): Source {
  return {
    file: opts.file ?? 'beslut.txt',
    text: [
      `${opts.year}-11-20`,
      'S2099/00456',
      '',
      'Socialdepartementet',
      '',
      `Utbetalning av medel i enlighet med överenskommelsen om ${opts.name} ${opts.year}`,
      '',
      'Regeringens beslut',
      '',
      opts.decision,
      '',
      'Ärendet',
      '',
      ...opts.statements.flatMap((s) => [s, '']),
      ...(opts.table ? [opts.table, ''] : []),
      'På regeringens vägnar',
      '',
    ].join('\n'),
  };
}
