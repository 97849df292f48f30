/** `npm run test:e2e`: Playwright driving the H5 build in Debian's Chromium against the local server. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' } }] },
  moduleNameMapper: { '^@domain/(.*)$': '<rootDir>/domain/$1' },
  testTimeout: 120_000,
  forceExit: true,
};
