import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      'node_modules/',
      'coverage/',
      'bench/results/',
      'custom-elements.json',
      'src/validate/schema-gate.generated.js',
      '.scratch/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union of string literals, not an enum.' },
        { selector: 'TSModuleDeclaration[kind="namespace"]', message: 'Use modules, not namespaces.' },
      ],
    },
  },
  {
    // The core runs in Node, in workers and in the browser: no DOM, no Lit, no Cytoscape renderer.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['lit', '@lit/context'], patterns: ['lit/*', '../../components/*', '../components/*'] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'HTMLElement', 'customElements'],
    },
  },
);
