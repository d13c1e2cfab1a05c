import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  can,
  isPermission,
  isRole,
  permissionsMarkdown,
  PERMISSIONS,
  ROLES,
  rolesWith,
} from './permissions';

const README = join(__dirname, '../../../../../README.md');
const START = '<!-- roles-table:start -->';
const END = '<!-- roles-table:end -->';

describe('permissions', () => {
  it('grants each role everything the role below it may do', () => {
    for (const [name, rule] of Object.entries(PERMISSIONS)) {
      const lowest = Math.min(...rule.roles.map((r) => ROLES.indexOf(r)));
      expect([name, rule.roles]).toEqual([name, ROLES.slice(lowest)]);
    }
  });

  it('keeps users, reference data and the audit log for admins, publishing for editors', () => {
    expect(rolesWith('users')).toEqual(['admin']);
    expect(rolesWith('reference')).toEqual(['admin']);
    expect(rolesWith('audit')).toEqual(['admin']);
    expect(rolesWith('content.publish')).toEqual(['editor', 'admin']);
    expect(rolesWith('content.delete')).toEqual(['editor', 'admin']);
    expect(can('contributor', 'content.edit')).toBe(true);
    expect(rolesWith('content.submit')).toEqual(['contributor', 'editor', 'admin']);
    expect(can('contributor', 'content.publish')).toBe(false);
    expect(can('contributor', 'documents.approve')).toBe(false);
    expect(can(null, 'session.own')).toBe(false);
  });

  it('recognises roles and permissions by name only', () => {
    expect(isRole('contributor')).toBe(true);
    expect(isRole('owner')).toBe(false);
    expect(isPermission('users')).toBe(true);
    expect(isPermission('toString')).toBe(false);
  });

  // `npm run docs:roles` sets UPDATE_ROLES_TABLE to rewrite the README from the table.
  it('is the table the README shows', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const expected = `${START}\n${permissionsMarkdown()}\n${END}`;
    if (process.env['UPDATE_ROLES_TABLE']) {
      writeFileSync(README, readme.slice(0, start) + expected + readme.slice(end + END.length));
      return;
    }
    expect(readme.slice(start, end + END.length)).toBe(expected);
  });
});
