const { angularJestConfig } = require('../../../tools/jest/angular-preset.cjs');

module.exports = angularJestConfig('portal-shell', __dirname);
