import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EvalSet } from './eval-case';
import { loadFolderSet } from './folder-set';
import { ownSet } from './own-set';

const ROOT = resolve(__dirname, '..', '..', '..');

/**
 * The development set is kept outside the repository, beside the checkout
 * (`../shared/eval-dev`), so that nobody edits it together with the code it judges.
 */
export function devSetFolder(): string | undefined {
  const candidates = [
    process.env['EVAL_DEV_SET'],
    resolve(ROOT, '..', 'shared', 'eval-dev'),
    '/work/shared/eval-dev',
  ];
  return candidates.find((dir) => dir && existsSync(resolve(dir, 'questions.jsonl')));
}

/** `--set <folder>` (EVAL_SET) alone, or our own set and the development set side by side. */
export function setsToRun(): EvalSet[] {
  const only = process.env['EVAL_SET'];
  if (only) return [loadFolderSet(resolve(only))];
  const dev = devSetFolder();
  return [ownSet(), ...(dev ? [loadFolderSet(dev)] : [])];
}
