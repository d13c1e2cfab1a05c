import { LOCALES, type Locale } from '@portal/domain/locales';
import { THESAURUS } from '@portal/domain/policing';
import { fold, stem, words } from './stemmer';

/**
 * Concepts found by stems, so that inflected forms meet the thesaurus: the policing
 * thesaurus writes "управление границами", a Russian text says "управления границами";
 * it writes "conseillers de police", a question says "consiglieri di polizia". A concept
 * found in a question and in a passage of another language is a cross-lingual anchor.
 *
 * Besides the thesaurus (fields of work, OSCE bodies), a small glossary of the nouns that
 * questions ask for ("how many *officers*", "the *network* of", "the *budget* of"): without
 * it, the asked-for noun of a question could never be recognized in a passage written in
 * another language. Glossary words are compared as written (folded), every form listed,
 * since short stems run into other words ("officers" and "office").
 */
const GLOSSARY: readonly { id: string; terms: Readonly<Record<Locale, string>> }[] = [
  {
    id: 'officers',
    terms: {
      en: 'officer|officers|official|officials|agent|agents|staff|employee|employees|personnel',
      fr: 'agent|agents|fonctionnaire|fonctionnaires|officier|officiers|personnel|employé|employés',
      de: 'Beamte|Beamten|Beamter|Bedienstete|Bediensteten|Mitarbeiter|Mitarbeiterin|Mitarbeiterinnen|Mitarbeitende|Mitarbeitenden|Personal',
      it: 'agente|agenti|funzionario|funzionari|ufficiale|ufficiali|personale|dipendente|dipendenti',
      es: 'agente|agentes|funcionario|funcionarios|oficial|oficiales|personal|empleado|empleados',
      ru: 'сотрудник|сотрудники|сотрудников|сотрудника|служащие|служащих|персонал|персонала|офицеры|офицеров|агенты|агентов',
    },
  },
  {
    id: 'experts',
    terms: {
      en: 'expert|experts|adviser|advisers|advisor|advisors|consultant|consultants',
      fr: 'expert|experts|conseiller|conseillers|consultant|consultants',
      de: 'Experte|Experten|Expertin|Expertinnen|Berater|Beraterin|Beraterinnen|Sachverständige|Sachverständigen',
      it: 'esperto|esperti|consigliere|consiglieri|consulente|consulenti',
      es: 'experto|expertos|asesor|asesores|consultor|consultores',
      ru: 'эксперт|эксперты|экспертов|советник|советники|советников|консультант|консультанты|консультантов',
    },
  },
  {
    id: 'network',
    terms: {
      en: 'network|networks',
      fr: 'réseau|réseaux',
      de: 'Netzwerk|Netzwerke|Netzwerks|Netz',
      it: 'rete|reti',
      es: 'red|redes',
      ru: 'сеть|сети|сетью',
    },
  },
  {
    id: 'countries',
    terms: {
      en: 'country|countries|state|states|participating States',
      fr: 'pays|État|États|États participants',
      de: 'Land|Länder|Ländern|Staat|Staaten|Teilnehmerstaat|Teilnehmerstaaten',
      it: 'paese|paesi|Stato|Stati|Stati partecipanti',
      es: 'país|países|Estado|Estados|Estados participantes',
      ru: 'страна|страны|стран|странах|государство|государства|государств|государствах|государства-участники|государств-участников|государствах-участниках',
    },
  },
  {
    id: 'elections',
    terms: {
      en: 'election|elections',
      fr: 'élection|élections',
      de: 'Wahl|Wahlen',
      it: 'elezione|elezioni',
      es: 'elección|elecciones',
      ru: 'выборы|выборов|выборах',
    },
  },
  {
    id: 'members',
    terms: {
      en: 'member|members|parliamentarian|parliamentarians',
      fr: 'membre|membres|parlementaire|parlementaires',
      de: 'Mitglied|Mitglieder|Mitgliedern|Parlamentarier|Parlamentarierinnen',
      it: 'membro|membri|parlamentare|parlamentari',
      es: 'miembro|miembros|parlamentario|parlamentarios',
      ru: 'член|члены|членов|парламентарий|парламентарии|парламентариев',
    },
  },
  {
    id: 'cadets',
    terms: {
      en: 'cadet|cadets|trainee|trainees|student|students',
      fr: 'cadet|cadets|élève|élèves|stagiaire|stagiaires',
      de: 'Kadett|Kadetten|Anwärter|Anwärterinnen|Auszubildende|Auszubildenden',
      it: 'cadetto|cadetti|allievo|allievi',
      es: 'cadete|cadetes|alumno|alumnos',
      ru: 'курсант|курсанты|курсантов|слушатель|слушатели|слушателей',
    },
  },
  {
    id: 'municipalities',
    terms: {
      en: 'municipality|municipalities',
      fr: 'municipalité|municipalités|commune|communes',
      de: 'Gemeinde|Gemeinden',
      it: 'comune|comuni',
      es: 'municipio|municipios',
      ru: 'муниципалитет|муниципалитеты|муниципалитетах|муниципалитетов',
    },
  },
  {
    id: 'documents',
    terms: {
      en: 'document|documents',
      fr: 'document|documents',
      de: 'Dokument|Dokumente|Dokumenten',
      it: 'documento|documenti',
      es: 'documento|documentos',
      ru: 'документ|документы|документов',
    },
  },
  {
    id: 'budget',
    terms: {
      en: 'budget',
      fr: 'budget',
      de: 'Budget|Haushalt',
      it: 'bilancio|budget',
      es: 'presupuesto',
      ru: 'бюджет|бюджета',
    },
  },
  {
    id: 'head',
    terms: {
      en: 'head|director|chief|leader',
      fr: 'chef|directeur|directrice|dirigeant|dirigeante',
      de: 'Leiter|Leiterin|Direktor|Direktorin|Chef|Chefin',
      it: 'capo|direttore|direttrice|dirigente',
      es: 'jefe|jefa|director|directora|dirigente',
      ru: 'глава|руководитель|директор|начальник|ректор',
    },
  },
  {
    id: 'courses',
    terms: {
      en: 'course|courses',
      fr: 'cours|formation|formations',
      de: 'Kurs|Kurse|Kursen|Lehrgang|Lehrgänge',
      it: 'corso|corsi',
      es: 'curso|cursos',
      ru: 'курс|курсы|курсов|курсах',
    },
  },
];

interface Entry {
  readonly id: string;
  /** Stems (thesaurus) or folded words (glossary), in order. */
  readonly keys: readonly string[];
}

const stemsOf = (text: string, lang: Locale) => words(fold(text)).map((w) => stem(w, lang));

type Index = ReadonlyMap<Locale, ReadonlyMap<string, readonly Entry[]>>;

/** Per language: first key -> the terms that start with it, longest first. */
function buildIndex(
  sources: readonly { id: string; terms: (l: Locale) => readonly string[] }[],
  keysOf: (term: string, l: Locale) => string[],
): Index {
  const out = new Map<Locale, Map<string, Entry[]>>();
  for (const locale of LOCALES) {
    const byFirst = new Map<string, Entry[]>();
    for (const source of sources) {
      for (const term of source.terms(locale)) {
        const keys = keysOf(term, locale);
        const first = keys[0];
        if (!first) continue;
        const list = byFirst.get(first) ?? [];
        if (!list.some((e) => e.id === source.id && e.keys.join(' ') === keys.join(' ')))
          list.push({ id: source.id, keys });
        byFirst.set(first, list);
      }
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
    out.set(locale, byFirst);
  }
  return out;
}

const BY_STEMS = buildIndex(
  THESAURUS.map((c) => ({ id: c.id, terms: (l: Locale) => c.terms[l] })),
  stemsOf,
);
const BY_WORDS = buildIndex(
  GLOSSARY.map((g) => ({ id: `glossary:${g.id}`, terms: (l: Locale) => g.terms[l].split('|') })),
  (term) => words(fold(term)),
);

function match(index: Index, keys: readonly string[], lang: Locale, hits: ConceptHit[]): void {
  const byFirst = index.get(lang);
  if (!byFirst) return;
  for (let i = 0; i < keys.length; i++) {
    for (const e of byFirst.get(keys[i] ?? '') ?? []) {
      if (e.keys.every((k, j) => keys[i + j] === k))
        hits.push({ id: e.id, from: i, to: i + e.keys.length - 1 });
    }
  }
}

export interface ConceptHit {
  readonly id: string;
  /** Indexes of the text's words (as `words(text)` splits them) that the term covered. */
  readonly from: number;
  readonly to: number;
}

/** The concepts whose terms, in `lang`, occur in the text (compared by stems). */
export function conceptsIn(text: string, lang: Locale): ConceptHit[] {
  const folded = words(text).map(fold);
  const hits: ConceptHit[] = [];
  match(
    BY_STEMS,
    folded.map((w) => stem(w, lang)),
    lang,
    hits,
  );
  match(BY_WORDS, folded, lang, hits);
  return hits;
}

/** Concept ids only. */
export function conceptIds(text: string, lang: Locale): Set<string> {
  return new Set(conceptsIn(text, lang).map((h) => h.id));
}

/**
 * What a when-question asks the date of: a beginning, a renaming or an end. Across
 * languages the verb is the only clue that "created in 2010" is no answer to "when was it
 * dissolved"; folded prefixes, since verbs inflect ("$" marks a whole word).
 */
const EVENTS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  start: {
    en: 'found establish creat set-up launch open introduc start began begun begin inaugurat',
    fr: 'fond cree creat etabli lanc ouvert ouvr inaugur introdui commenc debut demarr',
    de: 'gegrundet grund errichtet eingerichtet geschaffen schaffung eroffnet eroffnung gestartet start eingefuhrt einfuhr begann beginn',
    it: 'fondat fondaz istituit creat creaz avviat lanciat apert inaugur introdott inizi partit',
    es: 'fundad fundaci establecid cread creaci lanzad lanzo abrio abierto abierta apertura inaugur introduj comenz inici empez arranc',
    ru: 'основ учрежд созда открыт открыл открыва запущ запуст начал введ внедр стартова',
  },
  rename: {
    en: 'renam',
    fr: 'renomm rebaptis',
    de: 'umbenannt umbenennung',
    it: 'rinominat ridenominat',
    es: 'renombr rebautiz',
    ru: 'переименова',
  },
  end: {
    en: 'ended$ ending$ closed$ closure dissolv terminat abolish wound$',
    fr: 'fin$ ferme dissou dissol termin supprim achev',
    de: 'aufgelost auflosung beendet endete geschlossen schliess eingestellt',
    it: 'conclus chius sciolt terminat finit cessat',
    es: 'finaliz terminad cerr disuel disolu concluy clausur',
    ru: 'закрыт закрыл заверш прекрат прекращ ликвидир распущ распуст упразд',
  },
};

/** The kinds of event (start, rename, end) a text speaks of, read in `lang`. */
export function eventsIn(text: string, lang: Locale): Set<string> {
  const tokens = words(fold(text));
  const out = new Set<string>();
  for (const [event, byLang] of Object.entries(EVENTS)) {
    const hit = byLang[lang]
      .split(' ')
      .some((p) =>
        p.endsWith('$') ? tokens.includes(p.slice(0, -1)) : tokens.some((t) => t.startsWith(p)),
      );
    if (hit) out.add(event);
  }
  return out;
}
