import { TranslationLexicon, type AlignedPassage } from './translation-lexicon';

/** Where the aligned content comes from: the search index's published passages. */
export interface AlignedSource {
  alignedPassages(): Promise<readonly AlignedPassage[]>;
  /** Changes whenever the aligned passages do. */
  alignedVersion(): Promise<string>;
}

/** How often, at most, the published content is checked for a change. */
const CHECK_EVERY_MS = 30_000;

/**
 * The translation lexicon of the published content, learned on first use and learned anew
 * when staff publish (the aligned passages' version changes). Only the first question waits
 * for it; later ones get the lexicon at hand while a new one is learned.
 */
export class LearnedLexicon {
  private lexicon: TranslationLexicon | undefined;
  private version: string | undefined;
  private checkedAt = 0;
  private pending: Promise<TranslationLexicon> | undefined;

  constructor(private readonly source: AlignedSource) {}

  async current(): Promise<TranslationLexicon> {
    if (this.lexicon && Date.now() - this.checkedAt < CHECK_EVERY_MS) return this.lexicon;
    this.checkedAt = Date.now();
    this.pending ??= this.refresh().finally(() => (this.pending = undefined));
    return this.lexicon ?? this.pending;
  }

  private async refresh(): Promise<TranslationLexicon> {
    const version = await this.source.alignedVersion();
    if (version !== this.version || !this.lexicon) {
      this.lexicon = TranslationLexicon.learn(await this.source.alignedPassages());
      this.version = version;
    }
    return this.lexicon;
  }
}
