const { buildSync } = require('esbuild');
const { existsSync, mkdirSync, renameSync } = require('node:fs');
const { join } = require('node:path');

/**
 * The content seeder renders Markdown with marked and sanitize-html, which ship only ES
 * modules; under --experimental-vm-modules (needed by PGlite) jest will not require() them,
 * so they are bundled once into CommonJS (as in libs/api/content).
 */
const workspace = join(__dirname, '../..');
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
  displayName: 'eval',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    // isolatedModules (tsconfig.spec.json): transpile only, type checking is lint's job.
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  transformIgnorePatterns: ['/node_modules/', '/tmp/jest-cjs/'],
  moduleNameMapper: {
    '^marked$': commonJs('marked-16', 'marked/lib/marked.esm.js'),
    '^sanitize-html$': commonJs('sanitize-html-2', 'sanitize-html/index.js'),
  },
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 300_000,
};
