import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

// Lint with zero warnings (`--max-warnings 0`). The model must stay pure: see the models/ block below.
export default defineConfigWithVueTs(
  { ignores: ['dist/**', '.out/**', 'node_modules/**', 'coverage/**', '.reports/**', 'test-results/**', 'playwright-report/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['models/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vue', 'pinia', 'chart.js', 'chart.js/*', 'vue-chartjs', 'vue-i18n', '@/*', '../src/*', '**/src/*'],
              message: 'models/ is the pure simulation core: no UI, store or chart code, so it runs the same in Node, a Worker and the browser.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'models/ must not touch the DOM.' },
        { name: 'document', message: 'models/ must not touch the DOM.' },
        { name: 'localStorage', message: 'models/ must not do I/O.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Randomness comes only from the seeded generator in models/random.ts.' },
        { object: 'Date', property: 'now', message: 'The model has no clock: results depend only on the scenario and seed.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.vue'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/models/*', '!**/models/index', '!**/models/index.ts'],
              message: 'The app reaches the model only through models/index.ts, its one public entry.',
            },
          ],
        },
      ],
    },
  },
)
