// marked and sanitize-html's parser (htmlparser2) ship only ES modules, but PGlite needs
// jest's --experimental-vm-modules, under which jest refuses to require() them. They are
// bundled once into CommonJS files that the tests load instead; the app itself runs on
// Node 22, which requires ES modules natively. Delete tmp/jest-cjs after upgrading either.
const { buildSync } = require('esbuild');
const { existsSync, mkdirSync, renameSync } = require('node:fs');
const { join } = require('node:path');

const workspace = join(__dirname, '../..');
const outDir = join(workspace, 'tmp/jest-cjs');

function commonJs(name, entry) {
  const outfile = join(outDir, `${name}.cjs`);
  if (!existsSync(outfile)) {
    mkdirSync(outDir, { recursive: true });
    // Written under a temporary name first: jest workers may build it at the same time.
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

/** jest options that load the ES-module-only packages as bundled CommonJS. */
function esmAsCommonJs() {
  return {
    transformIgnorePatterns: ['/node_modules/', '/tmp/jest-cjs/'],
    moduleNameMapper: {
      '^marked$': commonJs('marked-16', 'marked/lib/marked.esm.js'),
      '^sanitize-html$': commonJs('sanitize-html-2', 'sanitize-html/index.js'),
    },
  };
}

module.exports = { esmAsCommonJs };
