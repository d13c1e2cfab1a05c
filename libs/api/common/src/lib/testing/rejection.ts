import { InvalidInputError } from '../errors/domain-error';

/** What `promise` rejects with, for assertions on a domain error's fields; throws if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

/**
 * The field a synchronous check refuses, read from the `InvalidInputError` it throws;
 * undefined when it accepts the input. Any other error is thrown on.
 */
export function refusedField(check: () => unknown): string | undefined {
  try {
    check();
  } catch (e) {
    if (e instanceof InvalidInputError) return e.details[0].path;
    throw e;
  }
  return undefined;
}
