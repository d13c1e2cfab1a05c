import {
  HOSTILE_BODIES,
  HOSTILE_JSON,
  HOSTILE_QUERY_SHAPES,
  HOSTILE_URL,
  pick,
} from './hostile-values';

/** The parts of an OpenAPI 3 document the fuzzer reads. */
interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  minimum?: number;
  minLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
}
interface Parameter {
  name: string;
  in: string;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface FuzzRequest {
  readonly method: string;
  /** Path and query as they go on the wire. */
  readonly url: string;
  readonly body?: unknown;
  /** What was made hostile, for the failure message. */
  readonly what: string;
}

function resolve(doc: OpenApiDocument, schema: Schema | undefined): Schema {
  if (!schema) return {};
  if (schema.$ref)
    return resolve(doc, doc.components?.schemas?.[schema.$ref.split('/').pop() ?? '']);
  return schema;
}

/** A value the schema accepts, so that each request has exactly one hostile part. */
function plausible(doc: OpenApiDocument, raw: Schema | undefined, depth = 0): unknown {
  const schema = resolve(doc, raw);
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'number':
    case 'integer':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return depth > 3 ? [] : [plausible(doc, schema.items, depth + 1)];
    case 'string':
      if (schema.format === 'email') return 'fuzz@portal.test';
      if (schema.format === 'date-time') return new Date(0).toISOString();
      // Long enough for minimum lengths and of two kinds, as a password must be.
      return 'fuzz-value-A1';
  }
  if (schema.properties && depth <= 3) {
    return Object.fromEntries(
      Object.entries(schema.properties).map(([k, v]) => [k, plausible(doc, v, depth + 1)]),
    );
  }
  return 'fuzz';
}

/** Every place in a body where a value can be swapped: `a`, `a.b`, `a.0.c`. */
function fieldPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const own = Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    fieldPaths(v, [...prefix, k]),
  );
  return prefix.length ? [prefix, ...own] : own;
}

function replaced(value: unknown, path: string[], by: unknown): unknown {
  if (!path.length) return by;
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...(value as Record<string, unknown>) };
  copy[path[0]] = replaced(copy[path[0]], path.slice(1), by);
  return copy;
}

function plausibleParam(doc: OpenApiDocument, p: Parameter): string {
  const schema = resolve(doc, p.schema);
  if (schema.type === 'number' || schema.type === 'integer' || p.schema?.minimum !== undefined) {
    return '1';
  }
  return encodeURIComponent(String(plausible(doc, schema)));
}

/**
 * The requests for one operation: each path parameter, query parameter and body field in
 * turn gets `perSlot` hostile values (chosen by `random`) while the rest stay plausible,
 * and the body is replaced whole by values of the wrong shape.
 */
export function requestsFor(
  doc: OpenApiDocument,
  template: string,
  method: string,
  perSlot: number,
  random: () => number,
): FuzzRequest[] {
  const operation = doc.paths[template][method];
  const params = operation.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const jsonSchema = operation.requestBody?.content?.['application/json']?.schema;
  const body = jsonSchema ? plausible(doc, jsonSchema) : undefined;
  const baseQuery = queryParams.map((p) => `${p.name}=${plausibleParam(doc, p)}`);

  const url = (pathValues: Record<string, string>, query: string[]) => {
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => pathValues[name]);
    return query.length ? `${path}?${query.join('&')}` : path;
  };
  const basePath = Object.fromEntries(pathParams.map((p) => [p.name, plausibleParam(doc, p)]));
  const m = method.toUpperCase();
  const out: FuzzRequest[] = [
    { method: m, url: url(basePath, baseQuery), body, what: 'plausible values' },
  ];

  for (const p of pathParams) {
    for (const h of pick(HOSTILE_URL, perSlot, random)) {
      out.push({
        method: m,
        url: url({ ...basePath, [p.name]: h.value }, baseQuery),
        body,
        what: `path ${p.name}: ${h.label}`,
      });
    }
  }
  queryParams.forEach((p, i) => {
    const others = baseQuery.filter((_, j) => j !== i);
    const urlValues = pick(HOSTILE_URL, perSlot, random).map((h) => ({
      label: h.label,
      query: `${p.name}=${h.value}`,
    }));
    const shapes = pick(HOSTILE_QUERY_SHAPES, Math.ceil(perSlot / 3), random).map((h) => ({
      label: h.label,
      query: h.value(p.name),
    }));
    for (const h of [...urlValues, ...shapes]) {
      out.push({
        method: m,
        url: url(basePath, [...others, h.query]),
        body,
        what: `query ${p.name}: ${h.label}`,
      });
    }
  });
  if (body !== undefined) {
    for (const field of fieldPaths(body)) {
      for (const h of pick(HOSTILE_JSON, perSlot, random)) {
        out.push({
          method: m,
          url: url(basePath, baseQuery),
          body: replaced(body, field, h.value),
          what: `body ${field.join('.')}: ${h.label}`,
        });
      }
    }
    for (const h of HOSTILE_BODIES) {
      out.push({
        method: m,
        url: url(basePath, baseQuery),
        body: h.value,
        what: `body: ${h.label}`,
      });
    }
  }
  return out;
}
