import { cutAtWord, htmlToPlainText, metaDescription } from './plain-text';

describe('htmlToPlainText', () => {
  it('drops tags, keeps the words apart and decodes entities', () => {
    expect(htmlToPlainText('<p id="p1">Police &amp; <em>society</em></p><p id="p2">Next</p>')).toBe(
      'Police & society Next',
    );
    expect(htmlToPlainText('a&nbsp;b &#39;c&#x27; &lt;p&gt; &unknown;')).toBe(
      "a b 'c' <p> &unknown;",
    );
  });
});

describe('cutAtWord', () => {
  it('keeps a short text whole', () => {
    expect(cutAtWord('Short text.', 20)).toBe('Short text.');
  });

  it('cuts at the last whole word and marks the cut', () => {
    expect(cutAtWord('The OSCE Presence in Albania supports reform', 25)).toBe(
      'The OSCE Presence in…',
    );
  });

  it('cuts inside a single overlong word rather than returning nothing', () => {
    expect(cutAtWord('Donaudampfschifffahrtsgesellschaft', 10)).toBe('Donaudamp…');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(
      Array.from(cutAtWord('Присутствие ОБСЕ в Албании 😀😀😀', 20)).length,
    ).toBeLessThanOrEqual(20);
  });
});

describe('metaDescription', () => {
  it('turns a description body into plain text of at most 160 characters', () => {
    const body = `<p id="p1">${'Community policing builds trust. '.repeat(10)}</p>`;
    const meta = metaDescription(body);
    expect(meta).not.toMatch(/[<>]/);
    expect(meta.length).toBeLessThanOrEqual(160);
    expect(meta.endsWith('…')).toBe(true);
    expect(body).toContain(meta.slice(0, -1));
  });

  it('is empty for nothing', () => {
    expect(metaDescription(undefined)).toBe('');
  });
});
