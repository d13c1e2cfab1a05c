import { HttpEventType } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { Locale } from '@portal/domain/locales';
import { AdminApi } from './admin-api.service';
import type { AdminDocument } from './admin.types';
import { type ReadableError, readableError } from './api-error';

/** The API's limit; checked here too so a wrong file fails at once, not after the upload. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const UPLOAD_EXTENSIONS = ['.md', '.markdown', '.html', '.htm', '.txt', '.pdf'] as const;

export type UploadState = 'waiting' | 'uploading' | 'processing' | 'done' | 'failed';

export interface Upload {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  readonly progress: number;
  readonly state: UploadState;
  readonly result?: AdminDocument;
  readonly error?: ReadableError;
}

export function titleFromFileName(name: string): string {
  const base = name
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
  return (base || name).slice(0, 300);
}

/** Why a file cannot be sent at all, as an `admin.documents.*` key; null when it is fine. */
export function rejectReason(file: { name: string; size: number }): string | null {
  const lower = file.name.toLowerCase();
  if (!UPLOAD_EXTENSIONS.some((ext) => lower.endsWith(ext))) return 'admin.documents.badType';
  if (file.size > MAX_UPLOAD_BYTES) return 'admin.documents.tooLarge';
  if (file.size === 0) return 'admin.documents.empty';
  return null;
}

/**
 * Uploads files one after the other (the API extracts and indexes each synchronously; sending
 * them in parallel would only make every one slower) with progress and a state per file.
 */
@Injectable()
export class DocumentUploadStore {
  private readonly api = inject(AdminApi);
  private readonly queue: { id: number; file: File; lang?: Locale }[] = [];
  private running = false;
  private nextId = 1;
  readonly uploads = signal<readonly Upload[]>([]);
  readonly active = computed(() =>
    this.uploads().some(
      (u) => u.state === 'waiting' || u.state === 'uploading' || u.state === 'processing',
    ),
  );
  /** Called after each file the API accepted, so the list can refresh. */
  onUploaded: (doc: AdminDocument) => void = () => undefined;

  add(files: readonly File[], lang?: Locale): void {
    for (const file of files) {
      const id = this.nextId++;
      const reason = rejectReason(file);
      this.uploads.update((all) => [
        ...all,
        {
          id,
          name: file.name,
          size: file.size,
          progress: 0,
          state: reason ? 'failed' : 'waiting',
          ...(reason ? { error: { status: 0, key: reason, message: '', details: [] } } : {}),
        },
      ]);
      if (!reason) this.queue.push({ id, file, lang });
    }
    this.pump();
  }

  clearFinished(): void {
    this.uploads.update((all) => all.filter((u) => u.state !== 'done' && u.state !== 'failed'));
  }

  private patch(id: number, change: Partial<Upload>): void {
    this.uploads.update((all) => all.map((u) => (u.id === id ? { ...u, ...change } : u)));
  }

  private pump(): void {
    if (this.running) return;
    const next = this.queue.shift();
    if (!next) return;
    this.running = true;
    this.patch(next.id, { state: 'uploading' });
    const done = () => {
      this.running = false;
      this.pump();
    };
    // One HTTP request per file, ended by its response. Not tied to the page's DestroyRef on
    // purpose: leaving the page mid-upload does not abort the files staff already chose.
    this.api.uploadDocument(next.file, titleFromFileName(next.file.name), next.lang).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress) {
          const progress = event.total ? Math.round((100 * event.loaded) / event.total) : 0;
          // Everything sent: the server now extracts and indexes the text.
          this.patch(next.id, { progress, state: progress >= 100 ? 'processing' : 'uploading' });
        } else if (event.type === HttpEventType.Response && event.body) {
          const doc = event.body;
          this.patch(next.id, {
            progress: 100,
            state: doc.status === 'failed' ? 'failed' : 'done',
            result: doc,
            ...(doc.status === 'failed'
              ? {
                  error: {
                    status: 201,
                    key: 'admin.documents.extractFailed',
                    message: doc.failureReason ?? '',
                    details: [],
                  },
                }
              : {}),
          });
          this.onUploaded(doc);
        }
      },
      error: (error: unknown) => {
        this.patch(next.id, { state: 'failed', error: readableError(error) });
        done();
      },
      complete: done,
    });
  }
}
