export * from './lib/domain-policing';
