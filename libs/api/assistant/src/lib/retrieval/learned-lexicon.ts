import { TranslationLexicon } from '../text/translation-lexicon';
import type { PassageSearch } from './portal.retriever';

/** How often, at most, the published content is checked for a change. */
const CHECK_EVERY_MS = 30_000;

/**
 * The translation lexicon of the published content, learned on first use and learned anew
 * when staff publish (the aligned passages' version changes). Only the first question waits
 * for it; later ones get the lexicon at hand while a new one is learned. When the search
 * cannot give aligned passages, it is empty.
 */
export class LearnedLexicon {
  private lexicon: TranslationLexicon | undefined;
  private version: string | undefined;
  private checkedAt = 0;
  private pending: Promise<TranslationLexicon> | undefined;

  constructor(private readonly search: PassageSearch) {}

  async current(): Promise<TranslationLexicon> {
    if (!this.search.alignedPassages || !this.search.alignedVersion) {
      return TranslationLexicon.EMPTY;
    }
    if (this.lexicon && Date.now() - this.checkedAt < CHECK_EVERY_MS) return this.lexicon;
    this.checkedAt = Date.now();
    this.pending ??= this.refresh().finally(() => (this.pending = undefined));
    return this.lexicon ?? this.pending;
  }

  private async refresh(): Promise<TranslationLexicon> {
    const version = await this.search.alignedVersion?.();
    if (version === undefined || version !== this.version || !this.lexicon) {
      this.lexicon = TranslationLexicon.learn((await this.search.alignedPassages?.()) ?? []);
      this.version = version;
    }
    return this.lexicon;
  }
}
