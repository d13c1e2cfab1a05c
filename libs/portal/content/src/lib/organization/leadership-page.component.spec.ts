import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { LeadershipOfficePayload } from '@portal/domain/content';
import { LocaleStore } from '@portal/portal/data-access';
import { LeadershipPageComponent } from './leadership-page.component';

const OFFICES: LeadershipOfficePayload[] = [
  {
    slug: 'chairperson-in-office',
    title: 'Président en exercice',
    group: 'heads',
    relatedName: 'Présidence',
    holder: { name: 'Ignazio Cassis', since: '2026-01-01', sourceUrl: 'https://example.org/cio' },
  },
  {
    slug: 'director-of-odihr',
    title: 'Directeur du BIDDH',
    group: 'offices',
    path: '/institutions/odihr',
    holder: { name: 'Maria Telalian', since: '2024-12-06', note: 'Start date not given.' },
  },
  { slug: 'head-of-mission-to-skopje', title: 'Chef de la Mission à Skopje', group: 'offices' },
];

describe('LeadershipPageComponent', () => {
  it('shows who holds each office since when, grouped, and says when no one is recorded', () => {
    TestBed.configureTestingModule({
      providers: [
        provideTranslateService(),
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('fr', {
      content: {
        leadership: {
          since: 'depuis le {{date}}',
          vacant: 'Aucun titulaire enregistré.',
          unconfirmed: 'À confirmer',
          source: 'Source',
          related: 'Voir la page',
          heads: 'Présidence et dirigeants',
          offices: 'Autres fonctions',
        },
      },
    });
    translate.use('fr');
    TestBed.inject(LocaleStore).set('fr');
    const fixture = TestBed.createComponent(LeadershipPageComponent);
    TestBed.inject(HttpTestingController).expectOne('/api/leadership?lang=fr').flush({
      items: OFFICES,
    });
    fixture.detectChanges();
    const host = fixture.nativeElement as HTMLElement;

    const headings = [...host.querySelectorAll('h2')].map((h) => h.textContent?.trim());
    expect(headings).toEqual(['Présidence et dirigeants', 'Autres fonctions']);
    const cio = host.querySelector('#chairperson-in-office');
    expect(cio?.textContent).toContain('Ignazio Cassis');
    expect(cio?.textContent).toContain('depuis le 1 janvier 2026');
    expect(cio?.querySelector('a[href="https://example.org/cio"]')?.textContent).toBe('Source');
    const odihr = host.querySelector('#director-of-odihr');
    expect(odihr?.textContent).toContain('Maria Telalian');
    expect(odihr?.textContent).toContain('À confirmer');
    expect(odihr?.querySelector('a[href="/fr/institutions/odihr"]')).not.toBeNull();
    expect(host.querySelector('#head-of-mission-to-skopje')?.textContent).toContain(
      'Aucun titulaire enregistré.',
    );
  });
});
