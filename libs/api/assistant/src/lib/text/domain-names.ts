import { FIELD_OPERATIONS, INSTITUTIONS, STRUCTURES } from '@portal/domain/institutions';
import { BUILT_IN_NAMES, NameLexicon, type LexiconEntry } from './name-lexicon';

/**
 * The lexicon the assistant runs with: the built-in anchors plus every institution and
 * structure of the domain library, by name and acronym in the six languages, their
 * seats (cities) as place names, and the cities of the field operations.
 */
export function createNameLexicon(): NameLexicon {
  const lexicon = new NameLexicon();
  const entries: LexiconEntry[] = [];
  const known = new Map(BUILT_IN_NAMES.map((e) => [e.names[0]?.toLowerCase(), e.id]));
  for (const item of [...INSTITUTIONS, ...STRUCTURES] as readonly {
    slug: string;
    name: Readonly<Record<string, string>>;
    acronym?: Readonly<Record<string, string>>;
    seat?: Readonly<Record<string, string>>;
  }[]) {
    const acronymEn = item.acronym?.['en']?.toLowerCase();
    const id = (acronymEn && known.get(acronymEn)) || item.slug;
    entries.push({
      id,
      names: [...Object.values(item.name), ...Object.values(item.acronym ?? {})],
    });
    if (item.seat?.['en']) {
      const seatId =
        known.get(item.seat['en'].toLowerCase()) ?? `city:${item.seat['en'].toLowerCase()}`;
      entries.push({ id: seatId, names: Object.values(item.seat) });
    }
  }
  // Only the cities: "the Skopje Mission" and "the Mission to Skopje" must both find Skopje.
  for (const op of FIELD_OPERATIONS) {
    const city = op.city?.['en'];
    if (city && op.city) {
      const cityId = known.get(city.toLowerCase()) ?? `city:${city.toLowerCase()}`;
      entries.push({ id: cityId, names: Object.values(op.city) });
    }
  }
  lexicon.add(entries);
  return lexicon;
}
