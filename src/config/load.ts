import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv as AjvClass, ErrorObject } from 'ajv';
import { POPULATION_FILE } from '../corpus/reference.js';
import { CONFIG_FILE, ConfigError, type Config, type RuleSetting } from './config.js';
import { currentLang, t } from '../messages/index.js';

/** The nearest kronkoll.config.json in `start` or a folder above it, or null. */
export function findConfig(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** No file: defaults, rooted at the working directory. */
export function defaultConfig(cwd: string): Config {
  return { file: null, root: resolve(cwd), rules: {}, ignore: [] };
}

/**
 * Reads and validates a configuration file against the schema shipped in the package
 * (schema/kronkoll.config.schema.json). `knownRule` says whether an id or family exists;
 * the schema cannot know the rules. Throws ConfigError with one line.
 */
export async function loadConfig(file: string, knownRule: (id: string) => boolean): Promise<Config> {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: ${t('input.cannotRead', { code: (e as NodeJS.ErrnoException).code ?? 'error' })}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file}: ${t('cli.notJson', { reason: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) })}`);
  }
  const validate = await validator();
  if (!validate(data)) {
    await localize(validate.errors);
    throw new ConfigError(`${file}: ${describe(validate.errors?.[0])}`);
  }
  const raw = data as { rules?: Record<string, RuleSetting>; ignore?: string[]; frames?: string[]; reference?: string };
  for (const id of Object.keys(raw.rules ?? {})) {
    if (!knownRule(id)) throw new ConfigError(`${file}: ${jsonPath(['rules', id])}: ${t('cli.configUnknownRule', { id })}`);
  }
  const root = dirname(path);
  const config: Config = { file: path, root, rules: raw.rules ?? {}, ignore: raw.ignore ?? [] };
  if (raw.frames) {
    config.frames = raw.frames.map((f, i) => folder(file, ['frames', i], resolve(root, f)));
  }
  if (raw.reference !== undefined) {
    const dir = folder(file, ['reference'], resolve(root, raw.reference));
    if (!existsSync(join(dir, POPULATION_FILE))) throw new ConfigError(`${file}: ${jsonPath(['reference'])}: ${t('cli.configNoPopulation', { file: POPULATION_FILE, folder: String(raw.reference) })}`);
    config.reference = dir;
  }
  return config;
}

function folder(file: string, at: (string | number)[], dir: string): string {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ConfigError(`${file}: ${jsonPath(at)}: ${t('cli.configNoFolder', { folder: dir })}`);
  return dir;
}

let compiled: ReturnType<AjvClass['compile']> | undefined;

/** Ajv is loaded only when there is a configuration to check: most runs have none. */
async function validator(): Promise<ReturnType<AjvClass['compile']>> {
  if (!compiled) {
    const m = await import('ajv');
    // Node names the CommonJS module's `Ajv` export; the bundle gives the module as `default`.
    const Ajv = (m.Ajv ?? (m.default as unknown as { Ajv: typeof AjvClass }).Ajv) as typeof AjvClass;
    compiled = new Ajv({ allErrors: false, strict: true, verbose: true }).compile(JSON.parse(readFileSync(schemaFile(), 'utf8')));
  }
  return compiled;
}

/** Ajv's own wording of a schema error, in the run's language (ajv-i18n), for the keywords describe() does not word itself. */
async function localize(errors: ErrorObject[] | null | undefined): Promise<void> {
  if (!errors) return;
  const m = currentLang() === 'sv' ? await import('ajv-i18n/localize/sv/index.js') : await import('ajv-i18n/localize/en/index.js');
  const fn = (typeof m.default === 'function' ? m.default : (m.default as unknown as { default: (e: ErrorObject[]) => void }).default) as (e: ErrorObject[]) => void;
  fn(errors);
}

/** The schema beside the package: from src/config/, dist/src/config/ or dist/bundle/. */
export function schemaFile(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', '..', 'schema'), join(here, '..', '..', '..', 'schema')].map((d) => join(d, 'kronkoll.config.schema.json'));
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new ConfigError(t('cli.configNoSchema', { looked: candidates.join(', ') }));
  return found;
}

/** One Ajv error as "$.rules["table/x"]: must be one of off, info, warning, error (got 'warn')". */
function describe(e: ErrorObject | undefined): string {
  if (!e) return t('cli.configInvalid');
  const at = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  switch (e.keyword) {
    case 'additionalProperties':
      return `${jsonPath([...at, (e.params as { additionalProperty: string }).additionalProperty])}: ${t('cli.configUnknownKey')}`;
    case 'enum':
      return `${jsonPath(at)}: ${t('cli.configOneOf', { allowed: (e.params as { allowedValues: unknown[] }).allowedValues.join(', '), got: JSON.stringify(e.data) })}`;
    case 'type':
      return `${jsonPath(at)}: ${t('cli.configType', { type: String((e.params as { type: string }).type) })}`;
    case 'propertyNames':
      return `${jsonPath([...at, (e.params as { propertyName: string }).propertyName])}: ${t('cli.configNotRule')}`;
    default:
      return `${jsonPath(at)}: ${e.message ?? t('cli.configInvalid')}`;
  }
}

function jsonPath(parts: (string | number)[]): string {
  return parts.reduce<string>((p, s) => (typeof s === 'number' || /^\d+$/.test(s) ? `${p}[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `${p}.${s}` : `${p}[${JSON.stringify(s)}]`), '$');
}
