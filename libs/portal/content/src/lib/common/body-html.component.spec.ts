import { TestBed } from '@angular/core/testing';
import { BodyHtmlComponent } from './body-html.component';

function render(html: string): HTMLElement {
  const fixture = TestBed.createComponent(BodyHtmlComponent);
  fixture.componentRef.setInput('html', html);
  fixture.detectChanges();
  return (fixture.nativeElement as HTMLElement).querySelector('.pt-prose') as HTMLElement;
}

describe('BodyHtmlComponent', () => {
  it('renders markup with the passage anchors search hits and citations link to', () => {
    const prose = render(
      '<h2 id="p1">Title</h2><p id="p2">First <em>para</em>.</p><ul><li id="p3">one</li></ul>',
    );
    expect(prose.innerHTML).toBe(
      '<h2 id="p1">Title</h2><p id="p2">First <em>para</em>.</p><ul><li id="p3">one</li></ul>',
    );
  });

  it('drops scripts, event handlers and script URLs that reached it anyway', () => {
    const prose = render(
      '<p id="p1">Text<img src="x" onerror="window.hit = 1"></p><script>window.hit = 2</script>' +
        '<a href="javascript:window.hit = 3">link</a><p id="main" onclick="window.hit = 4">Next</p>',
    );
    expect(prose.querySelector('script')).toBeNull();
    expect(prose.querySelector('[onerror], [onclick]')).toBeNull();
    expect(prose.querySelector('a')?.getAttribute('href')).not.toMatch(/^javascript:/);
    // Ids are the anchors' numbering, never an author's (no clobbering of `main`).
    expect([...prose.querySelectorAll('[id]')].map((e) => e.id)).toEqual(['p1', 'p2']);
    expect((window as unknown as { hit?: number }).hit).toBeUndefined();
  });
});
