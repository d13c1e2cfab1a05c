export { FIELDS_OF_WORK } from './lib/fields-of-work';
export type { FieldOfWork, FieldOfWorkSlug } from './lib/fields-of-work';
export {
  PROGRAMME_CATEGORIES,
  PROGRAMME_CATEGORY_INFO,
  POLICE_ACTIVITIES,
  isProgrammeCategory,
  isPoliceActivitySlug,
} from './lib/programmes';
export type {
  ProgrammeCategory,
  ProgrammeCategoryInfo,
  PoliceActivity,
  PoliceActivitySlug,
} from './lib/programmes';
export {
  THESAURUS,
  normalizeTerm,
  getConcept,
  conceptsForTerm,
  expandTerm,
  expandTermByLocale,
  findConcepts,
} from './lib/thesaurus';
export type { Concept, ConceptMatch } from './lib/thesaurus';
export type { ConceptTopic } from './lib/thesaurus-data';
