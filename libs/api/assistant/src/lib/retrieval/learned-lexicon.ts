import { TranslationLexicon } from '../text/translation-lexicon';
import type { PassageSearch } from './portal.retriever';

/** How often, at most, the published content is checked for a change. */
const CHECK_EVERY_MS = 30_000;

/**
 * The translation lexicon of the published content, learned on first use and learned anew
 * when staff publish (the aligned passages' version changes). Until the first one is ready,
 * and when the search cannot give aligned passages, it is empty.
 */
export class LearnedLexicon {
  private lexicon = TranslationLexicon.EMPTY;
  private version: string | undefined;
  private checkedAt = 0;
  private pending: Promise<TranslationLexicon> | undefined;

  constructor(private readonly search: PassageSearch) {}

  async current(): Promise<TranslationLexicon> {
    if (!this.search.alignedPassages || !this.search.alignedVersion) return this.lexicon;
    if (Date.now() - this.checkedAt < CHECK_EVERY_MS) return this.lexicon;
    this.pending ??= this.refresh().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async refresh(): Promise<TranslationLexicon> {
    const version = await this.search.alignedVersion?.();
    this.checkedAt = Date.now();
    if (version !== undefined && version !== this.version) {
      this.lexicon = TranslationLexicon.learn((await this.search.alignedPassages?.()) ?? []);
      this.version = version;
    }
    return this.lexicon;
  }
}
