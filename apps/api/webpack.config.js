const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');
const { DefinePlugin } = require('webpack');
const { readFileSync } = require('fs');

const { version } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // Uploaded documents are read in a worker thread; its script sits beside main.js,
      // where the ingestion library's DocumentReader looks for it.
      additionalEntryPoints: [
        {
          entryName: 'document-reader.worker',
          // Absolute: the plugin resolves this path against the workspace root, not this folder.
          entryPath: join(
            __dirname,
            '../../libs/api/ingestion/src/lib/extraction/document-reader.worker.ts',
          ),
        },
      ],
      tsConfig: './tsconfig.app.json',
      assets: ['./src/assets'],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    }),
    new DefinePlugin({ PORTAL_VERSION: JSON.stringify(version) }),
  ],
};
