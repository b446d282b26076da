import type { Severity } from '../model/finding.js';

/** A rule's setting in the configuration file. */
export type RuleSetting = Severity | 'off';

/** `kronkoll.config.json`, validated, with its paths resolved against its folder. */
export interface Config {
  /** The file it was read from; null when there is none. */
  file: string | null;
  /** Folder that relative paths, ignore patterns and fingerprints are taken from. */
  root: string;
  rules: Record<string, RuleSetting>;
  ignore: string[];
  /** Absolute folders; undefined: found beside the documents as before. */
  frames?: string[];
  reference?: string;
}

export const CONFIG_FILE = 'kronkoll.config.json';

/** A configuration that cannot be used: the one line says file, JSON path and reason. */
export class ConfigError extends Error {}
