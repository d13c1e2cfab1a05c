import { TestBed } from '@angular/core/testing';
import { DOCUMENT } from '@angular/core';
import { PageMeta } from './page-meta.service';

describe('PageMeta', () => {
  it('sets html lang, title, description and hreflang alternates with x-default', () => {
    const meta = TestBed.inject(PageMeta);
    const doc = TestBed.inject(DOCUMENT);
    meta.setLanguage('fr', 'Portail');
    meta.setPage('Pays', 'Les pays');
    meta.setAlternates('/countries');
    expect(doc.documentElement.lang).toBe('fr');
    expect(doc.title).toBe('Pays | Portail');
    expect(doc.querySelector('meta[name=description]')?.getAttribute('content')).toBe('Les pays');
    const links = Array.from(doc.head.querySelectorAll('link[rel=alternate]'));
    expect(links.map((l) => l.getAttribute('hreflang'))).toEqual([
      'en',
      'fr',
      'de',
      'it',
      'ru',
      'es',
      'x-default',
    ]);
    expect(links[1].getAttribute('href')).toMatch(/\/fr\/countries$/);
    meta.setAlternates('/');
    expect(doc.head.querySelectorAll('link[rel=alternate]')).toHaveLength(7);
  });
});
