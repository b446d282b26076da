import { describe, expect, it } from 'vitest';
import { applySeverity, settingFor } from '../../src/config/severity.js';
import type { Finding, Severity } from '../../src/model/finding.js';

const finding = (severity: Severity): Finding => ({ ruleId: 'table/column-total', severity, message: 'm', location: { file: 'a.txt' } });

describe('configured severities', () => {
  it('an id wins over its family, written "table" or "table/"', () => {
    expect(settingFor('table/column-total', { table: 'off', 'table/column-total': 'warning' })).toBe('warning');
    expect(settingFor('table/row-total', { 'table/': 'info' })).toBe('info');
    expect(settingFor('region/missing', { table: 'off' })).toBeUndefined();
  });

  it('findings at the default level take the configured one; lower ones are kept and never raised', () => {
    // table/column-total defaults to error; it also reports warnings (uncertain reading) and infos.
    expect(applySeverity(finding('error'), 'error', 'warning')).toBe('warning');
    expect(applySeverity(finding('warning'), 'error', 'warning')).toBe('warning');
    expect(applySeverity(finding('info'), 'error', 'warning')).toBe('info');
    expect(applySeverity(finding('warning'), 'error', 'info')).toBe('info');
    // region/missing defaults to warning; raised to error, its warnings become errors, its infos stay.
    expect(applySeverity(finding('warning'), 'warning', 'error')).toBe('error');
    expect(applySeverity(finding('info'), 'warning', 'error')).toBe('info');
    // An uncertain warning of an error rule is not raised back to error.
    expect(applySeverity(finding('warning'), 'error', 'error')).toBe('warning');
  });
});
