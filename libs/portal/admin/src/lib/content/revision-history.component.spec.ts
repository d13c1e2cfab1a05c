import type { AdminItem, RevisionSummary } from '@portal/domain/content';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { of } from 'rxjs';
import { AdminApi } from '../data-access/admin-api.service';
import { CONTENT_SECTIONS } from '../data-access/content-sections';
import { RevisionHistoryComponent } from './revision-history.component';

function revision(number: number): RevisionSummary {
  return {
    number,
    action: 'update',
    authorId: null,
    authorEmail: 'editor@example.org',
    createdAt: '2026-12-01T10:00:00.000Z',
    changedFields: ['en.title'],
  };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('RevisionHistoryComponent', () => {
  it('compares the latest revision with the one before, or the two chosen', async () => {
    const api = {
      revisions: jest.fn(() => of([revision(3), revision(2), revision(1)])),
      diff: jest.fn((_s: unknown, _r: string, from: number, to: number) =>
        of({ from, to, changes: [] }),
      ),
    };
    TestBed.configureTestingModule({
      providers: [provideTranslateService(), { provide: AdminApi, useValue: api }],
    });
    const fixture = TestBed.createComponent(RevisionHistoryComponent);
    fixture.componentRef.setInput('section', CONTENT_SECTIONS.pages);
    fixture.componentRef.setInput('item', { id: 'p1', key: 'policing' } as unknown as AdminItem);
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const from = element.querySelector('#diff-from') as HTMLSelectElement;
    const to = element.querySelector('#diff-to') as HTMLSelectElement;
    expect(element.querySelector('label[for="diff-from"]')).not.toBeNull();
    expect(from.options[from.selectedIndex]?.textContent?.trim()).toBe('2');
    expect(to.options[to.selectedIndex]?.textContent?.trim()).toBe('3');
    const compare = [...element.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('admin.history.compare'),
    ) as HTMLButtonElement;

    compare.click();
    from.selectedIndex = 2;
    from.dispatchEvent(new Event('change'));
    compare.click();
    expect(api.diff.mock.calls.map(([, , a, b]) => [a, b])).toEqual([
      [2, 3],
      [1, 3],
    ]);
  });
});
