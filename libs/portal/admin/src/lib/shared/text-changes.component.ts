import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { Locale } from '@portal/domain/locales';
import type { DiffLine, FieldLineDiff } from '@portal/domain/content';
import { AdminLanguageStore } from '../data-access/admin-language.store';

/** A shown line of a field's diff, or a run of unchanged lines left out of a compact view. */
export type ChangeRow =
  | { readonly kind: 'line'; readonly op: DiffLine['op']; readonly text: string }
  | { readonly kind: 'skipped'; readonly count: number };

/** How many lines the changes add and remove, over all fields. */
export function changeCounts(changes: readonly FieldLineDiff[]): {
  added: number;
  removed: number;
} {
  const lines = changes.flatMap((c) => c.lines);
  return {
    added: lines.filter((l) => l.op === 'added').length,
    removed: lines.filter((l) => l.op === 'removed').length,
  };
}

/** Which lines are within `context` lines of a change (all of them when context is null). */
function nearChanges(lines: readonly DiffLine[], context: number | null): boolean[] {
  if (context === null) return lines.map(() => true);
  const shown = lines.map((l) => l.op !== 'same');
  let sinceChange = Infinity;
  for (let i = 0; i < lines.length; i++) {
    sinceChange = lines[i]?.op === 'same' ? sinceChange + 1 : 0;
    if (sinceChange <= context) shown[i] = true;
  }
  sinceChange = Infinity;
  for (let i = lines.length - 1; i >= 0; i--) {
    sinceChange = lines[i]?.op === 'same' ? sinceChange + 1 : 0;
    if (sinceChange <= context) shown[i] = true;
  }
  return shown;
}

/**
 * The lines to show: every line, or with `context` set only the changed lines and that many
 * unchanged ones around each, a longer unchanged run standing as one "lines left out" row.
 */
export function changeRows(lines: readonly DiffLine[], context: number | null): ChangeRow[] {
  const shown = nearChanges(lines, context);
  const rows: ChangeRow[] = [];
  let skipped = 0;
  const flush = (i: number) => {
    // A single left-out line takes as much room as its marker would: show it instead.
    if (skipped === 1) rows.push({ kind: 'line', op: 'same', text: lines[i - 1]?.text ?? '' });
    else if (skipped > 1) rows.push({ kind: 'skipped', count: skipped });
    skipped = 0;
  };
  lines.forEach((line, i) => {
    if (!shown[i]) {
      skipped += 1;
      return;
    }
    flush(i);
    rows.push({ kind: 'line', op: line.op, text: line.text });
  });
  flush(lines.length);
  return rows;
}

/**
 * A translation's line diff against the published text, one list per changed field. Added
 * and removed lines carry a sign and a spoken label as well as a colour, so the change is
 * never told by colour alone; the lines are in the text's language, the labels in the
 * admin's.
 */
@Component({
  selector: 'pt-admin-text-changes',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .diff {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
      font-family: ui-monospace, monospace;
      font-size: 0.9rem;
      border: 1px solid #c8d0d8;
      border-radius: 4px;
      overflow-x: auto;
    }
    .diff li {
      white-space: pre-wrap;
      padding: 0.1rem 0.5rem;
      min-height: 1.3em;
    }
    .diff .added {
      background: #e3f4e8;
      color: #0b3d1a;
    }
    .diff .removed {
      background: #fbe4e2;
      color: #5c0f0a;
    }
    .diff .skipped {
      font-family: inherit;
      font-style: italic;
      color: #4a5561;
      background: #f3f5f7;
    }
    .diff .sign {
      display: inline-block;
      width: 1.2em;
      font-weight: 700;
    }
    .field {
      font-weight: 700;
      margin: 0.75rem 0 0.25rem;
    }
  `,
  template: `
    @for (change of fields(); track change.field) {
      <p
        class="field"
        role="heading"
        [attr.aria-level]="headingLevel()"
        [id]="idPrefix() + '-' + change.field"
      >
        {{ 'admin.review.fields.' + change.field | translate }}
      </p>
      <ol
        class="diff"
        [attr.lang]="lang()"
        [attr.aria-labelledby]="idPrefix() + '-' + change.field"
      >
        @for (row of change.rows; track $index) {
          @if (row.kind === 'line') {
            <li [class]="row.op">
              <span class="sign" aria-hidden="true">{{ sign[row.op] }}</span>
              @if (row.op !== 'same') {
                <span class="pt-visually-hidden" [attr.lang]="language.lang()"
                  >{{ 'admin.review.' + row.op | translate }}:</span
                >
              }
              {{ row.text }}
            </li>
          } @else {
            <li class="skipped" [attr.lang]="language.lang()">
              <span class="sign" aria-hidden="true">⋯</span>
              {{ 'admin.review.unchangedLines' | translate: { count: row.count } }}
            </li>
          }
        }
      </ol>
    }
  `,
})
export class TextChangesComponent {
  protected readonly language = inject(AdminLanguageStore);
  readonly changes = input.required<readonly FieldLineDiff[]>();
  /** The language of the text (the lines), not of the admin. */
  readonly lang = input.required<Locale>();
  /** Prefixes the ids of the field headings; unique on the page. */
  readonly idPrefix = input.required<string>();
  readonly headingLevel = input(4);
  /** Unchanged lines kept around each change; null shows every line. */
  readonly context = input<number | null>(null);
  protected readonly sign = { same: ' ', added: '+', removed: '−' } as const;
  protected readonly fields = computed(() =>
    this.changes().map((c) => ({ field: c.field, rows: changeRows(c.lines, this.context()) })),
  );
}
