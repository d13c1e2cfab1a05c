import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { LanguageSwitcherComponent } from './language-switcher.component';

describe('LanguageSwitcherComponent', () => {
  it('links the same page in six languages, named in themselves, current one aria-current', () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(LanguageSwitcherComponent);
    fixture.componentRef.setInput('lang', 'fr');
    fixture.componentRef.setInput('path', '/search?q=police');
    fixture.componentRef.setInput('label', 'Langue');
    fixture.detectChanges();
    const links = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLAnchorElement>('a[hreflang]'),
    );
    expect(links.map((a) => a.querySelector('.langs__name')?.textContent)).toEqual([
      'English',
      'Français',
      'Deutsch',
      'Italiano',
      'Русский',
      'Español',
    ]);
    // The code a phone shows is part of the link's text, after the name.
    expect(links.map((a) => a.textContent?.replace(/\s+/g, ' ').trim())[5]).toBe('Español ES');
    expect(links[3].getAttribute('href')).toBe('/it/search?q=police');
    expect(links.filter((a) => a.getAttribute('aria-current')).map((a) => a.hreflang)).toEqual([
      'fr',
    ]);
  });

  it('links the home page in another language to the route that serves it', async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: ':lang', pathMatch: 'full', children: [] }])],
    });
    const fixture = TestBed.createComponent(LanguageSwitcherComponent);
    fixture.componentRef.setInput('lang', 'en');
    fixture.componentRef.setInput('path', '/');
    fixture.componentRef.setInput('label', 'Language');
    fixture.detectChanges();
    const fr = (fixture.nativeElement as HTMLElement).querySelector('a[hreflang=fr]');
    expect(fr?.getAttribute('href')).toBe('/fr');
    await expect(TestBed.inject(Router).navigateByUrl('/fr')).resolves.toBe(true);
  });
});
