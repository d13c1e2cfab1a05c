export { flateBombPdf, manyPagesPdf, minimalPdf } from './lib/extraction/extraction.spec-helpers';
