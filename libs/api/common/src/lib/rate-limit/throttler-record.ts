import type { ThrottlerStorage } from '@nestjs/throttler';

/** What a throttler storage answers for one hit. */
export type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** Milliseconds as the whole seconds a record reports (at least 1: a wait is never 0 s). */
export const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
