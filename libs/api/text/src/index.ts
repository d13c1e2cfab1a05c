export { fold, stem, words } from './lib/stemmer';
export { isStopword } from './lib/stopwords';
export { phoneticKey, transliterate } from './lib/transliterate';
export {
  TranslationLexicon,
  type AlignedPassage,
  type LexiconOptions,
  type Translation,
} from './lib/translation-lexicon';
export { LearnedLexicon, type AlignedSource } from './lib/learned-lexicon';
export { areCognates, cognateForm, cognateKey, type CognateForm } from './lib/cognates';
export { COMPOUNDING_LOCALES, compoundParts } from './lib/compounds';
