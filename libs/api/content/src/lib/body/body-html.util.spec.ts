import { extractPassages, plainText, renderBody, sanitizeStoredHtml } from './body-html.util';

describe('renderBody', () => {
  it('renders Markdown and anchors every block in order', () => {
    const { html, passages } = renderBody('## Title\n\nFirst *para*.\n\n- one\n- two', 'markdown');
    expect(html).toContain('<h2 id="p1">Title</h2>');
    expect(html).toContain('<p id="p2">First <em>para</em>.</p>');
    expect(html).toContain('<li id="p3">one</li>');
    expect(passages).toEqual([
      { anchor: 'p1', text: 'Title' },
      { anchor: 'p2', text: 'First para.' },
      { anchor: 'p3', text: 'one' },
      { anchor: 'p4', text: 'two' },
    ]);
  });

  it.each([
    ['<script>alert(1)</script><p>ok</p>', 'alert'],
    ['<p onclick="alert(1)">ok</p>', 'onclick'],
    ['<img src=x onerror="alert(1)">', 'onerror'],
    ['<a href="javascript:alert(1)">x</a>', 'javascript:'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', 'avascript'],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', 'data:'],
    ['<iframe src="https://evil.example"></iframe>', 'iframe'],
    ['<svg><script>alert(1)</script></svg>', 'script'],
    ['<style>body{display:none}</style><p>x</p>', 'display'],
    ['<a href="//evil.example/x">x</a>', 'evil'],
    ['<p style="background:url(javascript:alert(1))">x</p>', 'style'],
    ['<form action="https://x"><input></form>', 'form'],
  ])('strips %s', (payload, forbidden) => {
    for (const format of ['html', 'markdown'] as const) {
      const { html } = renderBody(payload, format);
      expect(html.toLowerCase()).not.toContain(forbidden.toLowerCase());
    }
  });

  it('keeps http, https, mailto and relative links and replaces author ids', () => {
    const { html } = renderBody(
      '<p id="evil"><a href="https://osce.org">a</a> <a href="mailto:x@osce.org">b</a> <a href="/en/policing">c</a></p>',
      'html',
    );
    expect(html).toBe(
      '<p id="p1"><a href="https://osce.org" rel="noopener noreferrer">a</a> <a href="mailto:x@osce.org" rel="noopener noreferrer">b</a> <a href="/en/policing" rel="noopener noreferrer">c</a></p>',
    );
  });

  it('gives nested blocks their own text once', () => {
    expect(extractPassages('<ul><li id="p1"><p id="p2">x &amp; y</p></li></ul>')).toEqual([
      { anchor: 'p2', text: 'x & y' },
    ]);
  });

  it('turns titles into plain text', () => {
    expect(plainText('<b>Police</b> <script>alert(1)</script>reform')).toBe('Police reform');
  });
});

describe('sanitizeStoredHtml', () => {
  it('cleans stored HTML again and keeps its passage ids, not others', () => {
    const stored =
      '<h2 id="p1">Title</h2><p id="p2" onclick="alert(1)">Text<img src=x onerror="alert(2)"></p>' +
      '<script>alert(3)</script><p id="main">Clobber</p><a href="javascript:alert(4)">x</a>';
    expect(sanitizeStoredHtml(stored)).toBe(
      '<h2 id="p1">Title</h2><p id="p2">Text<img src="x" /></p><p>Clobber</p><a rel="noopener noreferrer">x</a>',
    );
  });

  it('leaves what renderBody made as it is', () => {
    const { html } = renderBody('## Title\n\nFirst [link](https://osce.org).\n\n- one', 'markdown');
    expect(sanitizeStoredHtml(html)).toBe(html);
  });
});
