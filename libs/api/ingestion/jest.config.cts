// Loads pdfjs-dist's legacy build and marked (ES modules only) as CommonJS, with or without
// --experimental-vm-modules.
const { esmAsCommonJs, pdfJsAsCommonJs } = require('../../../tools/jest/esm-as-cjs.cjs');

const esm = esmAsCommonJs();
const pdfJs = pdfJsAsCommonJs();

module.exports = {
  displayName: 'api-ingestion',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  transformIgnorePatterns: pdfJs.transformIgnorePatterns,
  moduleNameMapper: { ...esm.moduleNameMapper, ...pdfJs.moduleNameMapper },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/ingestion',
};
