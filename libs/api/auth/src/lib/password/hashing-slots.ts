import { ServiceBusyError } from '@portal/api/common';

/**
 * A counting semaphore with a short queue, for argon2: each hash takes ~19 MiB and a
 * core for tens of milliseconds, so a burst of sign-ins must wait its turn rather than
 * exhaust memory and starve every other request. When the queue is full too, the caller
 * gets a ServiceBusyError (503 with Retry-After) at once instead of waiting.
 */
export class HashingSlots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly slots: number,
    readonly queueLength: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.releaseSlot();
    }
  }

  /** Tasks running now, for tests and metrics. */
  get running(): number {
    return this.active;
  }

  private acquire(): Promise<void> {
    if (this.active < this.slots) {
      this.active += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.queueLength) {
      return Promise.reject(
        new ServiceBusyError('Too many sign-ins at once; try again in a second', 1),
      );
    }
    // The slot passes straight from the finishing task to the next in line.
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}
