import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import axe from 'axe-core';
import type { ReviewQueueEntry } from '../data-access/admin.types';
import { type Dashboard, DashboardStore, workItems } from '../data-access/dashboard.store';
import { DashboardPageComponent } from './dashboard-page.component';

const waiting: ReviewQueueEntry = {
  itemId: '00000000-0000-4000-8000-0000000000a1',
  kind: 'page',
  key: 'community-policing',
  locale: 'de',
  title: 'Bürgernahe Polizeiarbeit',
  version: 3,
  submission: {
    id: 4,
    locale: 'de',
    action: 'submit',
    comment: '',
    version: 3,
    actorEmail: 'writer@example.org',
    createdAt: '2026-12-01T10:00:00.000Z',
  },
  changedSinceSubmitted: false,
  firstPublication: false,
  changes: [
    {
      field: 'body',
      lines: [
        { op: 'same', text: 'Erste Zeile' },
        { op: 'removed', text: 'Zweite Zeile' },
        { op: 'added', text: 'Zweite, neue Zeile' },
      ],
    },
  ],
};

function render(dashboard: Dashboard): HTMLElement {
  TestBed.configureTestingModule({ providers: [provideTranslateService(), provideRouter([])] });
  TestBed.overrideComponent(DashboardPageComponent, {
    set: {
      providers: [
        {
          provide: DashboardStore,
          useValue: {
            data: signal(dashboard),
            loading: signal(false),
            load: async () => undefined,
          },
        },
      ],
    },
  });
  const fixture = TestBed.createComponent(DashboardPageComponent);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('DashboardPageComponent', () => {
  it('shows each waiting translation’s changes against the published text, folded away', async () => {
    const host = render({ ...workItems('pages', []), review: { items: [waiting], total: 1 } });
    const item = host.querySelector('section[aria-labelledby="dash-review"] li');
    const details = item?.querySelector('details');
    expect(details?.open).toBe(false);
    const summary = details?.querySelector('summary');
    expect(summary?.textContent?.trim()).toBe('admin.dashboard.changes');
    // The summary names the translation it unfolds, for those who tab from one to the next.
    const titleId = summary?.getAttribute('aria-describedby') ?? '';
    expect(host.querySelector(`[id="${titleId}"]`)?.textContent).toBe('Bürgernahe Polizeiarbeit');

    const diff = details?.querySelector('pt-admin-text-changes ol');
    expect(diff?.getAttribute('lang')).toBe('de');
    expect(details?.querySelector('[role="heading"]')?.getAttribute('aria-level')).toBe('3');
    expect(diff?.querySelector('li.removed')?.textContent).toContain('admin.review.removed:');
    expect(diff?.querySelector('li.added')?.textContent).toContain('Zweite, neue Zeile');

    if (details) details.open = true;
    const section = host.querySelector('section[aria-labelledby="dash-review"]') as HTMLElement;
    const result = await axe.run(section, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
      // jsdom lays nothing out, so contrast is left to the browser tests' axe run.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('has nothing to unfold for an entry without changes', () => {
    const host = render({
      ...workItems('pages', []),
      review: { items: [{ ...waiting, changes: [] }], total: 1 },
    });
    expect(host.querySelector('section[aria-labelledby="dash-review"] details')).toBeNull();
  });
});
