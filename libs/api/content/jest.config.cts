const { buildSync } = require('esbuild');
const { existsSync, mkdirSync, renameSync } = require('node:fs');
const { join } = require('node:path');

/**
 * marked and sanitize-html's parser (htmlparser2) ship only ES modules, but PGlite needs
 * jest's --experimental-vm-modules, under which jest refuses to require() them. They are
 * bundled once into CommonJS files that the tests load instead; the app itself runs on
 * Node 22, which requires ES modules natively.
 */
const workspace = join(__dirname, '../../..');
const outDir = join(workspace, 'tmp/jest-cjs');

function commonJs(name: string, entry: string): string {
  const outfile = join(outDir, `${name}.cjs`);
  if (!existsSync(outfile)) {
    mkdirSync(outDir, { recursive: true });
    const temp = `${outfile}.${process.pid}.tmp`;
    buildSync({
      entryPoints: [join(workspace, 'node_modules', entry)],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node22',
      outfile: temp,
      logLevel: 'error',
    });
    renameSync(temp, outfile);
  }
  return outfile;
}

module.exports = {
  displayName: 'api-content',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  transformIgnorePatterns: ['/node_modules/', '/tmp/jest-cjs/'],
  moduleNameMapper: {
    '^marked$': commonJs('marked-16', 'marked/lib/marked.esm.js'),
    '^sanitize-html$': commonJs('sanitize-html-2', 'sanitize-html/index.js'),
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/content',
  testTimeout: 60_000,
};
