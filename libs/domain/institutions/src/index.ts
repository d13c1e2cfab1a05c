export * from './lib/domain-institutions';
