// marked and sanitize-html's parser (htmlparser2) ship only ES modules, but PGlite needs
// jest's --experimental-vm-modules, under which jest refuses to require() them. They are
// bundled once into CommonJS files that the tests load instead; the app itself runs on
// Node 22, which requires ES modules natively. Delete tmp/jest-cjs after upgrading either.
const { buildSync } = require('esbuild');
const { existsSync, mkdirSync, readFileSync, renameSync } = require('node:fs');
const { join } = require('node:path');

const workspace = join(__dirname, '../..');
const outDir = join(workspace, 'tmp/jest-cjs');

function commonJs(name, entry, options = {}) {
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
      ...options,
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

/**
 * jest options that load pdfjs-dist's legacy build (ES modules only) as CommonJS; the app and
 * the document reader's worker `require()` the ES modules natively. The bundles are named by
 * the installed version, so an upgrade builds new ones. `import.meta.url` stays the original
 * file's URL: pdf.js resolves its optional `@napi-rs/canvas` from there.
 */
function pdfJsAsCommonJs() {
  const dir = join(workspace, 'node_modules/pdfjs-dist');
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const bundle = (file) =>
    commonJs(`pdfjs-${version}-${file}`, `pdfjs-dist/legacy/build/${file}.mjs`, {
      define: { 'import.meta.url': '__pdfjsUrl' },
      banner: {
        js: `const __pdfjsUrl = require('node:url').pathToFileURL(${JSON.stringify(
          join(dir, `legacy/build/${file}.mjs`),
        )}).href;`,
      },
    });
  return {
    transformIgnorePatterns: ['/node_modules/', '/tmp/jest-cjs/'],
    moduleNameMapper: {
      '^pdfjs-dist/legacy/build/pdf\\.mjs$': bundle('pdf'),
      '^pdfjs-dist/legacy/build/pdf\\.worker\\.mjs$': bundle('pdf.worker'),
    },
  };
}

module.exports = { esmAsCommonJs, pdfJsAsCommonJs };
