import { Component, RESPONSE_INIT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Meta } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { LocaleStore } from '@portal/portal/data-access';
import { NotFoundComponent } from './not-found.component';

@Component({ imports: [NotFoundComponent], template: `<pt-not-found />` })
class HostComponent {}

describe('NotFoundComponent', () => {
  async function open(url: string): Promise<{ host: HTMLElement; init: { status?: number } }> {
    const init: { status?: number } = {};
    TestBed.configureTestingModule({
      providers: [
        provideTranslateService(),
        provideRouter([{ path: ':lang/**', component: HostComponent }]),
        { provide: RESPONSE_INIT, useValue: init },
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('fr', {
      common: { notFound: { title: 'Page introuvable', section: 'Rubrique {{section}}' } },
      shell: { nav: { items: { countries: 'Pays' } } },
    });
    translate.use('fr');
    TestBed.inject(LocaleStore).set('fr');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    harness.detectChanges();
    return { host: harness.routeNativeElement as HTMLElement, init };
  }

  it('is a 404 that leads to the section, a search for the address and home', async () => {
    const { host, init } = await open('/fr/countries/finlande-du-nord');
    expect(init.status).toBe(404);
    expect(host.querySelector('h1')?.textContent).toBe('Page introuvable');
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/fr/countries',
      '/fr/search?q=finlande%20du%20nord',
      '/fr',
    ]);
    expect(links[0].textContent?.trim()).toBe('Rubrique Pays');
    expect(TestBed.inject(Meta).getTag('name="robots"')?.content).toBe('noindex');
  });

  it('offers no section for an address outside every section', async () => {
    const { host } = await open('/fr/nowhere');
    const hrefs = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/fr/search?q=nowhere', '/fr']);
  });
});
