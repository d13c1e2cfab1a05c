import { IngestionSchema1764304000000 } from './lib/migrations/1764304000000-ingestion-schema';
import { DocumentPendingStatus1764313000001 } from './lib/migrations/1764313000001-document-pending-status';

export { IngestionModule, INGESTION_ENTITIES } from './lib/ingestion.module';
export { IngestionService } from './lib/ingestion.service';
export type { IngestInput, DocumentFilter } from './lib/ingestion.service';
export { DocumentEntity } from './lib/entities/document.entity';
export { DocumentChunkEntity } from './lib/entities/document-chunk.entity';
export { MAX_DOCUMENT_BYTES, TEXT_FORMATS, formatOfFile } from './lib/extraction/document-format';
export type {
  DocumentFormat,
  DocumentSource,
  TextFormat,
  Section,
} from './lib/extraction/document-format';
export { extractSections } from './lib/extraction/text-extractor';
export { extractPdfSections } from './lib/extraction/pdf-extractor';
export { DocumentReader } from './lib/extraction/document-reader';
export { EXTRACTION_LIMITS } from './lib/extraction/extraction-limits';
export { sniffContent } from './lib/extraction/content-sniffer';
export { chunkSections, CHUNK_SIZE, CHUNK_OVERLAP } from './lib/extraction/chunker';
export type { Passage } from './lib/extraction/chunker';
export { detectLanguage, guessLanguage } from './lib/text/language-detector';
export type { LanguageGuess } from './lib/text/language-detector';
export { IngestionSchema1764304000000, DocumentPendingStatus1764313000001 };

export const INGESTION_MIGRATIONS = [
  IngestionSchema1764304000000,
  DocumentPendingStatus1764313000001,
];
