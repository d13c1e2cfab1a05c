import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import { HashingSlots } from './hashing-slots';

/**
 * One per process, because what it guards is this process's cores and memory: as many
 * hashes at once as there are cores, and a queue of a few per core (each waits at most a
 * few hashes' time, ~0.1-0.3 s); beyond that a sign-in gets 503 with Retry-After.
 */
export const PASSWORD_HASHING = new HashingSlots(
  Math.max(1, availableParallelism()),
  4 * Math.max(1, availableParallelism()),
);

/** argon2id with the library's defaults (19 MiB, 2 passes), the OWASP baseline. */
export function hashPassword(password: string): Promise<string> {
  return PASSWORD_HASHING.run(() => hash(password));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return PASSWORD_HASHING.run(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      // A malformed stored hash is a failed check, never a 500 that tells an attacker more.
      return false;
    }
  });
}

let dummy: Promise<string> | undefined;

/**
 * Verifies against a throw-away hash, so answering for an unknown email takes as long as
 * for a known one with a wrong password and the timing does not reveal who has an account.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hash('not-a-real-password-only-spends-time');
  await verifyPassword(await dummy, password);
  return false;
}
