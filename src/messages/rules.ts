import { currentLang } from './index.js';
import type { Lang, RuleDocs } from './types.js';
import { rulesEn } from './rules-en.js';
import { rulesSv } from './rules-sv.js';


const DOCS: Record<Lang, RuleDocs> = { sv: rulesSv, en: rulesEn };

/** The rule's description and docs in the run's language (the catalogue, by rule id). */
export function ruleDocs(meta: { id: string; description: string; docs: string }, lang: Lang = currentLang()): { description: string; docs: string } {
  return DOCS[lang][meta.id] ?? { description: meta.description, docs: meta.docs };
}

export function ruleDocIds(lang: Lang): string[] {
  return Object.keys(DOCS[lang]);
}
