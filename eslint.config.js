import js from '@eslint/js'
import boundaries from 'eslint-plugin-boundaries'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** The layers under src/ besides src/features/<feature>. */
const LAYERS = [
  'domain',
  'db',
  'tables',
  'export',
  'sync',
  'i18n',
  'components',
  'hooks',
  'stores',
  'app',
]

const to = (...types) => ({ to: { element: { types: { anyOf: types } } } })
const from = (...types) => ({ from: { element: { types: { anyOf: types } } } })
const packages = (...names) => ({ to: { module: { origin: 'external', source: names } } })

/**
 * Which layer may import which folder. Anything not listed is refused, including one feature
 * importing another. Imports inside one layer (or inside one feature) are always allowed.
 */
const LAYER_POLICIES = [
  // domain: nothing outside src/domain (no rule allows it).
  { from: { element: { type: 'db' } }, allow: to('domain') },
  // tables: the table and sheet model the screens render and the writers fill.
  { from: { element: { type: 'tables' } }, allow: to('domain', 'i18n') },
  { from: { element: { type: 'export' } }, allow: to('domain', 'i18n', 'tables') },
  { from: { element: { type: 'i18n' } }, allow: to('domain') },
  // sync: the team-sync chunk (PouchDB and the bridge), loaded only when a team is connected. It
  // publishes its state through a store and reaches Dexie only through src/db.
  { from: { element: { type: 'sync' } }, allow: to('domain', 'db', 'i18n', 'stores') },
  { from: { element: { type: 'components' } }, allow: to('domain', 'i18n', 'hooks') },
  // Hooks may read the database for live queries.
  { from: { element: { type: 'hooks' } }, allow: to('domain', 'i18n', 'db', 'components') },
  // UI state: only types from the domain and i18n.
  {
    from: { element: { type: 'stores' } },
    allow: { ...to('domain', 'i18n'), dependency: { kind: 'type' } },
  },
  {
    from: { element: { type: 'feature' } },
    allow: to('domain', 'db', 'tables', 'export', 'components', 'hooks', 'i18n', 'stores'),
  },
  // The app shell composes everything.
  { from: { element: { type: 'app' } }, allow: to('feature', ...LAYERS) },
]

/**
 * Which packages each layer may import. Below the UI these are allow-lists, so a new library
 * fails lint there until someone decides which layer owns it; names match a package (`zod`
 * covers `zod/mini`). PURE: helpers with no framework, storage or file format in them.
 */
const PURE = ['date-fns', 'zod', '@noble/*']
const PACKAGE_POLICIES = [
  // The domain reads CSV text itself (domain/import/read-csv.ts: the separator guess and the
  // rows are import rules, tested in node). Papa Parse is a plain text parser — no DOM, storage
  // or framework — so it may stay; the spreadsheet readers and writers may not.
  { ...from('domain'), allow: packages(...PURE, 'papaparse') },
  { ...from('tables'), allow: packages(...PURE) },
  // The chosen language is a zustand store, so every screen re-renders when it changes.
  { ...from('i18n'), allow: packages(...PURE, 'zustand') },
  { ...from('db'), allow: packages(...PURE, 'dexie') },
  { ...from('export'), allow: packages(...PURE, 'exceljs', 'papaparse') },
  { ...from('sync'), allow: packages(...PURE, 'pouchdb-browser', 'pouchdb-adapter-indexeddb') },
  // The UI layers use what they need; REFUSALS takes away what they may not.
  {
    ...from('components', 'hooks', 'stores', 'feature', 'app'),
    allow: { to: { module: { origin: 'external' } } },
  },
]

/** Refusals that hold whatever the policies above allow (when several match, the last wins). */
const REFUSALS = [
  {
    from: { element: { type: '!db' } },
    disallow: packages('dexie'),
    message: 'Only src/db talks to Dexie; the rest of the app goes through its repositories.',
  },
  {
    ...from('hooks', 'feature', 'app'),
    disallow: { to: { file: { categories: 'dexie-instance' } } },
    message: 'Only src/db uses the Dexie instance (db/database); import a repository instead.',
  },
  {
    // Live queries are for hooks and screens; shared pieces and UI state get their data passed.
    ...from('components', 'stores', 'app'),
    disallow: packages('dexie-react-hooks'),
    message: 'Live queries (dexie-react-hooks) belong in src/hooks or a feature.',
  },
  {
    // The writers (exceljs and the rest) load when the user exports, not with the screen.
    ...from('feature', 'app'),
    disallow: {
      to: { element: { type: 'export' } },
      dependency: { kind: 'value', nodeKind: ['import', 'export', 'require'] },
    },
    message: "Load the export writers with import('…/export/…'); only `import type` is static.",
  },
  {
    // PouchDB and the bridge load when a team is connected, not with the first screen.
    ...from('feature', 'app'),
    disallow: {
      to: { element: { type: 'sync' } },
      dependency: { kind: 'value', nodeKind: ['import', 'export', 'require'] },
    },
    message: "Load team sync with import('…/sync/…'); only `import type` is static.",
  },
]

// Tests (*.test.ts(x) anywhere, everything under test/) may import what they test, and any
// package or node module.
const TEST_POLICY = {
  from: { file: { categories: { anyOf: ['test'] } } },
  allow: [
    to('feature', 'test-support', ...LAYERS),
    { to: { module: { origin: ['external', 'core'] } } },
  ],
}

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // `const { dropped, ...rest } = record` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    // The import direction between the layers under src/ (README, "Architecture").
    // test/unit/boundaries*.test.ts prove that a wrong import fails.
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      'boundaries/elements': [
        // Every folder under src/features is its own element, so a feature can be told apart
        // from another one; files inside one element import each other freely.
        { type: 'feature', pattern: 'src/features/*', partialMatch: false, capture: ['feature'] },
        ...LAYERS.map((layer) => ({ type: layer, pattern: `src/${layer}`, partialMatch: false })),
        { type: 'test-support', pattern: 'test', partialMatch: false },
      ],
      'boundaries/files': [
        { category: 'test', pattern: ['**/*.test.{ts,tsx}', 'test/**'] },
        { category: 'dexie-instance', pattern: 'src/db/database.ts' },
      ],
    },
    rules: {
      // checkAllOrigins: packages are held to the policies too, not only folders.
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          policies: [...LAYER_POLICIES, ...PACKAGE_POLICIES, ...REFUSALS, TEST_POLICY],
        },
      ],
    },
  },
)
