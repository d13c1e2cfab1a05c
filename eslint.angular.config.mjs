import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

// The browser projects' lint: the workspace rules plus Angular's, with the `pt-` prefix
// for every component and directive.
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'pt', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'pt', style: 'kebab-case' },
      ],
    },
  },
];
