// The jest settings every Angular project of the portal shares. Each project's
// jest.config.cts passes only what is its own, so a change to how templates are compiled
// or snapshots are printed is made once rather than in eight copies.
const { join, relative } = require('node:path');

const workspace = join(__dirname, '../..');

/**
 * @param {string} displayName the Nx project name, shown in front of each test file
 * @param {string} projectDir the project's folder (the config's `__dirname`)
 */
function angularJestConfig(displayName, projectDir) {
  // Jest reads these paths relative to the project folder, as the generated configs wrote them.
  const toWorkspace = relative(projectDir, workspace);
  return {
    displayName,
    preset: `${toWorkspace}/jest.preset.js`,
    setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
    coverageDirectory: `${toWorkspace}/coverage/${relative(workspace, projectDir)}`,
    transform: {
      '^.+\\.(ts|mjs|js|html)$': [
        'jest-preset-angular',
        {
          tsconfig: '<rootDir>/tsconfig.spec.json',
          stringifyContentPathRegex: '\\.(html|svg)$',
        },
      ],
    },
    // Angular ships ES modules (.mjs) that jest must transform like the project's own code.
    transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$)'],
    snapshotSerializers: [
      'jest-preset-angular/build/serializers/no-ng-attributes',
      'jest-preset-angular/build/serializers/ng-snapshot',
      'jest-preset-angular/build/serializers/html-comment',
    ],
  };
}

module.exports = { angularJestConfig };
