import { TestBed } from '@angular/core/testing';
import type { DiffLine, FieldLineDiff } from '@portal/domain/content';
import { provideTranslateService } from '@ngx-translate/core';
import { TextChangesComponent, changeCounts, changeRows } from './text-changes.component';

const same = (text: string): DiffLine => ({ op: 'same', text });

const body: FieldLineDiff = {
  field: 'body',
  lines: [
    same('one'),
    same('two'),
    same('three'),
    same('four'),
    { op: 'removed', text: 'five' },
    { op: 'added', text: ' 5 ' },
    same('six'),
    same('seven'),
  ],
};

function render(inputs: Record<string, unknown>) {
  TestBed.configureTestingModule({ providers: [provideTranslateService()] });
  const fixture = TestBed.createComponent(TextChangesComponent);
  fixture.componentRef.setInput('lang', 'fr');
  fixture.componentRef.setInput('idPrefix', 'entry');
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('TextChangesComponent', () => {
  it('marks added and removed lines with a sign and a spoken label, not colour alone', () => {
    const host = render({ changes: [{ field: 'title', lines: [same('a')] }, body] });
    const heading = host.querySelector('#entry-body');
    expect(heading?.getAttribute('role')).toBe('heading');
    expect(heading?.getAttribute('aria-level')).toBe('4');
    expect(heading?.textContent?.trim()).toBe('admin.review.fields.body');
    const list = host.querySelector('ol[aria-labelledby="entry-body"]');
    expect(list?.getAttribute('lang')).toBe('fr');

    const removed = list?.querySelector('li.removed');
    expect(removed?.querySelector('.sign')?.textContent).toBe('−');
    expect(removed?.querySelector('.sign')?.getAttribute('aria-hidden')).toBe('true');
    expect(removed?.querySelector('.pt-visually-hidden')?.textContent).toBe(
      'admin.review.removed:',
    );
    // The hidden label speaks the admin's language, inside a list in the text's.
    expect(removed?.querySelector('.pt-visually-hidden')?.getAttribute('lang')).toBe('en');
    expect(list?.querySelector('li.added')?.textContent).toContain('admin.review.added:');
    expect(list?.querySelector('li.added .sign')?.textContent).toBe('+');
    expect(list?.querySelectorAll('li.same .pt-visually-hidden')).toHaveLength(0);
    expect(list?.querySelectorAll('li')).toHaveLength(8);
  });

  it('leaves long unchanged runs out of a compact view, saying how many', () => {
    const host = render({ changes: [body], context: 1, headingLevel: 3 });
    expect(host.querySelector('[role="heading"]')?.getAttribute('aria-level')).toBe('3');
    const rows = [...host.querySelectorAll('li')].map((li) => li.textContent?.trim());
    expect(rows).toEqual([
      '⋯ admin.review.unchangedLines',
      'four',
      '−admin.review.removed: five',
      '+admin.review.added:  5',
      'six',
      'seven',
    ]);
  });
});

describe('changeRows', () => {
  it('shows a single unchanged line rather than a marker in its place', () => {
    expect(changeRows(body.lines, 3)).toEqual(
      body.lines.map((l) => ({ kind: 'line', op: l.op, text: l.text })),
    );
    expect(changeRows(body.lines, 2)[0]).toEqual({ kind: 'skipped', count: 2 });
    expect(changeRows(body.lines, 0)).toEqual([
      { kind: 'skipped', count: 4 },
      { kind: 'line', op: 'removed', text: 'five' },
      { kind: 'line', op: 'added', text: ' 5 ' },
      { kind: 'skipped', count: 2 },
    ]);
  });

  it('counts the added and removed lines of every field', () => {
    expect(changeCounts([body, { field: 'title', lines: [{ op: 'added', text: 'T' }] }])).toEqual({
      added: 2,
      removed: 1,
    });
  });
});
