import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES } from './config.schema';
import { ConfigError, rateLimitsConfig, serverConfig, validateEnvironment } from './config';

describe('validateEnvironment', () => {
  it('fills the documented defaults', () => {
    const env = validateEnvironment({});
    expect(env['PORT']).toBe('3000');
    expect(env['DATA_DIR']).toBe('./data');
    expect(env['LLM_PROVIDER']).toBe('extractive');
    expect(env['EMBEDDINGS_PROVIDER']).toBe('none');
    expect(env['ASSISTANT_RATE_LIMIT_PER_MIN']).toBe('30');
    expect(env['DATABASE_URL']).toBeUndefined();
    expect(env['ALLOWED_HOSTS']).toBe('localhost,127.0.0.1,[::1]');
    expect(env['TRUST_PROXY']).toBeUndefined();
    expect(env['SEARCH_RATE_LIMIT_PER_MIN']).toBe('120');
    expect(env['SUGGEST_RATE_LIMIT_PER_MIN']).toBe('300');
    expect(env['FEEDBACK_RATE_LIMIT_PER_MIN']).toBe('10');
  });

  it('accepts a TRUST_PROXY hop count or addresses and CIDR ranges of either family', () => {
    for (const raw of ['1', '2', '10.0.0.7', '172.16.0.0/12, fd00::/8,::1', 'loopback,10.1.2.3']) {
      expect(validateEnvironment({ TRUST_PROXY: raw })['TRUST_PROXY']).toBe(raw);
    }
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT must be a port number/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL must be a postgres:\/\/ URL/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL must be a URL/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL must be a redis:\/\/ URL/],
    [{ LLM_PROVIDER: 'gpt' }, /LLM_PROVIDER must be one of extractive, openai, ollama/],
    [{ LLM_PROVIDER: 'openai' }, /LLM_BASE_URL or LLM_API_KEY is required/],
    [{ EMBEDDINGS_PROVIDER: 'magic' }, /EMBEDDINGS_PROVIDER/],
    [{ ASSISTANT_RATE_LIMIT_PER_MIN: '0' }, /ASSISTANT_RATE_LIMIT_PER_MIN must be a whole number/],
    [{ ADMIN_EMAIL: 'nobody', ADMIN_PASSWORD: 'x' }, /ADMIN_EMAIL must be an email address/],
    [{ ADMIN_EMAIL: 'a@b.org' }, /ADMIN_EMAIL and ADMIN_PASSWORD must be set together/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32 characters/],
    [{ ALLOWED_HOSTS: 'https://portal.example.org' }, /ALLOWED_HOSTS must be comma-separated host/],
    [
      { ALLOWED_HOSTS: 'localhost,portal.example.org:8080' },
      /"portal.example.org:8080" is not one/,
    ],
    [{ ALLOWED_HOSTS: 'portal.example.org/admin' }, /ALLOWED_HOSTS/],
    [{ ALLOWED_HOSTS: '*' }, /ALLOWED_HOSTS/],
    [{ ALLOWED_HOSTS: '*.*.example.org' }, /ALLOWED_HOSTS/],
    [{ ALLOWED_HOSTS: ' , ' }, /ALLOWED_HOSTS/],
    [{ SEARCH_RATE_LIMIT_PER_MIN: 'lots' }, /SEARCH_RATE_LIMIT_PER_MIN must be a whole number/],
    [{ FEEDBACK_RATE_LIMIT_PER_MIN: '0' }, /FEEDBACK_RATE_LIMIT_PER_MIN must be a whole number/],
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY must be a number of proxy hops .*"true" is not one/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY .*"10.0.0.0\/33"/],
    [{ TRUST_PROXY: '10.0.0.1,nginx' }, /TRUST_PROXY .*"nginx"/],
    [{ TRUST_PROXY: '-1' }, /TRUST_PROXY/],
  ])('rejects %j with one line naming the variable', (env, message) => {
    let error: unknown;
    try {
      validateEnvironment(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('accepts host names, addresses and subdomain wildcards as Angular matches them', () => {
    const raw = 'portal.example.org, *.osce.org,10.0.0.7,[::1],[2001:db8::1],api_1';
    expect(validateEnvironment({ ALLOWED_HOSTS: raw })['ALLOWED_HOSTS']).toBe(raw);
  });

  describe('server.trustProxy', () => {
    const saved = process.env['TRUST_PROXY'];
    afterEach(() => {
      if (saved === undefined) delete process.env['TRUST_PROXY'];
      else process.env['TRUST_PROXY'] = saved;
    });

    it.each([
      [undefined, false],
      ['0', false],
      ['2', 2],
      ['10.0.0.7, fd00::/8', ['10.0.0.7', 'fd00::/8']],
    ])('is %j -> %j', (raw, expected) => {
      if (raw === undefined) delete process.env['TRUST_PROXY'];
      else process.env['TRUST_PROXY'] = raw;
      expect(serverConfig().trustProxy).toEqual(expected);
    });
  });

  describe('server.allowedHosts', () => {
    const saved = process.env['ALLOWED_HOSTS'];
    afterEach(() => {
      if (saved === undefined) delete process.env['ALLOWED_HOSTS'];
      else process.env['ALLOWED_HOSTS'] = saved;
    });

    it('is the default list when unset', () => {
      delete process.env['ALLOWED_HOSTS'];
      expect(serverConfig().allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
    });

    it('is the trimmed, lower-cased entries of ALLOWED_HOSTS', () => {
      process.env['ALLOWED_HOSTS'] = ' Portal.Example.org ,*.osce.org,';
      expect(serverConfig().allowedHosts).toEqual(['portal.example.org', '*.osce.org']);
    });
  });

  it('accepts a full production configuration', () => {
    expect(() =>
      validateEnvironment({
        PORT: '8080',
        DATABASE_URL: 'postgres://portal:secret@db:5432/portal',
        REDIS_URL: 'redis://redis:6379',
        LLM_PROVIDER: 'ollama',
        LLM_BASE_URL: 'http://ollama:11434',
        EMBEDDINGS_PROVIDER: 'ollama',
        JWT_SECRET: 'x'.repeat(48),
        ALLOWED_HOSTS: 'portal.example.org',
      }),
    ).not.toThrow();
  });

  it('documents every variable it reads', () => {
    for (const variable of CONFIG_VARIABLES) expect(variable.description.length).toBeGreaterThan(5);
  });
});

const ROOT = join(__dirname, '../../../../../..');
const SCHEMA_NAMES = CONFIG_VARIABLES.map((v) => v.name).sort();

/** The rows of README's configuration table: the variables each names, and its default. */
function readmeRows(): { names: string[]; fallback: string }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'));
  const table = section.slice(0, section.indexOf('\n## '));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [names, fallback] = line.split('|').slice(1, 3);
      return {
        names: [...names.matchAll(/`([A-Z0-9_]+)`/g)].map((m) => m[1]),
        fallback: fallback.trim(),
      };
    });
}

/** Production source files of the API: no specs, no test helpers. */
function apiSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : apiSources(path);
    // Specs, their fixtures and the testing entry points are compiled for tests only.
    return entry.name.endsWith('.ts') && !/\.(?:spec|fixture)\.ts$|^testing\.ts$/.test(entry.name)
      ? [path]
      : [];
  });
}

describe('the configuration schema and its documentation', () => {
  it("lists exactly the variables of README's configuration table", () => {
    const documented = readmeRows().flatMap((row) => row.names);
    expect([...documented].sort()).toEqual(SCHEMA_NAMES);
  });

  it('states the same default as README for each variable documented on its own', () => {
    for (const row of readmeRows().filter((r) => r.names.length === 1)) {
      const variable = CONFIG_VARIABLES.find((v) => v.name === row.names[0]);
      // README words an absent default in prose ("(unset)", "generated into DATA_DIR").
      if (variable?.default !== undefined)
        expect(`${row.names[0]}=${row.fallback}`).toBe(`${variable.name}=${variable.default}`);
    }
  });

  it('gives each setting its schema default when the variable is unset or empty', () => {
    const names = ['PORT', 'PAGE_CACHE_MB', 'MAX_IN_FLIGHT', 'SEARCH_RATE_LIMIT_PER_MIN'];
    const saved = names.map((name) => process.env[name]);
    const fallback = (name: string) =>
      Number(CONFIG_VARIABLES.find((v) => v.name === name)?.default);
    try {
      delete process.env['PORT'];
      process.env['PAGE_CACHE_MB'] = '';
      delete process.env['MAX_IN_FLIGHT'];
      process.env['SEARCH_RATE_LIMIT_PER_MIN'] = '7';
      const server = serverConfig();
      expect(server.port).toBe(fallback('PORT'));
      expect(server.publicCacheBytes).toBe(fallback('PAGE_CACHE_MB') * 1024 * 1024);
      expect(server.maxInFlight).toBe(fallback('MAX_IN_FLIGHT'));
      expect(rateLimitsConfig().search).toBe(7);
      expect(rateLimitsConfig().suggest).toBe(fallback('SUGGEST_RATE_LIMIT_PER_MIN'));
    } finally {
      names.forEach((name, i) => {
        const value = saved[i];
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      });
    }
  });

  it('is where every variable the API reads from process.env is declared', () => {
    // e2e-support starts API processes for tests; what it reads is the tests' business.
    const dirs = [
      join(ROOT, 'apps/api/src'),
      ...readdirSync(join(ROOT, 'libs/api'))
        .filter((name) => name !== 'e2e-support')
        .map((name) => join(ROOT, 'libs/api', name, 'src')),
    ];
    const read = new Set<string>();
    for (const file of dirs.flatMap(apiSources)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /process\.env(?:\.([A-Z0-9_]+)|\['([A-Z0-9_]+)'\])(?!\s*=[^=])/g,
      ))
        read.add(m[1] ?? m[2]);
    }
    expect([...read].filter((name) => !SCHEMA_NAMES.includes(name))).toEqual([]);
  });
});
