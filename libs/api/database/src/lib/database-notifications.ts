import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import { databaseConfig } from '@portal/api/common';

type Listener = () => void;

/** Pause before a lost LISTEN connection is opened again. */
const RECONNECT_DELAY_MS = 1_000;

/** PostgreSQL channel names are identifiers; ours are plain lower-case words. */
const CHANNEL_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * "Something changed" signals between the writers and the readers of every API instance on
 * one database, delivered only once the change is committed.
 *
 * In this process, listeners run as the writing transaction commits, before the write's
 * caller gets its answer: whoever asks next sees the change. Other instances (PostgreSQL
 * only; the embedded engine admits a single process) hear it through `pg_notify`, which
 * PostgreSQL also sends only on commit, within milliseconds. The payload is the sending
 * instance's id, so an instance ignores the echo of its own signals.
 */
@Injectable()
export class DatabaseNotifications implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DatabaseNotifications');
  private readonly instance = randomUUID();
  private readonly listeners = new Map<string, Set<Listener>>();
  /** Channels signalled inside a transaction that has not committed yet. */
  private readonly pending = new WeakMap<QueryRunner, Set<string>>();
  private client?: Client;
  private readonly dead = new WeakSet<Client>();
  private reconnect?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(databaseConfig.KEY) private readonly config: ConfigType<typeof databaseConfig>,
  ) {
    this.dataSource.subscribers.push(this.commitWatcher());
  }

  /** Calls `listener` whenever `channel` is signalled, here or on another instance. */
  on(channel: string, listener: Listener): void {
    if (!CHANNEL_NAME.test(channel)) throw new Error(`Bad notification channel "${channel}"`);
    const known = this.listeners.has(channel);
    const set = this.listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(channel, set);
    if (!known && this.client) void this.listen(this.client, channel);
  }

  /**
   * Signals `channel` as part of `manager`'s transaction: listeners hear it once (and only
   * if) it commits. Outside a transaction the signal goes at once.
   */
  async notify(manager: EntityManager, channel: string): Promise<void> {
    if (this.config.url) {
      await manager.query('SELECT pg_notify($1, $2)', [channel, this.instance]);
    }
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) {
      const channels = this.pending.get(runner) ?? new Set<string>();
      channels.add(channel);
      this.pending.set(runner, channels);
    } else {
      this.deliver(channel);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.url) await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private deliver(channel: string): void {
    for (const listener of this.listeners.get(channel) ?? []) {
      try {
        listener();
      } catch (error) {
        this.logger.error(`A listener of ${channel} failed: ${(error as Error).message}`);
      }
    }
  }

  private commitWatcher(): EntitySubscriberInterface {
    return {
      afterTransactionCommit: ({ queryRunner }: TransactionCommitEvent) => {
        // Releasing a savepoint also reports a commit; only the outermost one counts.
        if (queryRunner.isTransactionActive) return;
        const channels = this.pending.get(queryRunner);
        this.pending.delete(queryRunner);
        for (const channel of channels ?? []) this.deliver(channel);
      },
      afterTransactionRollback: ({ queryRunner }: TransactionRollbackEvent) => {
        if (!queryRunner.isTransactionActive) this.pending.delete(queryRunner);
      },
    };
  }

  /** One connection of its own: LISTEN holds a session, which a pooled one cannot. */
  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.config.url });
    client.on('notification', ({ channel, payload }) => {
      if (payload !== this.instance) this.deliver(channel);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.listeners.keys()) await this.listen(client, channel);
      this.client = client;
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private async listen(client: Client, channel: string): Promise<void> {
    await client.query(`LISTEN ${channel}`);
  }

  /**
   * While the connection was down, signals may have been missed: every listener hears one
   * now, which costs at worst a needless refresh, then the connection is opened again.
   */
  private lost(client: Client, error?: Error): void {
    // 'error' and 'end' both report one loss; only the first counts.
    if (this.stopped || this.dead.has(client)) return;
    this.dead.add(client);
    if (this.client === client) this.client = undefined;
    if (error) this.logger.warn(`LISTEN connection lost: ${error.message}`);
    client.end().catch(() => undefined);
    for (const channel of this.listeners.keys()) this.deliver(channel);
    if (this.reconnect) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      void this.connect();
    }, RECONNECT_DELAY_MS);
    this.reconnect.unref();
  }
}
