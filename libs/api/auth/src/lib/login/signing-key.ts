import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataDir } from '@portal/api/common';

/**
 * The key tokens are signed with: JWT_SECRET when set or, for a single embedded instance,
 * a key generated once into DATA_DIR (readable by this user only) so that tokens survive
 * restarts. Several instances must share JWT_SECRET. Read once, when the auth module
 * starts.
 */
export function signingKey(config: { jwtSecret?: string; dataDir: string }): string {
  if (config.jwtSecret) return config.jwtSecret;
  const file = join(config.dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  createDataDir(config.dataDir);
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
