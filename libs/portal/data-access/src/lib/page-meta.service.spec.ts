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

describe('PageMeta description', () => {
  it('is the plain text of an HTML description, cut at a word boundary', () => {
    const meta = TestBed.inject(PageMeta);
    const doc = TestBed.inject(DOCUMENT);
    meta.setLanguage('en', 'Portal');
    const body = `<p id="p1">The OSCE Mission &amp; the police. ${'Community policing builds trust. '.repeat(8)}</p>`;
    meta.setPage('Mission', body);
    const content = doc.querySelector('meta[name=description]')?.getAttribute('content') ?? '';
    expect(content.startsWith('The OSCE Mission & the police. Community')).toBe(true);
    expect(content).not.toMatch(/[<>]|&lt;/);
    expect(content.length).toBeLessThanOrEqual(160);
    expect(content).toMatch(/ [A-Za-z]+…$/);
    expect(doc.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(
      content,
    );
  });
});
