import type { Rule } from '../rules/types.js';

export const USAGE = `kronkoll — granskar siffrorna i svenska myndighetsdokument

Användning:
  kronkoll extract FIL…  [--format json|csv|text]
  kronkoll audit SÖKVÄG… [--format text|json|sarif] [--fail-on error|warning|never]
                         [--rule ID]… [--disable ID]… [--quiet] [--no-color]
  kronkoll merge RESULTAT…  kör korpusreglerna över resultaten från audit --shard K/N --shard-output FIL
  kronkoll framework FIL ramen ur en överenskommelse i ramspråket (eller kontrollerar en .frame-fil)
  kronkoll explain SÖKVÄG… [--format text|json]  avstämningsträd: summor, delar, ramar och fördelningsnycklar
  kronkoll rules         listar reglerna
  kronkoll --help | --version

Gränser per dokument (extract, audit): --max-pages N (2000), --timeout SEKUNDER (60), --max-size MB (50), --max-memory MB (2048).
Körning: --jobs N (antal kärnor), --no-progress; audit: --cache [--cache-location FIL] (.kronkollcache), --shard K/N [--shard-output FIL].
Format som läses: .txt .md .html .pdf (kataloger gås igenom).
Slutkoder: 0 inget på --fail-on-nivån, 1 fynd på den nivån, 2 felaktig användning eller oläslig indata.`;

export function rulesHelp(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  return rules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.description}`).join('\n');
}
