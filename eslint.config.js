// ESLint: typescript-eslint's recommended rules, Prettier for layout, and the determinism rule:
// the simulation core may not read the clock or Math.random (ARCHITECTURE.md, "musts").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const nonDeterministic = [
  { object: 'Math', property: 'random', message: 'Use the seeded RNG in the game state (src/sim/rng.ts).' },
  { object: 'Date', property: 'now', message: 'The core has no clock: pass time in from the caller.' },
  { object: 'performance', property: 'now', message: 'The core has no clock: pass time in from the caller.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-output/', 'scratch/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/sim/**/*.ts', 'src/ai/**/*.ts', 'src/machine/**/*.ts', 'src/lab/**/*.ts', 'src/content/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', ...nonDeterministic],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'The core has no clock: new Date() is not allowed here.' },
      ],
      'no-restricted-globals': ['error', { name: 'window', message: 'The core runs in Node too.' }, { name: 'document', message: 'The core runs in Node too.' }],
    },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.{js,mjs,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
