export * from './lib/api-search';
