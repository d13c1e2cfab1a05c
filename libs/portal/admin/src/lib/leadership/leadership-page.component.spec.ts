import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import type { AdminOfficeHolder } from '@portal/domain/content';
import { AdminApi } from '../data-access/admin-api.service';
import { LeadershipPageComponent } from './leadership-page.component';

const OFFICES: AdminOfficeHolder[] = [
  {
    office: 'chairperson-in-office',
    title: 'Chairperson-in-Office',
    holder: {
      name: 'Ignazio Cassis',
      localNames: { ru: 'Иньяцио Кассис' },
      since: '2026-01-01',
      sourceUrl: 'https://example.org/cio',
      updatedAt: '2026-01-02T00:00:00.000Z',
    },
  },
  { office: 'head-of-mission-to-skopje', title: 'Head of the OSCE Mission to Skopje' },
];

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('LeadershipPageComponent (admin)', () => {
  it('lists the offices and saves a holder staff enter for one of them', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTranslateService(),
        provideHttpClient(),
        provideHttpClientTesting(),
        AdminApi,
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(LeadershipPageComponent);
    backend
      .expectOne('/api/admin/leadership')
      .flush({ items: OFFICES, total: 2, page: 1, size: 2 });
    await settle();
    fixture.detectChanges();
    const host = fixture.nativeElement as HTMLElement;
    const rows = [...host.querySelectorAll('tbody tr')].map((r) => r.textContent ?? '');
    expect(rows[0]).toContain('Ignazio Cassis');
    expect(rows[0]).toContain('2026-01-01');
    expect(rows[1]).toContain('admin.leadership.none');

    (host.querySelectorAll('tbody tr')[1].querySelector('button') as HTMLButtonElement).click();
    fixture.detectChanges();
    const form = host.querySelector('form') as HTMLFormElement;
    (form.querySelector('#holder-name') as HTMLInputElement).value = ' Kilian Wahl ';
    (form.querySelector('#holder-since') as HTMLInputElement).value = '2023-09-01';
    form.dispatchEvent(new Event('submit'));
    const put = backend.expectOne('/api/admin/leadership/head-of-mission-to-skopje');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ name: 'Kilian Wahl', since: '2023-09-01' });
    put.flush({ ...OFFICES[1], holder: { name: 'Kilian Wahl', since: '2023-09-01' } });
    await settle();
    backend
      .expectOne('/api/admin/leadership')
      .flush({ items: OFFICES, total: 2, page: 1, size: 2 });
    await settle();
    fixture.detectChanges();
    expect(host.querySelector('form')).toBeNull();
    expect(host.querySelector('[role="status"]')?.textContent).toContain('admin.leadership.saved');
    backend.verify();
  });
});
