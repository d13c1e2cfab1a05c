import {
  DestroyRef,
  type Signal,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { HttpClient } from '@angular/common/http';
import type { Subscription } from 'rxjs';

/** What pages read from an API resource; the same shape as Angular's resources. */
export interface ApiResource<T> {
  readonly value: Signal<T>;
  readonly isLoading: Signal<boolean>;
  readonly error: Signal<unknown>;
  hasValue(): this is ApiResource<Exclude<T, undefined>>;
  reload(): boolean;
}

interface State<T> {
  readonly value: T;
  readonly error: unknown;
  readonly loading: boolean;
}

/**
 * A GET request as signals that starts synchronously when created. Angular's
 * `httpResource` starts in an effect, so the browser's first render after server
 * rendering shows "loading" and then the content again (a flash and a layout shift) even
 * though the transfer cache holds the answer; subscribing at once lets that cached answer
 * arrive before the first render, so hydration finds the same DOM the server sent.
 * Refetches when `url()` changes; keeps the previous value while a new one loads.
 */
export function apiResource<T>(
  url: () => string | undefined,
  options: { parse?: (body: unknown) => T; defaultValue: T },
): ApiResource<T>;
export function apiResource<T>(
  url: () => string | undefined,
  options?: { parse?: (body: unknown) => T },
): ApiResource<T | undefined>;
export function apiResource<T>(
  url: () => string | undefined,
  options: { parse?: (body: unknown) => T; defaultValue?: T } = {},
): ApiResource<T | undefined> {
  const http = inject(HttpClient);
  const state = signal<State<T | undefined>>({
    value: options.defaultValue,
    error: undefined,
    loading: false,
  });
  let current: string | undefined;
  let subscription: Subscription | undefined;

  const load = (target: string | undefined) => {
    subscription?.unsubscribe();
    current = target;
    if (!target) {
      state.set({ value: options.defaultValue, error: undefined, loading: false });
      return;
    }
    state.update((s) => ({ ...s, error: undefined, loading: true }));
    subscription = http.get<unknown>(target).subscribe({
      next: (body) =>
        state.set({
          value: options.parse ? options.parse(body) : (body as T),
          error: undefined,
          loading: false,
        }),
      error: (error: unknown) => state.set({ value: options.defaultValue, error, loading: false }),
    });
  };

  load(untracked(url));
  effect(() => {
    const next = url();
    if (next !== current) untracked(() => load(next));
  });
  inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());

  const resource: ApiResource<T | undefined> = {
    value: computed(() => state().value),
    isLoading: computed(() => state().loading),
    error: computed(() => state().error),
    hasValue(): boolean {
      return state().value !== undefined;
    },
    reload: () => {
      load(current);
      return true;
    },
  } as ApiResource<T | undefined>;
  return resource;
}
