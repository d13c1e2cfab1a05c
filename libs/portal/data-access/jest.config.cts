const { angularJestConfig } = require('../../../tools/jest/angular-preset.cjs');

module.exports = angularJestConfig('portal-data-access', __dirname);
