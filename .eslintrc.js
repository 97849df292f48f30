/**
 * Lint: Taro's own rules (JSX, imports, variables), typescript-eslint's recommended set and the
 * rules of hooks; Prettier owns formatting (eslint-config-prettier switches off what it decides).
 */
module.exports = {
  root: true,
  extends: ['taro/react', 'plugin:@typescript-eslint/recommended', 'plugin:react-hooks/recommended', 'prettier'],
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2021, sourceType: 'module', ecmaFeatures: { jsx: true } },
  env: { node: true, es2021: true, jest: true },
  rules: {
    // React 17+ JSX transform: no React import needed.
    'react/react-in-jsx-scope': 'off',
    'react/jsx-uses-react': 'off',
    // Unused code is a compile error already (tsconfig noUnusedLocals/Parameters).
    '@typescript-eslint/no-unused-vars': 'off',
    'no-unused-vars': 'off',
    'react-hooks/exhaustive-deps': 'error',
    'import/first': 'error',
    'import/no-duplicates': 'error',
    'no-console': ['error', { allow: ['warn', 'error'] }],
  },
  overrides: [
    {
      // Command-line tools, benchmarks and the local cloud talk to a terminal.
      files: ['scripts/**', 'bench/**', 'emulator/**', 'demo/**', 'tests/**'],
      rules: { 'no-console': 'off' },
    },
    {
      // Tests poke at raw SDK results and reuse short names in nested callbacks.
      files: ['tests/**'],
      rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-shadow': 'off' },
    },
    {
      // The local cloud loads built CommonJS bundles (as WeChat does); page-test shims mirror Taro's CJS.
      files: ['emulator/loader.ts', 'tests/pages/**'],
      rules: {
        'import/no-commonjs': 'off',
        '@typescript-eslint/no-var-requires': 'off',
        'import/newline-after-import': 'off',
      },
    },
    {
      files: ['*.js', 'config/**'],
      rules: { '@typescript-eslint/no-var-requires': 'off', 'import/no-commonjs': 'off' },
    },
  ],
  ignorePatterns: ['dist/', 'node_modules/', '.data/', 'coverage/', '.swc/'],
};
