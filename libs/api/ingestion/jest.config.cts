// Loads pdfjs-dist's legacy build (ES modules only) as CommonJS, with or without
// --experimental-vm-modules.
const { pdfJsAsCommonJs } = require('../../../tools/jest/esm-as-cjs.cjs');

module.exports = {
  displayName: 'api-ingestion',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  ...pdfJsAsCommonJs(),
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/ingestion',
};
