import { isIP } from 'node:net';

/**
 * Express's `trust proxy` value: `false` (the socket's address is the client), a number of
 * proxy hops in front of the API, or the addresses and ranges of trusted proxies.
 */
export type TrustProxy = false | number | readonly string[];

/** Ranges proxy-addr (Express) knows by name. */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address, prefix, extra] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Why the value is not a TRUST_PROXY setting, or undefined when it is one: a whole number
 * of hops, or comma-separated IPv4/IPv6 addresses, CIDR ranges and proxy-addr's names.
 */
export function trustProxyProblem(raw: string): string | undefined {
  if (/^\d+$/.test(raw)) return undefined;
  const entries = raw.split(',').map((entry) => entry.trim());
  const invalid = entries.find((entry) => !isAddressOrRange(entry));
  if (invalid === undefined) return undefined;
  return (
    'must be a number of proxy hops or comma-separated proxy addresses or CIDR ranges' +
    ` (or loopback, linklocal, uniquelocal): "${invalid}" is not one`
  );
}

/** The parsed setting; unset or empty trusts no proxy, so X-Forwarded-For is ignored. */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  if (raw === undefined || raw.trim() === '') return false;
  if (/^\d+$/.test(raw)) return Number(raw) === 0 ? false : Number(raw);
  return raw.split(',').map((entry) => entry.trim());
}
