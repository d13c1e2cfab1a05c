// Loads marked and sanitize-html (through the content library) as CommonJS under PGlite.
const { esmAsCommonJs } = require('../../../tools/jest/esm-as-cjs.cjs');

module.exports = {
  displayName: 'api-assistant',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  ...esmAsCommonJs(),
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/assistant',
};
