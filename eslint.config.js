// ESLint flat config. Run with `npm run lint`.
// typescript-eslint's non-type-checked `recommended` set: type-aware linting over the whole
// tree is too slow for the CI machine (2 cores). Formatting is not linted here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'coverage/**',
      'bench-data/**',
      'e2e/artifacts/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // `_`-prefixed names mark deliberately unused parameters and destructured leftovers.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Input guards deliberately match NUL and other control characters to reject or strip them.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests, test kits and benchmarks read untyped JSON response bodies (`res.json() as any`).
    files: ['**/*.test.ts', '**/*.testkit.ts', 'src/server/test/**', 'e2e/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Migrations run against `Kysely<any>` (as Kysely's docs advise: a migration must not depend
    // on today's schema type), and server helpers shared by several tables take
    // `ExpressionBuilder<any, any>` / `Kysely<any>`; Kysely has no narrower type for "some table".
    files: ['src/server/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/server/**/*.ts', 'src/common/**/*.ts', 'scripts/**/*.{ts,mjs}', 'e2e/**/*.ts', '*.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);
