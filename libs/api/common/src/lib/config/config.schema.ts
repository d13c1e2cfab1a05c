/**
 * Every environment variable the API reads, with its default and how it is checked.
 * The docker-compose test and the README table are checked against this list, so a
 * variable cannot be added in one place and forgotten in another.
 */
export type ConfigKind =
  | 'port'
  | 'path'
  | 'url'
  | 'email'
  | 'secret'
  | 'text'
  | 'positive-int'
  | 'enum'
  | 'hosts'
  | 'trust-proxy';

export interface ConfigVariable {
  readonly name: string;
  readonly kind: ConfigKind;
  readonly default?: string;
  readonly values?: readonly string[];
  readonly description: string;
}

export const LLM_PROVIDERS = ['extractive', 'openai', 'ollama'] as const;
export type LlmProvider = (typeof LLM_PROVIDERS)[number];
export const EMBEDDINGS_PROVIDERS = ['none', 'openai', 'ollama'] as const;
export type EmbeddingsProvider = (typeof EMBEDDINGS_PROVIDERS)[number];

/** Angular compares bare host names (port stripped, IPv6 in brackets), so these cover
 * local use and the end-to-end tests, which start the API on 127.0.0.1 with any port. */
export const DEFAULT_ALLOWED_HOSTS = 'localhost,127.0.0.1,[::1]';

export const CONFIG_VARIABLES: readonly ConfigVariable[] = [
  {
    name: 'PORT',
    kind: 'port',
    default: '3000',
    description: 'HTTP port; the API also serves the portal on it',
  },
  {
    name: 'ALLOWED_HOSTS',
    kind: 'hosts',
    default: DEFAULT_ALLOWED_HOSTS,
    description:
      'host names the portal is server-rendered for, comma-separated; `*.example.org` allows subdomains',
  },
  {
    name: 'TRUST_PROXY',
    kind: 'trust-proxy',
    description:
      'proxies whose X-Forwarded-For is believed: a hop count, or comma-separated addresses/CIDRs; unset trusts none',
  },
  {
    name: 'DATA_DIR',
    kind: 'path',
    default: './data',
    description: 'embedded database and generated secrets',
  },
  {
    name: 'DATABASE_URL',
    kind: 'url',
    description: 'postgres://... switches from PGlite to PostgreSQL',
  },
  { name: 'ADMIN_EMAIL', kind: 'email', description: 'creates the first admin if no user exists' },
  { name: 'ADMIN_PASSWORD', kind: 'secret', description: 'password of that first admin' },
  {
    name: 'JWT_SECRET',
    kind: 'secret',
    description: 'token signing key; generated into DATA_DIR when unset',
  },
  {
    name: 'LLM_PROVIDER',
    kind: 'enum',
    default: 'extractive',
    values: LLM_PROVIDERS,
    description: 'answering provider',
  },
  { name: 'LLM_BASE_URL', kind: 'url', description: 'OpenAI-compatible or Ollama server' },
  { name: 'LLM_API_KEY', kind: 'secret', description: 'key for the OpenAI-compatible server' },
  { name: 'LLM_MODEL', kind: 'text', description: 'chat model name' },
  {
    name: 'EMBEDDINGS_PROVIDER',
    kind: 'enum',
    default: 'none',
    values: EMBEDDINGS_PROVIDERS,
    description: 'vector search provider',
  },
  { name: 'EMBEDDINGS_MODEL', kind: 'text', description: 'embeddings model name' },
  {
    name: 'EMBEDDINGS_BASE_URL',
    kind: 'url',
    description: 'embeddings server; LLM_BASE_URL when unset',
  },
  { name: 'REDIS_URL', kind: 'url', description: 'shared rate-limit store for several instances' },
  {
    name: 'ASSISTANT_RATE_LIMIT_PER_MIN',
    kind: 'positive-int',
    default: '30',
    description: 'assistant questions per client per minute',
  },
  {
    name: 'SEARCH_RATE_LIMIT_PER_MIN',
    kind: 'positive-int',
    default: '120',
    description: 'searches per client per minute',
  },
  {
    name: 'SUGGEST_RATE_LIMIT_PER_MIN',
    kind: 'positive-int',
    default: '300',
    description: 'search-as-you-type suggestions per client per minute (one per keystroke pause)',
  },
  {
    name: 'FEEDBACK_RATE_LIMIT_PER_MIN',
    kind: 'positive-int',
    default: '10',
    description: 'assistant feedback votes per client per minute',
  },
  {
    name: 'PAGE_CACHE_MB',
    kind: 'positive-int',
    default: '64',
    description:
      'memory for rendered public pages and public API reads, in MB; emptied on every publish',
  },
  {
    name: 'MAX_IN_FLIGHT',
    kind: 'positive-int',
    default: '256',
    description:
      'requests handled at once; past it the API answers 503 with Retry-After at once (health excepted)',
  },
  {
    name: 'OVERLOAD_LOOP_DELAY_MS',
    kind: 'positive-int',
    description:
      'when set, new requests are refused with 503 while the event loop is held up longer than this (off by default: the embedded database holds the loop during uploads and migrations)',
  },
  {
    name: 'LOG_LEVEL',
    kind: 'enum',
    default: 'info',
    values: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    description: 'log verbosity',
  },
];
