import type { Paginated } from '@portal/domain/content';
import { Injector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { of, throwError, type Observable } from 'rxjs';
import { pagedList } from './paged-list';

interface Filter {
  readonly q?: string;
  readonly page?: number;
}

describe('pagedList', () => {
  function setup(respond: (filter: Filter, size: number) => Observable<Paginated<string>>) {
    const calls: { filter: Filter; size: number }[] = [];
    const list = runInInjectionContext(TestBed.inject(Injector), () =>
      pagedList<string, Filter>((filter, size) => {
        calls.push({ filter, size });
        return respond(filter, size);
      }, 10),
    );
    return { list, calls };
  }

  const page = (items: string[], total: number) => of({ items, total, page: 1, size: 10 });

  it('loads the first page, counts the pages, and a new filter starts again from page 1', async () => {
    const { list, calls } = setup(() => page(['a', 'b'], 25));
    TestBed.tick();
    await Promise.resolve();
    expect(calls).toEqual([{ filter: { page: 1 }, size: 10 }]);
    expect(list.items()).toEqual(['a', 'b']);
    expect(list.pages()).toBe(3);

    list.go(3);
    TestBed.tick();
    expect(calls.at(-1)).toEqual({ filter: { page: 3 }, size: 10 });

    list.applyFilter({ q: 'police' });
    TestBed.tick();
    expect(list.page()).toBe(1);
    expect(calls.at(-1)).toEqual({ filter: { q: 'police', page: 1 }, size: 10 });
    expect(calls).toHaveLength(3);
  });

  it('keeps a failed load as a readable error, cleared by the next good load', async () => {
    let fail = true;
    const { list } = setup(() =>
      fail ? throwError(() => new HttpErrorResponse({ status: 500 })) : page(['a'], 1),
    );
    TestBed.tick();
    await Promise.resolve();
    expect(list.error()).not.toBeNull();
    fail = false;
    await list.load();
    expect(list.error()).toBeNull();
    expect(list.pages()).toBe(1);
  });

  it('sends a change and then loads the list again; a refused change only sets the error', async () => {
    const { list, calls } = setup(() => page(['a'], 1));
    TestBed.tick();
    await Promise.resolve();
    await expect(list.run(of(null))).resolves.toBe(true);
    expect(calls).toHaveLength(2);

    await expect(list.run(throwError(() => new HttpErrorResponse({ status: 404 })))).resolves.toBe(
      false,
    );
    expect(list.error()?.key).toBe('admin.errors.notFound');
    expect(calls).toHaveLength(2);
  });
});
