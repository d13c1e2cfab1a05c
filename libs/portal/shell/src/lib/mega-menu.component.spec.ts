import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MegaMenuComponent } from './mega-menu.component';

function render() {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(MegaMenuComponent);
  fixture.componentRef.setInput('lang', 'it');
  fixture.componentRef.setInput('label', 'Menu principale');
  fixture.componentRef.setInput('toggleLabel', 'Menu');
  fixture.componentRef.setInput('overviewLabel', 'Panoramica');
  fixture.componentRef.setInput('items', [
    { key: 'policing', label: 'Attività di polizia', path: '/policing' },
    {
      key: 'org',
      label: 'Organizzazione',
      children: [
        { key: 'about', label: 'Chi siamo', path: '/about' },
        { key: 'asia', label: 'Partner asiatici', path: '/countries?group=asian-partner' },
        { key: 'odihr', label: 'Direttore ODIHR', path: '/leadership#director-of-odihr' },
      ],
    },
  ]);
  fixture.detectChanges();
  return { fixture, el: fixture.nativeElement as HTMLElement };
}

describe('MegaMenuComponent', () => {
  it('links plain items under the locale and groups behind disclosure buttons', () => {
    const { el } = render();
    expect(el.querySelector('nav')?.getAttribute('aria-label')).toBe('Menu principale');
    expect(el.querySelector('a.menu__top')?.getAttribute('href')).toBe('/it/policing');
    const button = el.querySelector<HTMLButtonElement>('button.menu__top');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(el.querySelector('#pt-menu-org')?.hasAttribute('hidden')).toBe(true);
    // A closed panel renders no links at all (nothing to hydrate on page load).
    expect(el.querySelectorAll('#pt-menu-org a')).toHaveLength(0);
  });

  it('keeps queries and fragments out of the path of panel links', async () => {
    const { fixture, el } = render();
    el.querySelector<HTMLButtonElement>('button.menu__top')?.click();
    await fixture.whenStable();
    const hrefs = Array.from(el.querySelectorAll('#pt-menu-org a')).map((a) =>
      a.getAttribute('href'),
    );
    expect(hrefs).toEqual([
      '/it/about',
      '/it/countries?group=asian-partner',
      '/it/leadership#director-of-odihr',
    ]);
  });

  it('opens with click, closes with Escape and returns focus to the button', async () => {
    const { fixture, el } = render();
    const button = el.querySelector<HTMLButtonElement>('button.menu__top');
    document.body.appendChild(el);
    button?.click();
    await fixture.whenStable();
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    const link = el.querySelector<HTMLAnchorElement>('#pt-menu-org a');
    expect(link?.getAttribute('href')).toBe('/it/about');
    link?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    el.remove();
  });

  it('moves between top-level entries with the arrow keys', async () => {
    const { fixture, el } = render();
    document.body.appendChild(el);
    const tops = el.querySelectorAll<HTMLElement>('[data-top]');
    tops[0].focus();
    tops[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await fixture.whenStable();
    expect(document.activeElement).toBe(tops[1]);
    tops[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(document.activeElement).toBe(tops[0]);
    el.remove();
  });
});
