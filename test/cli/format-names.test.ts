import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/cli/formats.js';
import { FORMAT_NAMES, formatNames } from '../../src/cli/format-names.js';

describe('format names', () => {
  it('names exactly the printers of each command, in their order (the default first)', () => {
    expect(Object.keys(FORMAT_NAMES).sort()).toEqual(Object.keys(FORMATS).sort());
    for (const command of Object.keys(FORMAT_NAMES) as (keyof typeof FORMAT_NAMES)[]) {
      expect(formatNames(command)).toEqual(Object.keys(FORMATS[command]));
    }
  });

  it('gives the default first: json for extract, text for audit', () => {
    expect(formatNames('extract')[0]).toBe('json');
    expect(formatNames('audit')[0]).toBe('text');
  });
});
