import { DOCUMENT, Injectable, REQUEST, inject } from '@angular/core';
import { Meta, Title } from '@angular/platform-browser';
import { LOCALES, type Locale } from '@portal/domain/locales';
import { metaDescription } from './plain-text';

/**
 * The document head of the current page: `<html lang>`, `<title>`, meta description and
 * hreflang alternates (one per locale plus x-default), on the server and in the browser.
 */
@Injectable({ providedIn: 'root' })
export class PageMeta {
  private readonly title = inject(Title);
  private readonly meta = inject(Meta);
  private readonly document = inject(DOCUMENT);
  private readonly request = inject(REQUEST, { optional: true });
  private siteName = '';

  setLanguage(lang: Locale, siteName: string): void {
    this.document.documentElement.lang = lang;
    this.document.documentElement.dir = 'ltr';
    this.siteName = siteName;
  }

  /**
   * `description` may be an HTML field of the API (a body or description): the meta tag
   * gets its plain text, cut at a word boundary, since a tag cannot hold markup.
   */
  setPage(title: string | undefined, description?: string): void {
    this.title.setTitle(
      title && title !== this.siteName ? `${title} | ${this.siteName}` : this.siteName,
    );
    const content = metaDescription(description) || this.siteName;
    this.meta.updateTag({ name: 'description', content });
    this.meta.updateTag({ property: 'og:title', content: title || this.siteName });
    this.meta.updateTag({ property: 'og:description', content });
  }

  /** `path` is the current path without its locale segment, e.g. `/countries/at`. */
  setAlternates(path: string): void {
    const head = this.document.head;
    head.querySelectorAll('link[data-pt-alternate]').forEach((el) => el.remove());
    const origin = this.origin();
    const add = (rel: string, href: string, hreflang?: string) => {
      const link = this.document.createElement('link');
      link.setAttribute('rel', rel);
      if (hreflang) link.setAttribute('hreflang', hreflang);
      link.setAttribute('href', href);
      link.setAttribute('data-pt-alternate', '');
      head.appendChild(link);
    };
    const current = this.document.documentElement.lang;
    add('canonical', `${origin}/${current}${path}`);
    for (const lang of LOCALES) add('alternate', `${origin}/${lang}${path}`, lang);
    add('alternate', `${origin}/en${path}`, 'x-default');
  }

  private origin(): string {
    if (this.request) return new URL(this.request.url).origin;
    return this.document.location?.origin ?? '';
  }
}
