import { parentPort } from 'node:worker_threads';
import { ExtractionLimitError } from './extraction-limits';
import { loadPdfJs } from './pdf-extractor';
import { readDocument, type ReadRequest } from './read-document';
import type { ReaderReply } from './reader-protocol';

// The document reader's worker: one document at a time, answered by id. pdf.js is loaded
// before the worker says it is ready, so a document's time is spent on the document.
loadPdfJs();
parentPort?.postMessage({ ready: true } satisfies ReaderReply);
parentPort?.on('message', (job: ReadRequest & { id: number }) => {
  const { id, ...request } = job;
  readDocument(request).then(
    (result) => parentPort?.postMessage({ id, result } satisfies ReaderReply),
    (e: unknown) =>
      parentPort?.postMessage({
        id,
        ...(e instanceof ExtractionLimitError
          ? { limit: e.message }
          : { error: e instanceof Error ? e.message : String(e) }),
      } satisfies ReaderReply),
  );
});
