import type { Paginated } from '@portal/domain/content';
import {
  Injector,
  type Resource,
  computed,
  effect,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { type Observable, firstValueFrom } from 'rxjs';
import { type ReadableError, readableError } from './api-error';

/**
 * The state of a filtered, paged list screen (documents, audit log, insights, review). A new filter or page
 * loads again; a new filter starts from page 1. Must be called in an injection context,
 * since the rows are a resource.
 */
export function pagedList<T, F extends object>(
  fetch: (filter: F & { page: number }, size: number) => Observable<Paginated<T>>,
  size: number,
) {
  const injector = inject(Injector);
  const filter = signal<F>({} as F);
  const page = signal(1);
  const rows = rxResource({
    params: () => ({ ...filter(), page: page() }),
    stream: ({ params }) => fetch(params, size),
  });
  /** The rows on screen stay until the next page has arrived, and stay when it fails. */
  const shown = linkedSignal({
    source: rows.snapshot,
    computation: (s, previous: { value: Paginated<T> | null } | undefined) =>
      s.status === 'resolved' && s.value ? s.value : (previous?.value ?? null),
  });
  /** A failed load, cleared by the next good one, or a refused change: one alert shows either. */
  const error = linkedSignal({
    source: rows.snapshot,
    computation: (s, previous: { value: ReadableError | null } | undefined) => {
      if (s.status === 'error') return readableError(s.error);
      return s.status === 'resolved' ? null : (previous?.value ?? null);
    },
  });

  /** Loads the current page again; resolves once it is on screen (or has failed). */
  function reload(): Promise<void> {
    rows.reload();
    return settled(rows, injector);
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
    await reload();
    return true;
  }

  const total = computed(() => shown()?.total ?? 0);
  return {
    filter: filter.asReadonly(),
    page: page.asReadonly(),
    items: computed<readonly T[]>(() => shown()?.items ?? []),
    total,
    pages: computed(() => Math.max(1, Math.ceil(total() / size))),
    error: error.asReadonly(),
    reload,
    run,
    go: (to: number) => page.set(to),
    applyFilter(next: F): void {
      page.set(1);
      filter.set(next);
    },
  };
}

/**
 * Resolves when `resource` is no longer loading. An action's caller awaits this so that its
 * outcome (a status line, buttons enabled again) shows together with the list it changed.
 */
function settled(resource: Resource<unknown>, injector: Injector): Promise<void> {
  return new Promise((resolve) => {
    const watch = effect(
      () => {
        if (resource.isLoading()) return;
        watch.destroy();
        resolve();
      },
      { injector, manualCleanup: true },
    );
  });
}

export type PagedList<T, F extends object> = ReturnType<typeof pagedList<T, F>>;
