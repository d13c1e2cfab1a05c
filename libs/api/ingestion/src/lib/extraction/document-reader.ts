import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { DomainError, ServiceBusyError } from '@portal/api/common';
import { EXTRACTION_LIMITS } from './extraction-limits';
import type { DocumentSource } from './document-format';
import type { ReadRequest, ReadResult } from './read-document';
import type { ReaderReply } from './reader-protocol';

interface Job {
  readonly id: number;
  readonly request: ReadRequest;
  readonly source: DocumentSource;
  readonly resolve: (result: ReadResult) => void;
  readonly reject: (error: Error) => void;
}

const WORKER_LIMITS: ResourceLimits = {
  maxOldGenerationSizeMb: EXTRACTION_LIMITS.heapMb,
  maxYoungGenerationSizeMb: 32,
};
const MB = 1024 * 1024;
/** How often the resident memory of the process is checked while a document is read. */
const MEMORY_CHECK_MS = 50;

/**
 * Reads uploaded documents in one worker thread, one at a time, so a file built to take
 * minutes or gigabytes costs the worker, never the event loop that answers every other
 * request. A document that runs over its time or memory is stopped by terminating the
 * worker (the next document gets a fresh one) and refused with 422 naming the file.
 */
@Injectable()
export class DocumentReader implements OnModuleInit, OnModuleDestroy {
  private static sharedReader?: DocumentReader;
  private readonly logger = new Logger('DocumentReader');
  private readonly waiting: Job[] = [];
  private worker?: Worker;
  /** Set once the current worker has loaded its code and can take a document. */
  private workerReady = false;
  private readonly readyWaiters: (() => void)[] = [];
  private running?: { job: Job; worker: Worker; stop: () => void };
  private nextId = 1;

  /** One reader for code that builds IngestionService by hand (scripts, tests). */
  static shared(): DocumentReader {
    DocumentReader.sharedReader ??= new DocumentReader();
    return DocumentReader.sharedReader;
  }

  read(request: ReadRequest, source: DocumentSource): Promise<ReadResult> {
    if (this.waiting.length >= EXTRACTION_LIMITS.queue) {
      return Promise.reject(
        new ServiceBusyError('Other documents are being read; send this one again shortly', 5),
      );
    }
    return new Promise<ReadResult>((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, request, source, resolve, reject });
      this.startNext();
    });
  }

  /** Starts the worker, so the first upload does not wait for it. */
  onModuleInit(): Promise<void> {
    return this.start();
  }

  /** Resolves once a worker has loaded its code (from source that takes seconds). */
  start(): Promise<void> {
    if (this.workerReady && this.worker) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.readyWaiters.push(resolve);
      this.ensureWorker();
    });
  }

  onModuleDestroy(): Promise<void> {
    for (const job of this.waiting.splice(0)) job.reject(new Error('The API is shutting down'));
    return this.stopWorker();
  }

  private startNext(): void {
    this.keepAliveWhileBusy();
    if (this.running || this.waiting.length === 0) return;
    const worker = this.ensureWorker();
    worker.ref();
    // Starting a worker is not the document's time: its clock starts once the worker is ready.
    if (!this.workerReady) return;
    const job = this.waiting.shift() as Job;
    const baseline = process.memoryUsage.rss();
    const timeout = setTimeout(
      () => this.abort(`reading it took longer than ${EXTRACTION_LIMITS.timeoutMs / 1000} s`),
      EXTRACTION_LIMITS.timeoutMs,
    );
    const memory = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > EXTRACTION_LIMITS.residentGrowthMb * MB) {
        this.abort(
          `reading it needed more than ${EXTRACTION_LIMITS.residentGrowthMb} MB of memory`,
        );
      }
    }, MEMORY_CHECK_MS);
    memory.unref();
    this.running = {
      job,
      worker,
      stop: () => {
        clearTimeout(timeout);
        clearInterval(memory);
      },
    };
    // A copy the worker can own, so the upload's buffer is not detached from under its owner.
    const bytes = new Uint8Array(job.request.bytes);
    worker.postMessage({ ...job.request, bytes, id: job.id }, [bytes.buffer]);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = createWorker();
    this.workerReady = false;
    worker.on('message', (reply: ReaderReply) => this.settle(worker, reply));
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        this.finish(worker, (job) =>
          refusal(job, `reading it needed more than ${EXTRACTION_LIMITS.heapMb} MB of memory`),
        );
      } else {
        const reason = e.message ?? String(e);
        this.logger.error(`document reader failed: ${e.stack ?? reason}`);
        this.finish(worker, () => new Error(`The document reader failed: ${reason}`));
      }
    });
    worker.on('exit', () => {
      const current = this.worker === worker;
      if (current) this.worker = undefined;
      if (current && !this.workerReady) {
        // It died loading its code: another would too, so nothing waiting can be read.
        for (const resolve of this.readyWaiters.splice(0)) resolve();
        for (const job of this.waiting.splice(0)) {
          job.reject(new Error('The document reader could not start'));
        }
      }
      this.finish(worker, () => new Error('The document reader stopped unexpectedly'));
      this.startNext();
    });
    this.worker = worker;
    return worker;
  }

  private settle(worker: Worker, reply: ReaderReply): void {
    if ('ready' in reply) {
      if (worker !== this.worker) return;
      this.workerReady = true;
      for (const resolve of this.readyWaiters.splice(0)) resolve();
      this.startNext();
      return;
    }
    const current = this.running;
    if (!current || current.job.id !== reply.id) return;
    current.stop();
    this.running = undefined;
    if ('result' in reply) current.job.resolve(reply.result);
    else if ('limit' in reply) current.job.reject(refusal(current.job, reply.limit));
    else current.job.reject(new Error(`The document reader failed: ${reply.error}`));
    this.startNext();
  }

  /** An idle worker must not keep a finished process (a script, a test run) alive. */
  private keepAliveWhileBusy(): void {
    if (this.running || this.waiting.length > 0) this.worker?.ref();
    else this.worker?.unref();
  }

  /** Ends the job running on `worker` with the error `why` makes for it, if there is one. */
  private finish(worker: Worker, why: (job: Job) => Error): void {
    const current = this.running;
    if (!current || current.worker !== worker) return;
    current.stop();
    this.running = undefined;
    current.job.reject(why(current.job));
  }

  /** Over a limit the worker cannot report itself: stop it; the next job gets a new one. */
  private abort(reason: string): void {
    const current = this.running;
    if (!current) return;
    this.finish(current.worker, (job) => refusal(job, reason));
    void this.stopWorker().then(() => this.startNext());
  }

  private async stopWorker(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}

function refusal(job: Job, reason: string): DomainError {
  const message = `"${job.source.name}" was not indexed: ${reason}`;
  return new DomainError('unprocessable', message, [{ path: job.source.field, message: reason }]);
}

/**
 * The built API runs the worker webpack emits beside main.js; from source (jest, ts-node)
 * the worker's TypeScript is compiled on load by ts-node, which only development installs.
 */
function createWorker(): Worker {
  if (!__filename.endsWith('.ts')) {
    return new Worker(join(__dirname, 'document-reader.worker.js'), {
      resourceLimits: WORKER_LIMITS,
    });
  }
  const tsNode = require.resolve('ts-node');
  const options = {
    transpileOnly: true,
    skipProject: true,
    compilerOptions: {
      module: 'commonjs',
      moduleResolution: 'bundler',
      target: 'es2022',
      esModuleInterop: true,
    },
  };
  const entry = join(__dirname, 'document-reader.worker.ts');
  return new Worker(
    `require(${JSON.stringify(tsNode)}).register(${JSON.stringify(options)});
     require(${JSON.stringify(entry)});`,
    { eval: true, resourceLimits: WORKER_LIMITS },
  );
}
