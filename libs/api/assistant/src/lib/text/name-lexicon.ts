import { COUNTRY_CODES, countryNames, countryOfAdjective } from '@portal/domain/countries';
import type { Locale } from '@portal/domain/locales';
import { fold, isStopword, stem, words } from '@portal/api/text';

/**
 * Names that mean the same thing across the six languages: institutions and their
 * acronyms (ODIHR = BIDDH = BDIMR = OIDDH = БДИПЧ), cities (Warsaw = Varsovie =
 * Варшава) and countries. A name found in a question and in a passage written in another
 * language is the anchor that makes cross-lingual answers possible. Extra entries (the
 * domain libraries' institutions and thesaurus) are added with `add`.
 */
export interface LexiconEntry {
  readonly id: string;
  readonly names: readonly string[];
  /** Concepts match anywhere; names also count as named entities of a question. */
  readonly kind?: 'name' | 'concept';
}

export const BUILT_IN_NAMES: readonly LexiconEntry[] = [
  {
    id: 'osce',
    names: [
      'OSCE',
      'OSZE',
      'ОБСЕ',
      'Organization for Security and Co-operation in Europe',
      'Organisation pour la sécurité et la coopération en Europe',
      'Organisation für Sicherheit und Zusammenarbeit in Europa',
      'Organizzazione per la sicurezza e la cooperazione in Europa',
      'Organización para la Seguridad y la Cooperación en Europa',
      'Организация по безопасности и сотрудничеству в Европе',
    ],
  },
  {
    id: 'csce',
    names: [
      'CSCE',
      'KSZE',
      'CSCE',
      'СБСЕ',
      'Conference on Security and Co-operation in Europe',
      'Conférence sur la sécurité et la coopération en Europe',
      'Konferenz über Sicherheit und Zusammenarbeit in Europa',
      'Conferenza sulla sicurezza e la cooperazione in Europa',
      'Conferencia sobre la Seguridad y la Cooperación en Europa',
      'Совещание по безопасности и сотрудничеству в Европе',
    ],
  },
  {
    id: 'odihr',
    names: [
      'ODIHR',
      'BIDDH',
      'BDIMR',
      'OIDDH',
      'БДИПЧ',
      'Office for Democratic Institutions and Human Rights',
      'Bureau des institutions démocratiques et des droits de l’homme',
      "Bureau des institutions démocratiques et des droits de l'homme",
      'Büro für demokratische Institutionen und Menschenrechte',
      'Ufficio per le istituzioni democratiche e i diritti dell’uomo',
      "Ufficio per le istituzioni democratiche e i diritti dell'uomo",
      'Oficina de Instituciones Democráticas y Derechos Humanos',
      'Бюро по демократическим институтам и правам человека',
      'Office for Free Elections',
      'Bureau des élections libres',
      'Büro für freie Wahlen',
      'Ufficio per le libere elezioni',
      'Oficina de Elecciones Libres',
      'Бюро по свободным выборам',
    ],
  },
  {
    id: 'spmu',
    names: [
      'SPMU',
      'Strategic Police Matters Unit',
      'Unité pour les questions stratégiques de police',
      'Gruppe Strategische Polizeiangelegenheiten',
      'Unità per le questioni strategiche di polizia',
      'Unidad de Asuntos Policiales Estratégicos',
      'Unidad de Asuntos Estratégicos Policiales',
      'Группа по стратегическим вопросам полицейской деятельности',
      'ГСВПД',
    ],
  },
  {
    id: 'tntd',
    names: [
      'TNTD',
      'Transnational Threats Department',
      'Département des menaces transnationales',
      'Abteilung Grenzüberschreitende Bedrohungen',
      'Abteilung für transnationale Bedrohungen',
      'Dipartimento per le minacce transnazionali',
      'Departamento de Amenazas Transnacionales',
      'Департамент по транснациональным угрозам',
      'ДТУ',
    ],
  },
  {
    id: 'hcnm',
    names: [
      'HCNM',
      'High Commissioner on National Minorities',
      'Haut Commissaire pour les minorités nationales',
      'Hoher Kommissar für nationale Minderheiten',
      'Alto Commissario per le minoranze nazionali',
      'Alto Comisionado para las Minorías Nacionales',
      'Верховный комиссар по делам национальных меньшинств',
      'ВКНМ',
    ],
  },
  {
    id: 'rfom',
    names: [
      'RFoM',
      'Representative on Freedom of the Media',
      'Représentant pour la liberté des médias',
      'Beauftragter für Medienfreiheit',
      'Rappresentante per la libertà dei mezzi di informazione',
      'Representante para la Libertad de los Medios de Comunicación',
      'Представитель по вопросам свободы СМИ',
    ],
  },
  {
    id: 'secretariat',
    names: [
      'Secretariat',
      'Secrétariat',
      'Sekretariat',
      'Segretariato',
      'Secretaría',
      'Секретариат',
    ],
  },
  {
    id: 'city:warsaw',
    names: ['Warsaw', 'Varsovie', 'Warschau', 'Varsavia', 'Varsovia', 'Варшава', 'Warszawa'],
  },
  { id: 'city:vienna', names: ['Vienna', 'Vienne', 'Wien', 'Viena', 'Вена'] },
  {
    id: 'city:the-hague',
    names: ['The Hague', 'La Haye', 'Den Haag', "L'Aia", 'L’Aia', 'La Haya', 'Гаага'],
  },
  {
    id: 'city:copenhagen',
    names: ['Copenhagen', 'Copenhague', 'Kopenhagen', 'Copenaghen', 'Копенгаген'],
  },
  { id: 'city:prague', names: ['Prague', 'Prag', 'Praga', 'Прага'] },
  { id: 'city:belgrade', names: ['Belgrade', 'Belgrad', 'Belgrado', 'Белград'] },
  { id: 'city:pristina', names: ['Pristina', 'Priština', 'Prishtina', 'Приштина'] },
  {
    id: 'city:tashkent',
    names: ['Tashkent', 'Tachkent', 'Taschkent', 'Tashkent', 'Taskent', 'Ташкент'],
  },
  {
    id: 'city:chisinau',
    names: ['Chisinau', 'Chișinău', 'Kischinau', 'Chisináu', 'Кишинёв', 'Кишинев'],
  },
  {
    id: 'city:ashgabat',
    names: ['Ashgabat', 'Achgabat', 'Aşgabat', 'Aschgabat', 'Asgabat', 'Ashjabad', 'Ашхабад'],
  },
  { id: 'kosovo', names: ['Kosovo', 'Kosova', 'Косово'] },
  { id: 'skopje', names: ['Skopje', 'Skopie', 'Скопье'] },
];

/**
 * The participating States and Partners by every name the portal knows for them (the OSCE's
 * own usage, the six languages' common names, official names and aliases, from
 * `@portal/domain/countries`): a report says "Кыргызстан" where ICU says "Киргизия".
 */
function countryEntries(): LexiconEntry[] {
  return COUNTRY_CODES.map((code) => ({ id: `country:${code}`, names: countryNames(code) }));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Cyrillic words decline: a name matches with up to three extra letters after its stem. */
function namePattern(name: string): string {
  const folded = fold(name).replace(/[’']/g, "'");
  if (/[\u0400-\u04ff]/.test(folded) && !/^[\p{Lu}]+$/u.test(name)) {
    return folded
      .split(/\s+/)
      .map((w) => (w.length > 3 ? `${escape(stem(w, 'ru'))}\\p{L}{0,3}` : escape(w)))
      .join('\\s+');
  }
  return escape(folded).replace(/\s+/g, '\\s+').replace(/-/g, '[-‑ ]?');
}

const FOUND_CACHE_SIZE = 20_000;

/**
 * An official name is often written with a word of its own: "... y los Derechos del Hombre"
 * for "... y Derechos Humanos", "Organisation" for "Organization". Names
 * of at least `LONG_NAME_WORDS` content words also match with their function words changed,
 * each content word known by its first `NAME_KEY_LENGTH` letters (inflection, spelling), and
 * one content word other than the first two replaced. Shorter names must be said as written,
 * since one word is all that tells "High Commissioner on National Minorities" from another
 * commissioner.
 */
const LONG_NAME_WORDS = 5;
const NAME_KEY_LENGTH = 5;

/** A name's content words as keys: no function words, no elided articles ("dell'"). */
function contentKeys(folded: string): { key: string; start: number; end: number }[] {
  const out: { key: string; start: number; end: number }[] = [];
  for (const m of folded.matchAll(/[\p{L}\p{N}]+(?:[-‑][\p{L}\p{N}]+)*/gu)) {
    const word = m[0];
    const start = m.index ?? 0;
    if (folded[start + word.length] === "'" || word.length <= 2 || isStopword(word)) continue;
    out.push({
      key: word.replace(/[-‑]/g, '').slice(0, NAME_KEY_LENGTH),
      start,
      end: start + word.length,
    });
  }
  return out;
}

export class NameLexicon {
  private readonly entries = new Map<string, LexiconEntry>();
  private byName = new Map<string, string>();
  private matcher: RegExp | undefined;
  /** Long names by the key of their first content word (see `LONG_NAME_WORDS`). */
  private longNames = new Map<string, { id: string; keys: string[] }[]>();
  private patternsById: { id: string; re: RegExp }[] = [];
  private readonly found = new Map<string, ReadonlyMap<string, readonly string[]>>();

  constructor(entries: readonly LexiconEntry[] = [...BUILT_IN_NAMES, ...countryEntries()]) {
    this.add(entries);
  }

  add(entries: readonly LexiconEntry[]): void {
    for (const entry of entries) {
      const known = this.entries.get(entry.id);
      this.entries.set(entry.id, {
        ...entry,
        names: [...new Set([...(known?.names ?? []), ...entry.names])].filter(
          (n) => n.trim().length > 1,
        ),
      });
    }
    this.compile();
  }

  /**
   * Ids of the names found in a text, each with the folded spans it covered. The answerer
   * asks again and again of the same sentences, so results are kept (least recently used
   * dropped past FOUND_CACHE_SIZE, all dropped when names are added). Callers only read them.
   */
  find(text: string): ReadonlyMap<string, readonly string[]> {
    const cached = this.found.get(text);
    if (cached) {
      this.found.delete(text);
      this.found.set(text, cached);
      return cached;
    }
    const found = this.scan(text);
    this.found.set(text, found);
    if (this.found.size > FOUND_CACHE_SIZE)
      this.found.delete(this.found.keys().next().value as string);
    return found;
  }

  private scan(text: string): Map<string, string[]> {
    const found = new Map<string, string[]>();
    if (!this.matcher) return found;
    const folded = fold(text).replace(/[’']/g, "'");
    this.matcher.lastIndex = 0;
    for (const match of folded.matchAll(this.matcher)) {
      const surface = match[0];
      const id = this.byName.get(surface) ?? this.patternsById.find((p) => p.re.test(surface))?.id;
      if (id) found.set(id, [...(found.get(id) ?? []), surface]);
    }
    this.scanVariants(folded, found);
    return found;
  }

  /** Long names written with other function words or one other content word. */
  private scanVariants(folded: string, found: Map<string, string[]>): void {
    if (this.longNames.size === 0) return;
    const tokens = contentKeys(folded);
    tokens.forEach((first, i) => {
      for (const { id, keys } of this.longNames.get(first.key) ?? []) {
        if (found.has(id) || i + keys.length > tokens.length) continue;
        const run = tokens.slice(i, i + keys.length);
        if (run[1]?.key !== keys[1]) continue;
        const misses = run.filter((t, k) => t.key !== keys[k]).length;
        const last = run[run.length - 1];
        if (misses <= 1 && last) found.set(id, [folded.slice(first.start, last.end)]);
      }
    });
  }

  /**
   * The names in a text of a known language, and the countries its adjectives and peoples'
   * names stand for ("Kazakh customs officers", "albanischen"): a question says "Italian" where
   * a source in Italian says "Italia". Only for text whose language is known, since an
   * adjective's ending is read in that language.
   */
  findIn(text: string, lang: Locale): ReadonlyMap<string, readonly string[]> {
    const found = this.find(text);
    let out: Map<string, readonly string[]> | undefined;
    const spans = [...found.values()].flat().join(' ');
    for (const word of words(text)) {
      const folded = fold(word);
      if (folded.length < 4 || spans.includes(folded)) continue;
      const code = countryOfAdjective(word, lang);
      const id = code && `country:${code}`;
      if (!id || found.has(id) || out?.has(id)) continue;
      out ??= new Map(found);
      out.set(id, [folded]);
    }
    return out ?? found;
  }

  names(id: string): readonly string[] {
    return this.entries.get(id)?.names ?? [];
  }

  kind(id: string): 'name' | 'concept' {
    return this.entries.get(id)?.kind ?? 'name';
  }

  private compile(): void {
    this.found.clear();
    const patterns: { id: string; pattern: string; length: number }[] = [];
    this.byName = new Map();
    for (const entry of this.entries.values()) {
      for (const name of entry.names) {
        const folded = fold(name).replace(/[’']/g, "'");
        this.byName.set(folded, entry.id);
        patterns.push({ id: entry.id, pattern: namePattern(name), length: folded.length });
      }
    }
    this.longNames = new Map();
    for (const entry of this.entries.values()) {
      for (const name of entry.names) {
        const keys = contentKeys(fold(name).replace(/[’']/g, "'")).map((t) => t.key);
        if (keys.length < LONG_NAME_WORDS || !keys[0]) continue;
        const list = this.longNames.get(keys[0]) ?? [];
        if (!list.some((n) => n.id === entry.id && n.keys.join() === keys.join()))
          list.push({ id: entry.id, keys });
        this.longNames.set(keys[0], list);
      }
    }
    patterns.sort((a, b) => b.length - a.length);
    this.patternsById = patterns.map((p) => ({
      id: p.id,
      re: new RegExp(`^(?:${p.pattern})$`, 'u'),
    }));
    this.matcher = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${patterns.map((p) => p.pattern).join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    );
  }
}

/** Languages in which a lexicon id has a name; used by tests and diagnostics. */
export type LexiconLocale = Locale;
