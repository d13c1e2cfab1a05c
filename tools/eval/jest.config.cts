// Loads marked and sanitize-html as CommonJS under PGlite's --experimental-vm-modules.
const { esmAsCommonJs } = require('../../tools/jest/esm-as-cjs.cjs');

module.exports = {
  displayName: 'eval',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    // isolatedModules (tsconfig.spec.json): transpile only, type checking is lint's job.
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  ...esmAsCommonJs(),
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 300_000,
};
