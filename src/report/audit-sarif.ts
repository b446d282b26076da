import type { Finding, Severity } from '../model/finding.js';
import type { Location } from '../model/location.js';
import type { RuleMeta } from '../rules/types.js';
import type { AuditResult } from './types.js';

export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Relative paths are resolved against the root the run was started in. */
export const SRCROOT = 'SRCROOT';

type Json = Record<string, unknown>;

/**
 * SARIF 2.1.0, one run. PDF positions have no line: the SARIF errata require a
 * region to start somewhere (startLine, charOffset or byteOffset), so a PDF
 * location carries its page and box in the physical location's property bag and
 * gets a region only when the model also has a line.
 */
export function formatAuditSarif(
  result: AuditResult,
  rules: readonly RuleMeta[],
  tool: { name: 'kronkoll'; version: string },
): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = result.documents.flatMap((d) => d.findings.map((f) => sarifResult(f, ruleIndex)));
  const invocation: Json = { executionSuccessful: result.errors.length === 0 };
  if (result.errors.length > 0) {
    invocation.toolExecutionNotifications = result.errors.map((e) => ({
      level: 'error',
      message: { text: `${e.file}: ${e.reason}` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.file) } }],
    }));
  }
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, rules: rules.map(descriptor) } },
        invocations: [invocation],
        // Columns count JavaScript string positions, which are UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

export function sarifLevel(sev: Severity): 'error' | 'warning' | 'note' {
  return sev === 'info' ? 'note' : sev;
}

function descriptor(r: RuleMeta): Json {
  // The first paragraph of the docs is the summary; the whole text is the help.
  const firstParagraph = r.docs.split(/\n\s*\n/)[0]?.trim() || r.description;
  return {
    id: r.id,
    shortDescription: { text: r.description },
    fullDescription: { text: firstParagraph },
    defaultConfiguration: { level: sarifLevel(r.severity) },
    help: { text: r.docs || r.description },
  };
}

function sarifResult(f: Finding, ruleIndex: Map<string, number>): Json {
  const out: Json = { ruleId: f.ruleId };
  const index = ruleIndex.get(f.ruleId);
  if (index !== undefined) out.ruleIndex = index;
  out.level = sarifLevel(f.severity);
  out.message = { text: f.message };
  out.locations = [{ physicalLocation: physicalLocation(f.location) }];
  if (f.related && f.related.length > 0) {
    out.relatedLocations = f.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(r.location),
      message: { text: r.message },
    }));
  }
  const props: Json = {};
  if (f.expected !== undefined) props.expected = f.expected;
  if (f.actual !== undefined) props.actual = f.actual;
  if (Object.keys(props).length > 0) out.properties = props;
  return out;
}

function physicalLocation(loc: Location): Json {
  const out: Json = { artifactLocation: artifactLocation(loc.file) };
  if (loc.line !== undefined) {
    const region: Json = { startLine: loc.line };
    if (loc.column !== undefined) {
      region.startColumn = loc.column;
      if (loc.endColumn !== undefined && loc.endColumn > loc.column) region.endColumn = loc.endColumn;
    }
    out.region = region;
  }
  const props: Json = {};
  if (loc.page !== undefined) props.page = loc.page;
  if (loc.box !== undefined) {
    const { x, y, width, height } = loc.box;
    props.box = { x, y, width, height };
  }
  if (Object.keys(props).length > 0) out.properties = props;
  return out;
}

/** A file path as a URI reference: slashes kept, every segment percent-encoded. */
export function artifactLocation(file: string): Json {
  const path = file.replace(/\\/g, '/');
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(path)) return { uri: `file:///${encoded.replace('%3A', ':')}` };
  if (path.startsWith('/')) return { uri: `file://${encoded}` };
  return { uri: encoded, uriBaseId: SRCROOT };
}
