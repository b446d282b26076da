/**
 * The dependency rules of kronkoll, checked by `npm test` (`npm run deps`).
 *
 * Data flows reader → layout → tables/prose → document model → corpus → rules → findings →
 * report → cli. Imports follow the layers below, lowest first: a module may import its own
 * layer and the layers before it, never a later one. Readers import layout (a reader builds
 * a Layout out of the layout module's types and algorithms), so layout is the lower layer.
 * A total order also means no two top-level folders import each other.
 */
const LAYERS = [
  ['model', '^src/model/'],
  ['grammars', '^grammars/'],
  ['compare', '^src/compare/'],
  ['lexicon', '^src/lexicon/'],
  ['layout', '^src/layout/'],
  ['prose', '^src/prose/'],
  ['regions', '^src/regions/'],
  ['readers', '^src/readers/'],
  ['tables', '^src/tables/'],
  ['document', '^src/document/'],
  ['corpus', '^src/corpus/'],
  ['rules', '^src/rules/'],
  ['report', '^src/report/'],
  ['cli', '^src/cli/'],
];

const layerRules = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `layer-${name}`,
  severity: 'error',
  comment: `${name} must not import a later layer (${LAYERS.slice(i + 1)
    .map(([n]) => n)
    .join(', ')})`,
  from: { path },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => p) },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No module cycles, type-only imports included.',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'rule-families-apart',
      severity: 'error',
      comment: 'A rule family imports only itself and rules/support; shared code moves down, not sideways.',
      from: { path: '^src/rules/([^/]+)/' },
      to: { path: '^src/rules/[^/]+/', pathNot: ['^src/rules/$1/', '^src/rules/support/'] },
    },
    {
      name: 'support-below-rules',
      severity: 'error',
      comment: 'Helpers in rules/support never import a rule or the rules list.',
      from: { path: '^src/rules/support/' },
      to: { path: '^src/rules/', pathNot: ['^src/rules/support/', '^src/rules/types\\.ts$'] },
    },
    {
      name: 'cli-commands-below-main',
      severity: 'error',
      comment: 'A command module never imports the CLI entry point.',
      from: { path: '^src/cli/commands/' },
      to: { path: '^src/cli/main\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] },
  },
};
