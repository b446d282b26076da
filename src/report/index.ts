export { formatAuditText, summaryLine } from './audit-text.js';
export { formatAuditJson, auditJson, type AuditJson, type FindingJson } from './audit-json.js';
export { formatAuditSarif, SARIF_SCHEMA_URI } from './audit-sarif.js';
export { formatExtractJson, extractJson, type ExtractJson } from './extract-json.js';
export { formatExtractCsv } from './extract-csv.js';
export { formatExtractText } from './extract-text.js';
export { formatSwedish } from './format-number.js';
export { decimalString } from './decimal-string.js';
export type { AuditResult, AuditedDocument, InputError } from './types.js';
