// Lint configuration lives under test/ so the repository root keeps only the product's fixed entries.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/cli.ts', 'src/cli/**/*.ts', 'src/main.ts', 'src/console/**/*.ts', 'src/tools/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
