import type { sv } from './sv.js';

/** The shape of a catalogue: the Swedish one, whose ids and parameters every language has. */
export type Catalogue = typeof sv;
export type MessageId = keyof Catalogue;
export type Lang = 'sv' | 'en';

/** A rule's one-line description and its longer documentation, per rule id. */
export type RuleDocs = Record<string, { description: string; docs: string }>;
