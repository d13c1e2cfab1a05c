export * from './lib/api-content';
