/** Jest runs the TypeScript sources as ES modules (ts-jest, transpile only; `npm run typecheck` type-checks). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Rebuild dist/ when the sources are newer: the runner-protocol tests start the bundle.
  globalSetup: '<rootDir>/scripts/jest-global-setup.mjs',
  testTimeout: 120000,
};
