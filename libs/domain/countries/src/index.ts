export * from './lib/domain-countries';
