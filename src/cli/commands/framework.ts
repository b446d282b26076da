import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFramework, printFrame } from '../../../grammars/framework/index.js';
import { deriveFrame } from '../../corpus/derive.js';
import { FRAME_EXTENSION } from '../../corpus/pinned.js';
import type { Io } from '../io.js';
import { loadAll } from '../load-all.js';
import { READ_OPTIONS, readOptionsOf } from '../read-options.js';
import { t } from '../../messages/index.js';

/**
 * `kronkoll framework FILE`: the frame of an agreement in the framework language, derived
 * from its text, for review and pinning in corpus/frames/. Given a .frame file, checks it
 * and prints it back in canonical form; parse errors name line and column.
 */
export async function frameworkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...READ_OPTIONS } });
  const limits = readOptionsOf(values);
  if (positionals.length !== 1) {
    io.err(`kronkoll: ${t('usage.frameworkOneFile')}`);
    return 2;
  }
  const file = positionals[0]!;
  if (file.endsWith(FRAME_EXTENSION)) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      io.err(`kronkoll: ${file}: ${t('input.cannotRead', { code: (e as NodeJS.ErrnoException).code ?? '?' })}`);
      return 2;
    }
    const { frame, errors } = parseFramework(text, file);
    for (const e of errors) io.err(`${file}:${e.line}:${e.column}: ${e.message}`);
    if (errors.length > 0) return 2;
    io.out(printFrame(frame));
    return 0;
  }
  // Read on the worker pool like every other command, so size, page and time limits hold.
  const { docs, errors } = await loadAll([file], limits);
  for (const e of errors) io.err(`kronkoll: ${e.file}: ${e.reason}`);
  const doc = docs[0];
  if (!doc) return 2;
  if (doc.kind !== 'överenskommelse') io.err(`kronkoll: ${file}: ${t('framework.notAgreement', { kind: t(`kind.${doc.kind}`) })}`);
  const frame = deriveFrame(doc);
  io.out(
    printFrame(frame, [
      t('framework.derivedNote1', { file: basename(file), ext: FRAME_EXTENSION }),
      t('framework.derivedNote2'),
    ]),
  );
  return frame.amounts.length > 0 ? 0 : 1;
}
