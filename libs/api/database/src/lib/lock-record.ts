import { randomBytes } from 'node:crypto';
import { readFileSync, readlinkSync, statSync } from 'node:fs';
import { hostname } from 'node:os';

/** What a lock file holds: who took it, to tell a user and to judge a stale lock. */
export interface LockRecord {
  readonly token: string;
  readonly host: string;
  readonly pid: number;
  /** The kernel's boot and PID namespace: a pid means something only inside both. */
  readonly bootId?: string;
  readonly pidNamespace?: string;
  readonly startedAt: string;
}

/** A lock file as found on disk: its inode (to notice a replaced file), age and record. */
export interface FoundLock {
  readonly ino: bigint;
  readonly ctimeNs: bigint;
  readonly heartbeatAgeMs: number;
  /** Undefined when the file is empty or torn (its writer died while creating it). */
  readonly record?: LockRecord;
}

function readOrUndefined(read: () => string): string | undefined {
  try {
    return read().trim() || undefined;
  } catch {
    return undefined;
  }
}

// Read once: neither changes while the process runs.
const BOOT_ID = readOrUndefined(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8'));
const PID_NAMESPACE = readOrUndefined(() => readlinkSync('/proc/self/ns/pid'));

export function newRecord(): LockRecord {
  return {
    token: randomBytes(16).toString('hex'),
    host: hostname(),
    pid: process.pid,
    bootId: BOOT_ID,
    pidNamespace: PID_NAMESPACE,
    startedAt: new Date().toISOString(),
  };
}

function parseRecord(text: string): LockRecord | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockRecord>;
    return typeof value.token === 'string' && typeof value.pid === 'number'
      ? (value as LockRecord)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The lock at `file`, or undefined when there is none. */
export function findLock(file: string): FoundLock | undefined {
  try {
    const stat = statSync(file, { bigint: true });
    return {
      ino: stat.ino,
      ctimeNs: stat.ctimeNs,
      heartbeatAgeMs: Date.now() - Number(stat.mtimeMs),
      record: parseRecord(readFileSync(file, 'utf8')),
    };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True when the holder has certainly died: it ran in our boot and PID namespace, so its pid
 * can be asked about, and no such process runs (or the pid is ours, which no live holder
 * can share with us). Every container has its own namespace and is PID 1 there, so a pid
 * from elsewhere proves nothing; such a lock goes stale by its heartbeat alone.
 */
export function holderIsGone(record: LockRecord | undefined): boolean {
  if (!record?.bootId || !record.pidNamespace) return false;
  if (record.bootId !== BOOT_ID || record.pidNamespace !== PID_NAMESPACE) return false;
  return record.pid === process.pid || !isAlive(record.pid);
}

/** One line for the user: who holds the directory and when it would count as abandoned. */
export function describeHolder(found: FoundLock): string {
  const r = found.record;
  const who = r
    ? `pid ${r.pid} on ${r.host}, started ${r.startedAt}`
    : 'a process that is starting';
  return `${who}, last heartbeat ${Math.max(0, Math.round(found.heartbeatAgeMs / 1000))} s ago`;
}
