export * from './lib/api-assistant';
