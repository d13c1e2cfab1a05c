import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { AUDITED_ITEM_TYPES } from '@portal/domain/content';
import { of } from 'rxjs';
import { AdminApi } from '../data-access/admin-api.service';
import type { AuditFilter, AuditRecord } from '../data-access/admin.types';
import { AuditPageComponent } from './audit-page.component';

const removal: AuditRecord = {
  id: '00000000-0000-4000-8000-0000000000b1',
  createdAt: '2026-12-01T10:00:00.000Z',
  actor: { id: '00000000-0000-4000-8000-0000000000b2', email: 'editor@example.org' },
  action: 'leadership.remove',
  itemType: 'office-holder',
  itemId: 'head-of-mission-to-valdoria',
  ip: '127.0.0.1',
  details: null,
};

async function render() {
  const asked: AuditFilter[] = [];
  TestBed.configureTestingModule({
    providers: [
      provideTranslateService(),
      {
        provide: AdminApi,
        useValue: {
          audit: (filter: AuditFilter) => {
            asked.push(filter);
            return of({ items: [removal], total: 1, page: 1, size: 25 });
          },
        },
      },
    ],
  });
  const translate = TestBed.inject(TranslateService);
  translate.setTranslation('en', {
    admin: { audit: { types: { 'office-holder': 'Office-holder', page: 'Page' } } },
  });
  translate.use('en');
  const fixture = TestBed.createComponent(AuditPageComponent);
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  return { element: fixture.nativeElement as HTMLElement, asked, fixture };
}

describe('AuditPageComponent', () => {
  it('offers every audited item type by its translated name, office-holders included', async () => {
    const { element } = await render();
    const options = [...element.querySelectorAll<HTMLOptionElement>('#audit-type option')];
    expect(options.slice(1).map((o) => o.value)).toEqual([...AUDITED_ITEM_TYPES]);
    const holder = options.find((o) => o.value === 'office-holder');
    expect(holder?.textContent?.trim()).toBe('Office-holder');
  });

  it('names the item type of each entry in words, then its id', async () => {
    const { element } = await render();
    const row = element.querySelector('tbody tr');
    expect(row?.textContent).toContain('Office-holder');
    expect(row?.textContent).toContain('head-of-mission-to-valdoria');
    expect(row?.textContent).not.toContain('office-holder ');
  });

  it('filters by the fields filled in, trimmed, from the first page', async () => {
    const { element, asked, fixture } = await render();
    (element.querySelector('#audit-user') as HTMLInputElement).value = ' editor@example.org ';
    (element.querySelector('#audit-type') as HTMLSelectElement).value = 'office-holder';
    element.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    fixture.detectChanges();
    await fixture.whenStable();
    expect(asked.at(-1)).toEqual({
      user: 'editor@example.org',
      itemType: 'office-holder',
      page: 1,
    });
  });
});
