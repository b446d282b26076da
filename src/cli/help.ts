import type { Rule } from '../rules/types.js';

export const USAGE = `kronkoll — granskar siffrorna i svenska myndighetsdokument

Användning:
  kronkoll extract FIL…  [--format json|csv|text]
  kronkoll audit SÖKVÄG… [--format text|json|sarif|junit|github] [--fail-on error|warning|never]
                         [--rule ID]… [--disable ID]… [--quiet] [--no-color]
                         [--config FIL] [--baseline FIL] [--update-baseline] [--prune-baseline]
                         [-o|--output-file FIL] [--max-warnings N] [--no-error-on-unmatched]
  kronkoll framework FIL ramen ur en överenskommelse i ramspråket (eller kontrollerar en .frame-fil)
  kronkoll explain SÖKVÄG… [--format text|json]  avstämningsträd: summor, delar, ramar och fördelningsnycklar
  kronkoll rules         listar reglerna
  kronkoll --help | --version

Gränser per dokument (extract, audit): --max-pages N (2000), --timeout SEKUNDER (60), --max-size MB (50).
Format som läses: .txt .md .html .pdf (kataloger gås igenom; .kronkollignore på varje nivå).
Konfiguration: kronkoll.config.json i arbetskatalogen eller ovanför, eller --config FIL.
Slutkoder: 0 inget på --fail-on-nivån, 1 fynd på den nivån (eller fler varningar än --max-warnings),
2 felaktig användning, felaktig konfiguration, oläslig indata eller inga dokument hittade.`;

export function rulesHelp(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  return rules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.description}`).join('\n');
}
