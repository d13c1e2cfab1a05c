export { minimalPdf } from './lib/extraction/extraction.spec-helpers';
