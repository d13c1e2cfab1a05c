import { signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';
import { type ReadableError, readableError } from './api-error';

export interface EditableListOptions {
  /**
   * Load the rows again after a refused change too, for lists that other staff change at the
   * same time (an account deleted meanwhile is why the change failed).
   */
  readonly reloadAfterFailure?: boolean;
}

/**
 * The state of an unpaged list screen whose rows staff change one at a time (users,
 * leadership): the rows, the one error alert, and the outcome of the last change as a
 * translation key for the status line. Loads when created.
 */
export function editableList<T>(
  fetch: () => Observable<{ readonly items: readonly T[] }>,
  options: EditableListOptions = {},
) {
  const items = signal<readonly T[]>([]);
  const error = signal<ReadableError | null>(null);
  const done = signal<string | null>(null);

  async function load(): Promise<void> {
    try {
      items.set((await firstValueFrom(fetch())).items);
    } catch (e) {
      error.set(readableError(e));
    }
  }

  /** Sends one change; on success says `doneKey` and loads the rows again. Whether it worked. */
  async function run(request: Observable<unknown>, doneKey: string): Promise<boolean> {
    error.set(null);
    done.set(null);
    try {
      await firstValueFrom(request);
    } catch (e) {
      error.set(readableError(e));
      if (options.reloadAfterFailure) await load();
      return false;
    }
    done.set(doneKey);
    await load();
    return true;
  }

  void load();

  return {
    items: items.asReadonly(),
    error: error.asReadonly(),
    done,
    load,
    run,
  };
}
