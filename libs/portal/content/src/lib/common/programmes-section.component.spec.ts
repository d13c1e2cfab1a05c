import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { ProgrammeSummary } from '@portal/domain/content';
import { LocaleStore } from '@portal/portal/data-access';
import { ProgrammesSectionComponent } from './programmes-section.component';

const PROGRAMME: ProgrammeSummary = {
  slug: 'border-management',
  title: 'Border management',
  summary: 'Training for border police.',
  category: 'transnational-threats',
  activities: [],
};

describe('ProgrammesSectionComponent', () => {
  function render(programmes: readonly ProgrammeSummary[]): HTMLElement {
    TestBed.configureTestingModule({ providers: [provideTranslateService(), provideRouter([])] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('fr', {
      content: {
        programmes: {
          title: 'Programmes',
          none: 'Aucun programme.',
          category: { 'transnational-threats': 'Menaces transnationales' },
        },
      },
    });
    translate.use('fr');
    TestBed.inject(LocaleStore).set('fr');
    const fixture = TestBed.createComponent(ProgrammesSectionComponent);
    fixture.componentRef.setInput('programmes', programmes);
    fixture.componentRef.setInput('headingId', 'pt-op-programmes');
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('is a section named by its heading, with a card per programme linking to its page', () => {
    const host = render([PROGRAMME]);
    const section = host.querySelector('section');
    expect(section?.getAttribute('aria-labelledby')).toBe('pt-op-programmes');
    expect(host.querySelector('h2#pt-op-programmes')?.textContent?.trim()).toBe('Programmes');
    const link = host.querySelector('ul.pt-grid li a');
    expect(link?.textContent?.trim()).toBe('Border management');
    expect(link?.getAttribute('href')).toBe('/fr/programmes/border-management');
    expect(host.textContent).toContain('Menaces transnationales');
    expect(host.textContent).not.toContain('Aucun programme.');
  });

  it('says so when there are none', () => {
    const host = render([]);
    expect(host.querySelector('ul')).toBeNull();
    expect(host.textContent).toContain('Aucun programme.');
  });
});
