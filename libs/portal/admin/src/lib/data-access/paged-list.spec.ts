import type { Paginated } from '@portal/domain/content';
import { Injector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { Subject, of, throwError, type Observable } from 'rxjs';
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

  /** A list whose requests wait for the test to answer them: `answers[n]` answers the n-th. */
  function setupAnswered() {
    const answers: Subject<Paginated<string>>[] = [];
    const { list } = setup(() => {
      const answer = new Subject<Paginated<string>>();
      answers.push(answer);
      return answer;
    });
    return { list, answers };
  }

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
    await list.reload();
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

  it('keeps the rows on screen while the next page loads, and when it fails', async () => {
    const { list, answers } = setupAnswered();
    TestBed.tick();
    answers[0].next({ items: ['a'], total: 21, page: 1, size: 10 });
    await settle();
    expect(list.items()).toEqual(['a']);
    list.go(2);
    TestBed.tick();
    expect(list.items()).toEqual(['a']);
    answers[1].error(new HttpErrorResponse({ status: 500 }));
    await settle();
    expect(list.items()).toEqual(['a']);
    expect(list.error()?.key).toBe('admin.errors.server');
  });

  it('shows the answer to the latest filter only, whichever answer comes last', async () => {
    const { list, answers } = setupAnswered();
    TestBed.tick();
    list.applyFilter({ q: 'police' });
    TestBed.tick();
    answers[1].next({ items: ['police'], total: 1, page: 1, size: 10 });
    answers[0].next({ items: ['everything'], total: 1, page: 1, size: 10 });
    await settle();
    expect(list.items()).toEqual(['police']);
  });
});

async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    TestBed.tick();
    for (let j = 0; j < 5; j++) await Promise.resolve();
  }
}
