import angularConfig from '../../../eslint.angular.config.mjs';

export default [
  ...angularConfig,
  {
    // The widget is on every public page; @angular/forms would add ~11 KB gzipped to each.
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@angular/forms',
              message: 'Bind the element with signals and (input) events instead.',
            },
          ],
        },
      ],
    },
  },
];
