import type { Paginated } from '@portal/domain/content';
import { computed, effect, signal, untracked } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';
import { type ReadableError, readableError } from './api-error';

/**
 * The state of a filtered, paged list screen (documents, audit log, insights, review). A new filter or page
 * loads again; a new filter starts from page 1. Must be called in an injection context,
 * since it loads from an effect.
 */
export function pagedList<T, F extends object>(
  fetch: (filter: F & { page: number }, size: number) => Observable<Paginated<T>>,
  size: number,
) {
  const filter = signal<F>({} as F);
  const page = signal(1);
  const items = signal<readonly T[]>([]);
  const total = signal(0);
  /** Also set by the screen's own actions (delete, open), so one alert shows either. */
  const error = signal<ReadableError | null>(null);

  async function load(): Promise<void> {
    try {
      const result = await firstValueFrom(fetch({ ...filter(), page: page() }, size));
      items.set(result.items);
      total.set(result.total);
      error.set(null);
    } catch (e) {
      error.set(readableError(e));
    }
  }

  /**
   * Sends a change made from the list (approve, delete, answer), then shows the list as it now
   * is. A failure goes to the one alert and leaves the rows as they are. Whether it worked.
   */
  async function run(request: Observable<unknown>): Promise<boolean> {
    try {
      await firstValueFrom(request);
    } catch (e) {
      error.set(readableError(e));
      return false;
    }
    await load();
    return true;
  }

  effect(() => {
    filter();
    page();
    untracked(() => void load());
  });

  return {
    filter: filter.asReadonly(),
    page: page.asReadonly(),
    items: items.asReadonly(),
    total: total.asReadonly(),
    pages: computed(() => Math.max(1, Math.ceil(total() / size))),
    error,
    load,
    run,
    go: (to: number) => page.set(to),
    applyFilter(next: F): void {
      page.set(1);
      filter.set(next);
    },
  };
}

export type PagedList<T, F extends object> = ReturnType<typeof pagedList<T, F>>;
