import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  ViewEncapsulation,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import type { NavigationItem } from '@portal/domain/content';
import { filter, map } from 'rxjs';
import { type MenuEntry, isWidePanel, menuEntries, panelMarkup } from './menu-items';

/**
 * The site menu as a disclosure navigation (WAI-ARIA APG "disclosure navigation menu"):
 * top-level groups are buttons with aria-expanded that show a panel of links. Escape
 * closes the open panel and returns focus to its button; focus or a click leaving the
 * menu closes it; Left/Right/Home/End move between top-level entries. Below the wide
 * breakpoint the whole menu is itself behind a disclosure button.
 *
 * Panel links are plain markup (see `panelMarkup`), followed through the router by one
 * click handler; styles are unencapsulated (all `menu__` classes) so they reach that markup.
 */
@Component({
  selector: 'pt-mega-menu',
  imports: [RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  templateUrl: './mega-menu.component.html',
  styleUrl: './mega-menu.component.css',
  host: {
    '(keydown)': 'onKeydown($event)',
    '(focusout)': 'onFocusOut($event)',
    '(click)': 'onClick($event)',
    '(document:click)': 'onDocumentClick($event)',
  },
})
export class MegaMenuComponent {
  readonly items = input.required<readonly NavigationItem[]>();
  readonly lang = input.required<string>();
  readonly label = input.required<string>();
  readonly toggleLabel = input.required<string>();
  readonly overviewLabel = input.required<string>();

  protected readonly openKey = signal<string | null>(null);
  protected readonly menuOpen = signal(false);
  protected readonly entries = computed(() => menuEntries(this.items(), `/${this.lang()}`));
  /** Groups whose panel spans the menu's width (see `isWidePanel`). */
  protected readonly wide = computed(
    () =>
      new Set(
        this.entries()
          .filter((entry) => isWidePanel(entry))
          .map((entry) => entry.key),
      ),
  );
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly router = inject(Router);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((e): e is NavigationEnd => e instanceof NavigationEnd),
      map((e) => e.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );
  private readonly sanitizer = inject(DomSanitizer);
  /**
   * Each group's panel markup by key, marking the link of the current page. Trusted as it
   * is: `panelMarkup` escapes every label and href, and every href is a path under the
   * locale prefix. Angular's sanitizer would parse each panel again in an inert document
   * while the page hydrates (40-60 ms of the home page's hydration at Lighthouse's 4x
   * slowdown, with the body text), to find nothing to remove.
   */
  protected readonly panels = computed(
    () =>
      new Map<string, SafeHtml>(
        this.entries()
          .filter((entry) => entry.children?.length)
          .map((entry) => [
            entry.key,
            this.sanitizer.bypassSecurityTrustHtml(
              panelMarkup(entry, this.overviewLabel(), this.url()),
            ),
          ]),
      ),
  );

  protected panelId(item: MenuEntry): string {
    return `pt-menu-${item.key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  }

  protected toggle(item: MenuEntry): void {
    this.openKey.update((key) => (key === item.key ? null : item.key));
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
    if (!this.menuOpen()) this.openKey.set(null);
  }

  protected closeAll(): void {
    this.openKey.set(null);
    this.menuOpen.set(false);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    if (event.key === 'Escape') {
      const key = this.openKey();
      if (key) {
        this.openKey.set(null);
        this.host.nativeElement.querySelector<HTMLElement>(`[data-menu-key="${key}"]`)?.focus();
        event.preventDefault();
      } else if (this.menuOpen()) {
        this.menuOpen.set(false);
        this.host.nativeElement.querySelector<HTMLElement>('.menu__toggle')?.focus();
        event.preventDefault();
      }
      return;
    }
    if (!target?.hasAttribute('data-top')) return;
    const tops = Array.from(this.host.nativeElement.querySelectorAll<HTMLElement>('[data-top]'));
    const index = tops.indexOf(target);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tops.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined || index < 0) return;
    event.preventDefault();
    tops[(next + tops.length) % tops.length]?.focus();
  }

  /** A plain click on a panel link navigates in the app; other clicks open tabs as usual. */
  protected onClick(event: MouseEvent): void {
    const link = (event.target as Element | null)?.closest?.('.menu__panel a[href]');
    if (!link || event.button !== 0 || event.defaultPrevented) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith('/')) return;
    event.preventDefault();
    this.closeAll();
    void this.router.navigateByUrl(href);
  }

  protected onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && !this.host.nativeElement.contains(next)) this.openKey.set(null);
  }

  protected onDocumentClick(event: MouseEvent): void {
    if (!this.host.nativeElement.contains(event.target as Node)) this.openKey.set(null);
  }
}
