import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { InvalidInputError } from '../errors/domain-error';

const PROBLEM = 'must not contain NUL characters or unpaired UTF-16 surrogates';

// In a `u` regex a surrogate pair is one code point, so `\p{Cs}` matches only lone halves.
const NUL_OR_LONE_SURROGATE = /[\0\p{Cs}]/u;

/** True when `text` holds no `\0` and no lone surrogate (what PostgreSQL cannot store). */
export function isWellFormedText(text: string): boolean {
  return !NUL_OR_LONE_SURROGATE.test(text);
}

/**
 * The dotted path of the first string in `value` that is not well-formed text, or
 * undefined. Buffers (uploaded files) are bytes, not text, and are left alone.
 */
export function findMalformedText(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isWellFormedText(value) ? undefined : path;
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return undefined;
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  for (const [key, item] of entries) {
    // A key is input too: `{"a\u0000": 1}` would otherwise reach a JSON column.
    const keyPath = path ? `${path}.${key}` : key;
    if (!isWellFormedText(key)) return keyPath;
    const found = findMalformedText(item, keyPath);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Global pipe in front of every handler's path parameters, query and body (JSON or the
 * fields of a multipart form). PostgreSQL rejects `\0` in text, so without this a NUL in a
 * slug or a search answered 500; lone surrogates cannot be stored as UTF-8 either. One
 * place rejects both with a 400 naming the field, before any service sees them.
 */
@Injectable()
export class WellFormedTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const path = findMalformedText(value, metadata.data ?? '');
    if (path !== undefined) {
      throw InvalidInputError.field(path || metadata.type, PROBLEM);
    }
    return value;
  }
}
