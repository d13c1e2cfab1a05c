import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signingKey } from './signing-key';

describe('signingKey', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = join(mkdtempSync(join(tmpdir(), 'signing-key-')), 'data')));
  afterEach(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

  it('uses JWT_SECRET when it is set, and writes nothing', () => {
    expect(signingKey({ jwtSecret: 'x'.repeat(40), dataDir })).toBe('x'.repeat(40));
    expect(() => statSync(dataDir)).toThrow();
  });

  it('generates a key once into DATA_DIR, readable by this user only, and keeps it', () => {
    const first = signingKey({ dataDir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = join(dataDir, 'jwt-secret');
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(signingKey({ dataDir })).toBe(first);
  });
});
