import type { OpenAPIObject } from '@nestjs/swagger';

export type Presence = 'required' | 'optional';

/**
 * Every key of a payload type with whether it must be present. A spec writes the keys out,
 * `{ id: 'required', ... } satisfies ShapeOf<AdminUser>`, so that a key added to, removed
 * from or made optional in the shared type stops the spec from compiling; `schemaShape`
 * then holds the OpenAPI document to the same list.
 */
export type ShapeOf<T> = {
  readonly [K in keyof T]-?: Partial<Pick<T, K>> extends Pick<T, K> ? 'optional' : 'required';
};

interface Schema {
  readonly properties?: Record<string, unknown>;
  readonly required?: readonly string[];
}

/** The properties of `components.schemas[name]`, each with whether it is required. */
export function schemaShape(
  document: OpenAPIObject,
  name: string,
): Record<string, Presence> | undefined {
  const schema = document.components?.schemas?.[name] as Schema | undefined;
  if (!schema) return undefined;
  const required = new Set(schema.required ?? []);
  return Object.fromEntries(
    Object.keys(schema.properties ?? {}).map((key) => [
      key,
      required.has(key) ? 'required' : 'optional',
    ]),
  );
}

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/**
 * The schema an operation's JSON response refers to: `#/components/schemas/X`, or
 * `[#/components/schemas/X]` for an array of them; undefined when none is declared.
 */
export function responseRef(
  document: OpenAPIObject,
  path: string,
  method: Method,
  status: string,
): string | undefined {
  const response = document.paths[path]?.[method]?.responses[status] as
    | { content?: Record<string, { schema?: { $ref?: string; items?: { $ref?: string } } }> }
    | undefined;
  const schema = response?.content?.['application/json']?.schema;
  return schema?.$ref ?? (schema?.items?.$ref ? `[${schema.items.$ref}]` : undefined);
}

/** `method path` of every read and write (GET, POST, PATCH, PUT) without a 200 or 201 schema. */
export function undocumentedResponses(document: OpenAPIObject): string[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    (['get', 'post', 'patch', 'put'] as const)
      .filter((method) => operations[method])
      .filter(
        (method) =>
          !responseRef(document, path, method, '200') &&
          !responseRef(document, path, method, '201'),
      )
      .map((method) => `${method} ${path}`),
  );
}
