import { PERMISSION_EXTENSION, ROLES_EXTENSION } from '@portal/api/auth';
import { bearer, describeEachApi } from '@portal/api/e2e-support';
import { can, isPermission, ROLES, rolesWith, type Role } from '@portal/domain/access';

const SOME_ID = '00000000-0000-4000-8000-000000000000';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

interface OpenApiParameter {
  readonly name: string;
  readonly in: string;
  readonly schema?: { readonly enum?: readonly string[]; readonly type?: string };
}

interface OpenApiOperation {
  readonly parameters?: readonly OpenApiParameter[];
  readonly security?: readonly object[];
  readonly [extension: `x-${string}`]: unknown;
}

interface Operation {
  readonly label: string;
  readonly path: string;
  readonly method: Method;
  readonly url: string;
  readonly permission: unknown;
  readonly roles: unknown;
  readonly protected: boolean;
}

/** A URL for the path: enum parameters take their first value, numbers 1, the rest an id. */
function urlOf(path: string, operation: OpenApiOperation): string {
  return path.replace(/\{([^}]+)\}/g, (_all, name: string) => {
    const schema = operation.parameters?.find((p) => p.in === 'path' && p.name === name)?.schema;
    if (schema?.enum?.length) return schema.enum[0] ?? SOME_ID;
    if (schema?.type === 'number' || schema?.type === 'integer') return '1';
    return SOME_ID;
  });
}

/**
 * Generated from the OpenAPI document: every operation that needs a signed-in user is called
 * as anonymous, contributor, editor and admin, and answers what the permission table says:
 * 401 signed out, 403 for a role without the permission, otherwise neither (a 2xx, or a 4xx
 * about the made-up id or the empty body). An admin route without a rule in the table fails.
 */
describeEachApi('authorization by the permission table', ({ api }) => {
  it('gives every admin operation a permission from the table, and the API enforces it', async () => {
    const admin = await bearer(api());
    const tokens: Record<Role, string> = { admin, editor: '', contributor: '' };
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const account = { email: `${role}@portal.test`, password: `${role}-Password-2024!` };
      await api()
        .http()
        .post('/api/admin/users')
        .set('Authorization', admin)
        .send({ ...account, role })
        .expect(201);
      tokens[role] = await bearer(api(), account);
    }

    const document = (await api().http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Partial<Record<Method, OpenApiOperation>>>;
    };
    const operations: Operation[] = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.flatMap((method) => {
        const operation = item[method];
        if (!operation) return [];
        return [
          {
            label: `${method.toUpperCase()} ${path}`,
            path,
            method,
            url: urlOf(path, operation),
            permission: operation[PERMISSION_EXTENSION],
            roles: operation[ROLES_EXTENSION],
            protected: !!operation.security?.length || path.startsWith('/api/admin/'),
          },
        ];
      }),
    );
    const guarded = operations.filter((o) => o.protected);
    // Every protected operation names a permission of the table and the roles holding it.
    expect(
      guarded
        .filter((o) => !isPermission(o.permission))
        .map((o) => [o.label, o.permission ?? 'no permission']),
    ).toEqual([]);
    expect(
      guarded
        .filter((o) => isPermission(o.permission))
        .filter((o) => JSON.stringify(o.roles) !== JSON.stringify(rolesWith(o.permission as never)))
        .map((o) => o.label),
    ).toEqual([]);
    expect(guarded.length).toBeGreaterThan(30);
    expect(guarded.map((o) => o.label)).toContain('DELETE /api/admin/users/{id}');

    const seen: string[] = [];
    const expected: string[] = [];
    for (const operation of guarded) {
      const permission = operation.permission as Parameters<typeof can>[1];
      const call = (authorization?: string) => {
        const req = api().http()[operation.method](operation.url);
        return authorization ? req.set('Authorization', authorization) : req;
      };
      seen.push(`${operation.label} anonymous ${verdict((await call()).status, false)}`);
      expected.push(`${operation.label} anonymous 401`);
      for (const role of ROLES) {
        const status = (await call(tokens[role])).status;
        const allowed = can(role, permission);
        seen.push(`${operation.label} ${role} ${verdict(status, allowed)}`);
        expected.push(`${operation.label} ${role} ${allowed ? 'allowed' : '403'}`);
      }
    }
    expect(seen).toEqual(expected);
  });
});

/** 401 and 403 as such; for an allowed role, anything else below 500 is "allowed". */
function verdict(status: number, allowed: boolean): string {
  if (status === 401 || status === 403) return String(status);
  if (allowed && status < 500) return 'allowed';
  return `unexpected ${status}`;
}
