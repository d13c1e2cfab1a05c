// Loads marked and sanitize-html as CommonJS under PGlite's --experimental-vm-modules.
const { esmAsCommonJs } = require('../../../tools/jest/esm-as-cjs.cjs');

module.exports = {
  displayName: 'api-content',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  ...esmAsCommonJs(),
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/content',
  testTimeout: 60_000,
};
