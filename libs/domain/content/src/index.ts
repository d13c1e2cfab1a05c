export type * from './lib/payloads';
