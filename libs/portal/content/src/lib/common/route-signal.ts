import { type Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { combineLatest, map } from 'rxjs';

/**
 * A route parameter (or, failing that, route data) as a signal that has its value at
 * construction: component input binding sets inputs only after construction, and a page
 * that fetches from an input would render "loading" first on the browser's first render.
 */
export function routeParam(name: string): Signal<string | undefined> {
  const route = inject(ActivatedRoute);
  return toSignal(
    combineLatest([route.paramMap, route.data]).pipe(
      map(([params, data]) => params.get(name) ?? (data[name] as string | undefined)),
    ),
    { requireSync: true },
  );
}

/** A query parameter as a signal with its value at construction. */
export function queryParam(name: string): Signal<string | undefined> {
  const route = inject(ActivatedRoute);
  return toSignal(route.queryParamMap.pipe(map((q) => q.get(name) ?? undefined)), {
    requireSync: true,
  });
}
