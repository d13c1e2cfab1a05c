import { CITED_CLASS, markCitedPassage } from './cited-passage';

describe('markCitedPassage', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    document.body.innerHTML = '<main><div class="pt-prose"><p id="p1">One</p></div></main>';
    Element.prototype.scrollIntoView = jest.fn();
  });
  afterEach(() => jest.useRealTimers());

  it('marks and focuses the passage, and unmarks the one marked before', () => {
    markCitedPassage(document, 'p1');
    const p1 = document.getElementById('p1') as HTMLElement;
    expect(p1.classList.contains(CITED_CLASS)).toBe(true);
    expect(p1.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(p1);
    document.querySelector('.pt-prose')?.insertAdjacentHTML('beforeend', '<p id="p2">Two</p>');
    markCitedPassage(document, 'p2');
    expect(p1.classList.contains(CITED_CLASS)).toBe(false);
    expect(document.getElementById('p2')?.classList.contains(CITED_CLASS)).toBe(true);
  });

  it('waits for a passage that arrives with the content, and gives up in time', () => {
    markCitedPassage(document, 'p9', 1000);
    document.querySelector('.pt-prose')?.insertAdjacentHTML('beforeend', '<p id="p9">Late</p>');
    jest.advanceTimersByTime(150);
    expect(document.getElementById('p9')?.classList.contains(CITED_CLASS)).toBe(true);

    markCitedPassage(document, 'p10', 300);
    jest.advanceTimersByTime(1000);
    document
      .querySelector('.pt-prose')
      ?.insertAdjacentHTML('beforeend', '<p id="p10">Too late</p>');
    jest.advanceTimersByTime(1000);
    expect(document.getElementById('p10')?.classList.contains(CITED_CLASS)).toBe(false);
  });

  it('leaves ids outside the page text alone (headings of the page itself, the main element)', () => {
    document.body.insertAdjacentHTML('beforeend', '<h2 id="pt-list">List</h2>');
    markCitedPassage(document, 'pt-list', 0);
    expect(document.getElementById('pt-list')?.classList.contains(CITED_CLASS)).toBe(false);
  });
});
