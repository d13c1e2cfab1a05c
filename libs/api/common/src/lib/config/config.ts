import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { registerAs } from '@nestjs/config';
import { CONFIG_VARIABLES, ConfigVariable, EmbeddingsProvider, LlmProvider } from './config.schema';
import { parseTrustProxy, trustProxyProblem } from './trust-proxy';

/** A bad configuration value; the message is one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

/** Entries of a comma-separated host list, lower-cased as the URL parser does; blanks dropped. */
export function splitHostList(raw: string): string[] {
  return raw
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
}

const HOST_NAME = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/;
const IPV6_HOST = /^\[[0-9a-f:.]+\]$/;

/** A bare host name, IPv4 or bracketed IPv6 address, or `*.` and a host name. */
function isHostPattern(entry: string): boolean {
  const wildcard = entry.startsWith('*.');
  const host = wildcard ? entry.slice(2) : entry;
  if (!HOST_NAME.test(host) && (wildcard || !IPV6_HOST.test(host))) return false;
  // Angular matches against the URL parser's host name: an entry the parser would
  // rewrite (`1.2.3` to `1.2.0.3`, `[::0:1]` to `[::1]`) could never match.
  return URL.canParse(`http://${host}`) && new URL(`http://${host}`).hostname === host;
}

function check(variable: ConfigVariable, raw: string): string {
  const bad = (what: string) =>
    new ConfigError(`Invalid configuration: ${variable.name} ${what} (got "${raw}")`);
  switch (variable.kind) {
    case 'port': {
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || n < 1 || n > 65535)
        throw bad('must be a port number from 1 to 65535');
      return raw;
    }
    case 'positive-int':
      if (!/^\d+$/.test(raw) || Number(raw) < 1) throw bad('must be a whole number of at least 1');
      return raw;
    case 'url':
      try {
        const url = new URL(raw);
        if (variable.name === 'DATABASE_URL' && !/^postgres(ql)?:$/.test(url.protocol)) {
          throw bad('must be a postgres:// URL');
        }
        if (variable.name === 'REDIS_URL' && !/^rediss?:$/.test(url.protocol)) {
          throw bad('must be a redis:// URL');
        }
      } catch (e) {
        if (e instanceof ConfigError) throw e;
        throw bad('must be a URL');
      }
      return raw;
    case 'email':
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw)) throw bad('must be an email address');
      return raw;
    case 'enum':
      if (!variable.values?.includes(raw))
        throw bad(`must be one of ${variable.values?.join(', ')}`);
      return raw;
    case 'hosts': {
      const hosts = splitHostList(raw);
      const invalid = hosts.find((entry) => !isHostPattern(entry));
      if (hosts.length === 0 || invalid !== undefined) {
        const which = invalid === undefined ? '' : `: "${invalid}" is not one`;
        throw bad(`must be comma-separated host names without scheme, port or path${which}`);
      }
      return raw;
    }
    case 'trust-proxy': {
      const problem = trustProxyProblem(raw);
      if (problem) throw new ConfigError(`Invalid configuration: TRUST_PROXY ${problem}`);
      return raw;
    }
    case 'secret':
      if (variable.name === 'JWT_SECRET' && raw.length < 32) {
        throw new ConfigError(`Invalid configuration: JWT_SECRET must be at least 32 characters`);
      }
      return raw;
    default:
      return raw;
  }
}

/** Checks every variable; throws a ConfigError naming the first bad one. */
export function validateEnvironment(env: Env): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const variable of CONFIG_VARIABLES) {
    const raw = env[variable.name];
    out[variable.name] = raw === undefined || raw === '' ? variable.default : check(variable, raw);
  }
  if ((out['ADMIN_EMAIL'] === undefined) !== (out['ADMIN_PASSWORD'] === undefined)) {
    throw new ConfigError(
      'Invalid configuration: ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
    );
  }
  // Ollama has a local default address; an OpenAI-compatible server needs one of the two.
  if (out['LLM_PROVIDER'] === 'openai' && !out['LLM_BASE_URL'] && !out['LLM_API_KEY']) {
    throw new ConfigError(
      'Invalid configuration: LLM_BASE_URL or LLM_API_KEY is required when LLM_PROVIDER=openai',
    );
  }
  return out;
}

/**
 * The environment as the schema reads it: checked, with each variable's default filled in
 * (stated once, in `CONFIG_VARIABLES`). Every factory below reads this, never
 * `process.env` itself.
 */
function settings(): {
  text(name: string): string | undefined;
  required(name: string): string;
  number(name: string): number;
} {
  const values = validateEnvironment(process.env);
  const required = (name: string): string => {
    const value = values[name];
    if (value === undefined) throw new ConfigError(`Invalid configuration: ${name} is required`);
    return value;
  };
  return { text: (name) => values[name], required, number: (name) => Number(required(name)) };
}

export const serverConfig = registerAs('server', () => {
  const s = settings();
  return {
    port: s.number('PORT'),
    dataDir: resolve(s.required('DATA_DIR')),
    logLevel: s.required('LOG_LEVEL'),
    /** Host names the portal is server-rendered for; Angular answers others with a 400. */
    allowedHosts: splitHostList(s.required('ALLOWED_HOSTS')),
    /**
     * Express's `trust proxy`: who may tell us the client's address. Rate-limit keys and
     * audit IPs follow it, so by default no X-Forwarded-For is believed.
     */
    trustProxy: parseTrustProxy(s.text('TRUST_PROXY')),
    /** Bytes of rendered pages and public API answers kept in memory (PAGE_CACHE_MB). */
    publicCacheBytes: s.number('PAGE_CACHE_MB') * 1024 * 1024,
    /** Requests handled at once before new ones are refused with a 503 (MAX_IN_FLIGHT). */
    maxInFlight: s.number('MAX_IN_FLIGHT'),
    /** Event-loop hold-up past which new requests are refused (OVERLOAD_LOOP_DELAY_MS); off when unset. */
    maxLoopDelayMs: Number(s.text('OVERLOAD_LOOP_DELAY_MS') ?? 0),
  };
});

export const databaseConfig = registerAs('database', () => {
  const s = settings();
  return { url: s.text('DATABASE_URL'), dataDir: resolve(s.required('DATA_DIR')) };
});

/**
 * Creates DATA_DIR (and any missing parents) readable by this user only: it holds the
 * embedded database, with password hashes and the audit log, and the generated signing
 * key. An existing directory keeps the mode its owner gave it.
 */
export function createDataDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

export const authConfig = registerAs('auth', () => {
  const s = settings();
  return {
    /** JWT_SECRET; without it the auth module keeps a generated key in `dataDir`. */
    jwtSecret: s.text('JWT_SECRET'),
    dataDir: resolve(s.required('DATA_DIR')),
    adminEmail: s.text('ADMIN_EMAIL'),
    adminPassword: s.text('ADMIN_PASSWORD'),
  };
});

export const assistantConfig = registerAs('assistant', () => {
  const s = settings();
  return {
    provider: s.required('LLM_PROVIDER') as LlmProvider,
    baseUrl: s.text('LLM_BASE_URL'),
    apiKey: s.text('LLM_API_KEY'),
    model: s.text('LLM_MODEL'),
  };
});

export const embeddingsConfig = registerAs('embeddings', () => {
  const s = settings();
  return {
    provider: s.required('EMBEDDINGS_PROVIDER') as EmbeddingsProvider,
    model: s.text('EMBEDDINGS_MODEL'),
    baseUrl: s.text('EMBEDDINGS_BASE_URL') ?? s.text('LLM_BASE_URL'),
    apiKey: s.text('LLM_API_KEY'),
  };
});

export const redisConfig = registerAs('redis', () => ({ url: settings().text('REDIS_URL') }));

/**
 * Requests per client (IPv4 address or IPv6 /64) per minute on the public routes that do
 * real work for anyone who asks; see RateLimited.
 */
export const rateLimitsConfig = registerAs('rateLimits', () => {
  const s = settings();
  return {
    assistant: s.number('ASSISTANT_RATE_LIMIT_PER_MIN'),
    search: s.number('SEARCH_RATE_LIMIT_PER_MIN'),
    suggest: s.number('SUGGEST_RATE_LIMIT_PER_MIN'),
    feedback: s.number('FEEDBACK_RATE_LIMIT_PER_MIN'),
  };
});

export const ALL_CONFIG = [
  serverConfig,
  databaseConfig,
  authConfig,
  assistantConfig,
  embeddingsConfig,
  redisConfig,
  rateLimitsConfig,
] as const;
