import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/build.js';
import { readText } from '../../src/readers/text.js';

/**
 * The Document is built once and only read after: its fields and lists are readonly, so the
 * type-check (`tsc --noEmit` in `npm test`) fails if a line marked @ts-expect-error compiles.
 */
describe('Document', () => {
  const doc = buildDocument(
    readText('beslut.txt', 'Socialdepartementet\n\nRegeringens beslut\n\nRegeringen betalar ut 10 000 kronor enligt överenskommelsen om stärkt förlossningsvård 2025 (S2099/00456).\n'),
  );

  it('carries every fact from the build: department, dnr and references', () => {
    expect(doc.department).toBe('Socialdepartementet');
    expect(doc.dnr).toEqual(['S2099/00456']);
    expect(doc.references.agreements.map((a) => [a.name, a.year, a.dnr])).toEqual([['stärkt förlossningsvård', 2025, 'S2099/00456']]);
  });

  it('cannot be changed after the build (checked by the type-check)', () => {
    const attempts = (): void => {
      // @ts-expect-error fields are readonly
      doc.title = 'annan titel';
      // @ts-expect-error lists are readonly
      doc.dnr.push('S2099/1');
      // @ts-expect-error facts are not filled in later
      doc.references = { agreements: [], anslag: [] };
      // @ts-expect-error sentences are readonly
      doc.sentences[0]!.text = '';
    };
    expect(typeof attempts).toBe('function');
  });
});
