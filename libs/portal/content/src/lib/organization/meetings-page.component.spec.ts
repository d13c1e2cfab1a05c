import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { LocaleStore } from '@portal/portal/data-access';
import { MeetingsPageComponent } from './meetings-page.component';

describe('MeetingsPageComponent', () => {
  async function open(url: string): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideTranslateService(),
        provideRouter([
          { path: ':lang/meetings', component: MeetingsPageComponent },
          { path: ':lang/meetings/:slug', component: MeetingsPageComponent },
        ]),
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('it', {
      content: {
        meetings: {
          recent: 'Riunioni recenti',
          frequency: { annual: 'Una volta l’anno', irregular: 'Quando lo decidono' },
        },
      },
    });
    translate.use('it');
    TestBed.inject(LocaleStore).set('it');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    harness.detectChanges();
    return harness.routeNativeElement as HTMLElement;
  }

  function text(host: HTMLElement, selector: string): string {
    return host.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('gives each series its own page: what it is, how often it meets, recent meetings', async () => {
    const summits = await open('/it/meetings/summit-meetings');
    expect(text(summits, 'h1')).toBe('Vertici');
    expect(summits.textContent).toContain('Capi di Stato o di Governo');
    expect(summits.textContent).toContain('Quando lo decidono');
    const summitText = summits.textContent ?? '';
    const summitYears = text(summits, 'section ul');
    expect(summitYears).toContain('2010 – Astana');
    expect(summitYears).toContain('1996 – Lisbona');
    expect(summits.querySelector('a[href="https://osce.org/summits"]')).not.toBeNull();

    TestBed.resetTestingModule();
    const council = await open('/it/meetings/ministerial-council-meetings');
    expect(text(council, 'h1')).toBe('Riunioni del Consiglio dei ministri');
    expect(council.textContent).toContain('Una volta l’anno');
    expect(text(council, 'section ul')).toContain('2024 – La Valletta');
    // Two sub-pages of the menu are two different pages, not one list.
    expect(council.textContent).not.toBe(summitText);
    expect(council.textContent).not.toContain('Astana');
  });

  it('lists every series with a link to its page on /meetings', async () => {
    const host = await open('/it/meetings');
    const links = [...host.querySelectorAll('ul.series a')].map((a) => a.getAttribute('href'));
    expect(links).toHaveLength(16);
    expect(links).toContain('/it/meetings/asian-conferences');
  });

  it('answers an unknown series with the not-found view and its ways on, not the list', async () => {
    const host = await open('/it/meetings/summit-meetingz');
    expect(host.querySelector('ul.series')).toBeNull();
    expect(host.querySelector('pt-not-found')).not.toBeNull();
    const hrefs = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/it/meetings', '/it/search?q=summit%20meetingz', '/it']);
  });
});
