import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { MegaMenuComponent } from './mega-menu.component';

function render() {
  TestBed.configureTestingModule({
    providers: [provideRouter([{ path: '**', children: [] }])],
  });
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
    // A closed panel still holds its links, for crawlers and the page without scripts.
    expect(el.querySelectorAll('#pt-menu-org a')).toHaveLength(3);
  });

  it('follows a panel link through the router and closes the panel', async () => {
    const { fixture, el } = render();
    const router = TestBed.inject(Router);
    el.querySelector<HTMLButtonElement>('button.menu__top')?.click();
    await fixture.whenStable();
    const link = el.querySelector<HTMLAnchorElement>('#pt-menu-org a[href="/it/about"]');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link?.dispatchEvent(click);
    await fixture.whenStable();
    expect(click.defaultPrevented).toBe(true);
    expect(router.url).toBe('/it/about');
    expect(el.querySelector('button.menu__top')?.getAttribute('aria-expanded')).toBe('false');
    // The panel now marks the current page.
    const current = el.querySelector('#pt-menu-org a[aria-current="page"]');
    expect(current?.getAttribute('href')).toBe('/it/about');
  });

  it('leaves a click with a modifier key to the browser', () => {
    const { el } = render();
    const link = el.querySelector<HTMLAnchorElement>('#pt-menu-org a');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    // Runs after the menu's own handler: note its verdict, then stop the test environment
    // from trying to open the link.
    let preventedByMenu: boolean | undefined;
    el.addEventListener('click', (event) => {
      preventedByMenu = event.defaultPrevented;
      event.preventDefault();
    });
    link?.dispatchEvent(click);
    expect(preventedByMenu).toBe(false);
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
