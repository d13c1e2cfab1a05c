import { ServiceBusyError } from '@portal/api/common';
import { HashingSlots } from './hashing-slots';

describe('HashingSlots', () => {
  it('runs at most `slots` tasks at once, queues a few, refuses the rest with Retry-After', async () => {
    const gate = new HashingSlots(2, 3);
    let running = 0;
    let peak = 0;
    const task = async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 20));
      running -= 1;
      return 'done';
    };
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => gate.run(task)));
    expect(peak).toBe(2);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(5);
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(refused).toHaveLength(15);
    for (const o of refused) {
      expect(o.reason).toBeInstanceOf(ServiceBusyError);
      expect((o.reason as ServiceBusyError).retryAfterSeconds).toBe(1);
    }
    expect(gate.running).toBe(0);
  });

  it('frees the slot when a task fails', async () => {
    const gate = new HashingSlots(1, 0);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run(async () => 1)).resolves.toBe(1);
  });
});
