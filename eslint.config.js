import js from '@eslint/js'
import boundaries from 'eslint-plugin-boundaries'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** The layers under src/ besides src/features/<feature>. */
const LAYERS = ['domain', 'db', 'tables', 'export', 'i18n', 'components', 'hooks', 'stores', 'app']

const to = (...types) => ({ to: { element: { types: { anyOf: types } } } })

/**
 * Which layer may import which. Anything not listed is refused, including one feature importing
 * another. Imports inside one layer (or inside one feature) are always allowed.
 */
const LAYER_POLICIES = [
  // domain: nothing outside src/domain (no rule allows it).
  { from: { element: { type: 'db' } }, allow: to('domain') },
  // tables: the table and sheet model the screens render and the writers fill.
  { from: { element: { type: 'tables' } }, allow: to('domain', 'i18n') },
  { from: { element: { type: 'export' } }, allow: to('domain', 'i18n', 'tables') },
  { from: { element: { type: 'i18n' } }, allow: to('domain') },
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
  // Tests (*.test.ts(x) anywhere, everything under test/) may import what they test.
  {
    from: { file: { categories: { anyOf: ['test'] } } },
    allow: to('feature', 'test-support', ...LAYERS),
  },
]

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
    // Only src/db may talk to Dexie: the rest of the app goes through repositories.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'Import Dexie only inside src/db.' }] },
      ],
    },
  },
  {
    // The domain is pure: no React, no Dexie.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'The domain is pure TypeScript.' },
            { name: 'react', message: 'The domain is pure TypeScript.' },
            { name: 'dexie-react-hooks', message: 'The domain is pure TypeScript.' },
          ],
        },
      ],
    },
  },
  {
    // The import direction between the layers under src/ (README, "Architecture").
    // test/lint/boundaries.test.ts proves that a wrong import fails.
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
      'boundaries/files': [{ category: 'test', pattern: ['**/*.test.{ts,tsx}', 'test/**'] }],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: LAYER_POLICIES }],
    },
  },
)
