/** The class that marks the passage a link pointed at (see `.pt-cited` in the global styles). */
export const CITED_CLASS = 'pt-cited';

/**
 * Marks and focuses the passage `#fragment` names, so that whoever follows a citation or a
 * search hit sees, and hears, which passage was meant. A full page load gets this from
 * `:target` alone (also before the app runs); an in-app navigation does not, because the
 * router changes the URL without the browser moving its target. The passage may arrive with
 * the page's content after the navigation, so it is looked for until `waitMs` have passed.
 * Returns a function that stops looking.
 */
export function markCitedPassage(document: Document, fragment: string, waitMs = 5000): () => void {
  const deadline = Date.now() + waitMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = () => {
    for (const old of Array.from(document.querySelectorAll(`.${CITED_CLASS}`))) {
      old.classList.remove(CITED_CLASS);
    }
    const passage = document.getElementById(fragment);
    if (passage?.closest('.pt-prose')) {
      passage.classList.add(CITED_CLASS);
      // Focus takes screen readers and the keyboard to the passage; it is not a control,
      // so it is focusable from script only.
      if (!passage.hasAttribute('tabindex')) passage.setAttribute('tabindex', '-1');
      passage.focus({ preventScroll: true });
      passage.scrollIntoView({ block: 'start' });
      return;
    }
    if (Date.now() < deadline) timer = setTimeout(attempt, 100);
  };
  attempt();
  return () => clearTimeout(timer);
}
