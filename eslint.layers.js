/**
 * The layer order of src/ (docs/architecture.md), enforced by import-x/no-restricted-paths: a layer
 * may import only the layers listed for it, statically or with import(). Tests and *.test-support.*
 * files follow the same order, and may also use mocks/ and test/.
 */
export const layers = {
  primitives: [],
  cohort: ['primitives'],
  journey: ['primitives', 'cohort'],
  simulation: ['primitives', 'cohort', 'journey'],
  export: ['primitives', 'cohort', 'journey'],
  i18n: ['primitives', 'cohort', 'journey', 'simulation', 'export'],
  ui: ['primitives', 'cohort', 'journey', 'simulation', 'export', 'i18n'],
  api: ['primitives', 'cohort', 'journey', 'simulation', 'export', 'i18n'],
  editor: ['primitives', 'cohort', 'journey', 'simulation', 'export', 'i18n', 'ui', 'api'],
  app: ['primitives', 'cohort', 'journey', 'simulation', 'export', 'i18n', 'ui', 'api', 'editor'],
  cli: ['primitives', 'cohort', 'journey', 'simulation', 'export'],
};

const names = Object.keys(layers);
export const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/*.test-support.ts', '**/*.test-support.tsx'];

/** One zone per layer: its files may not import the layers above or beside it. */
export const layerZones = names.map((layer) => ({
  target: `./src/${layer}`,
  from: names
    .filter((other) => other !== layer && !layers[layer].includes(other))
    .map((other) => `./src/${other}`),
  message: `src/${layer} may import only ${layers[layer].map((l) => `src/${l}`).join(', ') || 'nothing else in src'} (docs/architecture.md).`,
}));

/** Product code may not reach the embedded backend (only src/main.tsx starts it) or test helpers. */
export const productZones = [
  { target: './src', from: './mocks', message: 'Only src/main.tsx starts the embedded backend (mocks/).' },
  { target: './src', from: './test', message: 'Product code must not import test helpers (test/).' },
  {
    target: './src',
    from: ['./src/**/*.test-support.ts', './src/**/*.test-support.tsx'],
    message: 'Product code must not import test helpers (*.test-support.*).',
  },
];

/** The embedded backend serves the API's contract over the core; it knows nothing of the views. */
export const mocksZones = [
  {
    target: './mocks',
    from: ['i18n', 'ui', 'editor', 'app', 'cli', 'export'].map((layer) => `./src/${layer}`),
    message: 'mocks/ may import only the core and src/api (docs/architecture.md).',
  },
];
