// ESLint: typescript-eslint (type-aware), Lit and web-component rules.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'custom-elements.json', 'bench/results/', 'bench/peers/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'fixtures/**/*.ts'],
    plugins: { lit, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No innerHTML: render text through Lit.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'No outerHTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js' }, { name: 'lit/directives/unsafe-svg.js' }, { name: 'lit/static-html.js' }] },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*', '../internal/*', '../elements/*'],
              message: 'core/ and schema/ stay pure: no Lit, no DOM.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'customElements', 'HTMLElement', 'navigator'],
    },
  },
  {
    // Issue 12: core/ is the bottom layer. The data types it reads live in core/types.ts (schema/
    // re-exports them), so nothing in core/ needs schema/, elements/ or internal/. Repeats the
    // Lit patterns above, because a later block's rule options replace an earlier block's.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*'], message: 'core/ stays pure: no Lit, no DOM.' },
            {
              group: ['**/schema', '**/schema/*', '**/elements', '**/elements/*', '**/internal', '**/internal/*'],
              message: 'core/ imports nothing from schema/, elements/ or internal/: shared data types belong in core/types.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        document: 'readonly',
        window: 'readonly',
        globalThis: 'readonly',
        // Used inside page.evaluate() callbacks, which run in the browser.
        requestAnimationFrame: 'readonly',
      },
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
