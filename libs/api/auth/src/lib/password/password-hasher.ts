import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (19 MiB, 2 passes), the OWASP baseline. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed check, never a 500 that tells an attacker more.
    return false;
  }
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
