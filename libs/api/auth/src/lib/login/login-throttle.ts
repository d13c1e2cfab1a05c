import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  ATTEMPT_COUNTER,
  type AttemptCount,
  type AttemptCounter,
  clientNetwork,
  TooManyRequestsError,
} from '@portal/api/common';

/** Failed sign-ins per minute from one client (IPv4 address or IPv6 /64), any account. */
export const LOGIN_FAILURES_PER_IP = 50;
const IP_WINDOW_SECONDS = 60;
/** Failed sign-ins for one account that need no wait, within ACCOUNT_WINDOW_SECONDS. */
export const LOGIN_FREE_ATTEMPTS = 5;
const ACCOUNT_WINDOW_SECONDS = 15 * 60;
/** The wait after the last free attempt; it doubles with each further failure. */
export const LOGIN_BACKOFF_BASE_SECONDS = 2;
/** The wait never exceeds the window in which failures are counted. */
const LOGIN_BACKOFF_MAX_SECONDS = ACCOUNT_WINDOW_SECONDS;

const TOO_MANY_FAILURES = 'Too many failed sign-in attempts';
/** The account count has no limit of its own: its size sets the backoff. */
const UNLIMITED = Number.MAX_SAFE_INTEGER;

/** Seconds an account must wait after its `failures`-th counted attempt (from the last free one). */
export function loginBackoffSeconds(failures: number): number {
  const doublings = Math.max(0, failures - LOGIN_FREE_ATTEMPTS);
  return Math.min(
    LOGIN_BACKOFF_BASE_SECONDS * 2 ** Math.min(doublings, 30),
    LOGIN_BACKOFF_MAX_SECONDS,
  );
}

/** A sign-in attempt that has been counted; tell it how the password check went. */
export interface LoginAttempt {
  /** The attempt does not count as a failure, and the account's failures are forgotten. */
  succeeded(): Promise<void>;
  /** The password was never checked (the server was busy): the attempt does not count. */
  abandoned(): Promise<void>;
}

/**
 * Sign-in throttling, counted BEFORE the password is checked: every attempt first takes a
 * slot (one atomic check-and-increment in the AttemptCounter, shared through Redis), or is
 * refused when none is left. Parallel guesses therefore cannot all pass a check made
 * before any failure was recorded, and a refused guess costs no argon2 hash. A slot is
 * given back when the attempt turns out not to be a failure: the throttler's storage has
 * no way to take a hit back, hence the AttemptCounter.
 *
 * Two limits: per client network (LOGIN_FAILURES_PER_IP a minute, password spraying from
 * one place) and per account, whoever asks (LOGIN_FREE_ATTEMPTS, then one attempt per
 * backoff window that doubles with each failure: guessing one password from many
 * addresses). The account key is a hash of the normalized email, unknown emails included,
 * so limits do not tell who has an account and the store holds no addresses of people.
 */
@Injectable()
export class LoginThrottle {
  constructor(@Inject(ATTEMPT_COUNTER) private readonly counter: AttemptCounter) {}

  async begin(normalizedEmail: string, ip: string): Promise<LoginAttempt> {
    const account = createHash('sha256').update(normalizedEmail).digest('hex').slice(0, 32);
    const ipKey = `login-ip:${clientNetwork(ip)}`;
    const accountKey = `login-account:${account}`;
    const gateKey = `login-gate:${account}`;

    refuseUnless(await this.counter.reserve(ipKey, LOGIN_FAILURES_PER_IP, IP_WINDOW_SECONDS));
    const failures = await this.counter.reserve(accountKey, UNLIMITED, ACCOUNT_WINDOW_SECONDS);
    if (failures.count >= LOGIN_FREE_ATTEMPTS) {
      // One attempt per window passes the gate and opens the next window, as long as the
      // backoff it earns; the last free attempt opens the first.
      const gate = await this.counter.reserve(gateKey, 1, loginBackoffSeconds(failures.count));
      if (!gate.allowed) {
        // Refused before any password check: it is not a failure, for either count.
        await Promise.all([this.counter.release(accountKey), this.counter.release(ipKey)]);
        refuseUnless(gate);
      }
    }
    return {
      succeeded: async () => {
        await Promise.all([
          this.counter.release(ipKey),
          this.counter.reset(accountKey),
          this.counter.reset(gateKey),
        ]);
      },
      abandoned: async () => {
        await Promise.all([this.counter.release(ipKey), this.counter.release(accountKey)]);
      },
    };
  }
}

function refuseUnless(reservation: AttemptCount): void {
  if (reservation.allowed) return;
  const seconds = reservation.retryAfterSeconds;
  throw new TooManyRequestsError(`${TOO_MANY_FAILURES}; try again in ${seconds} seconds`, seconds);
}
