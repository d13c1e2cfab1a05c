export { detectLanguage, guessLanguage } from './lib/text/language-detector';
export type { LanguageGuess } from './lib/text/language-detector';
