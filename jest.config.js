/**
 * `npm test`: domain rules, cloud functions through the local cloud (real wx-server-sdk), and pages
 * (jsdom with Taro's H5 components). Browser tests live in jest.e2e.config.js.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2020',
    },
  },
];

module.exports = {
  testTimeout: 60_000,
  // The SDK leaves a warning timer running; never let it hold the run open.
  forceExit: true,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/tests/e2e/', '/tests/pages/'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      moduleNameMapper: { '^@domain/(.*)$': '<rootDir>/domain/$1' },
    },
    {
      displayName: 'pages',
      testEnvironment: 'jsdom',
      // Prefer packages' CommonJS builds: their "browser" builds are ESM-only (nanoid, ...).
      testEnvironmentOptions: { customExportConditions: ['require', 'default'] },
      roots: ['<rootDir>/tests/pages'],
      testMatch: ['**/*.test.tsx'],
      setupFiles: ['<rootDir>/tests/pages/setup.ts'],
      transform: { '^.+\\.(t|j|mj)sx?$': swc },
      transformIgnorePatterns: [
        '/node_modules/(?!(@tarojs|@stencil|swiper|ssr-window|dom7|tslib|query-string|decode-uri-component|split-on-first|filter-obj)/)',
      ],
      moduleNameMapper: {
        '^@domain/(.*)$': '<rootDir>/domain/$1',
        '^@app/(.*)$': '<rootDir>/src/$1',
        '^@tarojs/components$': '<rootDir>/tests/pages/taro-components.ts',
        '^@tarojs/taro$': '<rootDir>/tests/pages/taro.ts',
        '^lodash-es$': 'lodash',
        '^lodash-es/(.*)$': 'lodash/$1',
        '\\.(css|scss)$': '<rootDir>/tests/pages/style-stub.js',
      },
    },
  ],
};
