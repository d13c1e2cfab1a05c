import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, validateEnvironment } from '@portal/api/common';

// No Docker engine runs in CI, so the compose file is checked as data: its shape, and
// every variable it passes to the API against the API's own configuration schema.
const root = join(__dirname, '../../..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'));

/** Resolves `${NAME:-default}` / `${NAME:?message}` the way compose would with an empty .env. */
function interpolate(value: string): string {
  return value.replace(
    /\$\{(\w+)(?::-([^}]*)|:\?[^}]*)?\}/g,
    (_m, name: string, fallback?: string) => {
      if (name === 'JWT_SECRET') return 'x'.repeat(40);
      if (name === 'ADMIN_PASSWORD') return 'a-long-enough-Password-1';
      return fallback ?? '';
    },
  );
}

describe('docker-compose.yml', () => {
  it('has the production-like services', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['api', 'ollama', 'postgres', 'redis', 'web'].sort(),
    );
    expect(compose.services.postgres.image).toMatch(/pgvector/);
    expect(compose.services.api.deploy.replicas).toBe(2);
    expect(compose.services.api.build).toBe('.');
    expect(compose.services.ollama.profiles).toEqual(['ollama']);
    expect(compose.services.web.volumes[0]).toContain('deploy/nginx.conf');
  });

  it('passes the API only variables its configuration schema knows', () => {
    const known = new Set(CONFIG_VARIABLES.map((v) => v.name));
    const unknown = Object.keys(compose.services.api.environment).filter((k) => !known.has(k));
    expect(unknown).toEqual([]);
  });

  it('gives the API a configuration that passes start-up validation, on PostgreSQL', () => {
    const env = Object.fromEntries(
      Object.entries(compose.services.api.environment as Record<string, string>).map(([k, v]) => [
        k,
        interpolate(String(v)),
      ]),
    );
    const validated = validateEnvironment(env);
    expect(validated['DATABASE_URL']).toMatch(/^postgres:\/\/.*@postgres:5432\//);
    expect(validated['REDIS_URL']).toBe('redis://redis:6379');
    expect(validated['JWT_SECRET']).toHaveLength(40);
    // nginx passes the browser's Host through, so the stack must list the names it is reached by.
    expect(validated['ALLOWED_HOSTS']).toBe('localhost,127.0.0.1');
    // nginx is one hop; it sets X-Forwarded-For itself, so the API may believe one hop.
    expect(validated['TRUST_PROXY']).toBe('1');
  });

  it('builds from a multi-stage Dockerfile and points nginx at the API', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toContain('dist/apps/api/main.js');
    const nginx = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8');
    expect(nginx).toContain('server api:3000');
    expect(nginx).toMatch(/proxy_buffering off/);
    // Set, never appended: appending would pass a client's forged addresses on.
    expect(nginx).not.toContain('$proxy_add_x_forwarded_for');
    const forwarded = nginx.match(/proxy_set_header X-Forwarded-For .*;/g) ?? [];
    expect(forwarded.length).toBeGreaterThan(0);
    for (const line of forwarded)
      expect(line).toBe('proxy_set_header X-Forwarded-For $remote_addr;');
  });
});
