import type { Locale } from '@portal/domain/locales';
import { fold } from './stemmer';

/**
 * Words that carry no topic: function words, question words and the verbs questions are
 * built with. They are ignored when a question's key terms are chosen.
 */
const LISTS: Readonly<Record<Locale, string>> = {
  en:
    'a an the of and or to in on at by for with from as into about is are was were be been being it its ' +
    'this that these those there their they them he she his her who whom whose what which when where why ' +
    'how many much does do did done has have had can could would should will shall may might not no yes ' +
    'than then also any some all each other such only own same so very just i me my we our you your ' +
    'tell please know give list name named stand stands mean means meaning called say says said exist ' +
    'exists located based there here one more most get got',
  fr:
    'le la les l un une des du de d et ou à au aux en dans sur par pour avec sans est sont était étaient ' +
    'être été a ont avait ce cet cette ces il elle ils elles lui leur leurs son sa ses qui que qu quoi ' +
    'quel quelle quels quelles lequel laquelle quand où comment combien pourquoi ne pas plus se s y ' +
    'c est-ce signifie veut dire sigle nom appelle trouve situé située dites-moi moi je nous vous on ' +
    'il-y-a existe existent',
  de:
    'der die das den dem des ein eine einen einem einer eines und oder zu zum zur in im am an auf für ' +
    'mit von vom bei aus nach über unter ist sind war waren wird werden wurde wurden sein hat haben ' +
    'es er sie ihr ihre sich wer wen wem wessen was wann wo woher wohin wie viele viel welche welcher ' +
    'welches warum wofür wozu nicht auch nur bedeutet steht abkürzung heißt heisst befindet gibt mir ich wir',
  it:
    'il lo la i gli le l un uno una un di del dello della dei degli delle d a al allo alla ai agli alle ' +
    'da dal dallo dalla dai dagli dalle in nel nello nella nei negli nelle su sul sullo sulla con per ' +
    'tra fra e ed o è sono era erano essere stato stata stati ha hanno che chi cosa cos che quando dove ' +
    'come quanti quante quanto quanta quale quali perché non si ci suo sua suoi sue loro mi significa ' +
    'sta sigla chiama trova ha sede dimmi esiste esistono',
  es:
    'el la los las lo un una unos unas de del al a en con por para sobre entre y e o u es son era eran ' +
    'fue fueron ser sido está están ha han que quién quiénes qué cuándo dónde cómo cuántos cuántas ' +
    'cuánto cuánta cuál cuáles por qué no se su sus le les me significa sigla llama encuentra dime ' +
    'existe existen hay',
  ru:
    'и в во на с со к ко по о об от до из за у для при как что кто кого кому кем чей чья чьё чьи где ' +
    'когда сколько какой какая какое какие каких каков почему зачем это этот эта эти тот та те он она ' +
    'оно они его её их ли не ни же бы был была было были быть есть является являются означает ' +
    'расшифровывается находится называется мне скажите а но или',
};

const SETS: Readonly<Record<Locale, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(LISTS).map(([lang, list]) => [
    lang,
    // Both spellings: questions arrive as typed, key terms are matched folded.
    new Set(list.split(/\s+/).flatMap((w) => [w.toLowerCase(), fold(w)])),
  ]),
) as unknown as Record<Locale, ReadonlySet<string>>;

/** Every language's stopwords together: questions often mix in a foreign function word. */
const ALL = new Set(Object.values(SETS).flatMap((s) => [...s]));

export function isStopword(word: string, lang?: Locale): boolean {
  const lower = word.toLowerCase();
  return lang ? SETS[lang].has(lower) : ALL.has(lower);
}
