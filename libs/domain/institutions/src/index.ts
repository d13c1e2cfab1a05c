export { OSCE_NAME, OSCE_ACRONYM } from './lib/osce';
export { INSTITUTIONS, INSTITUTION_SLUGS } from './lib/institutions';
export type { Institution, InstitutionKind, InstitutionSlug } from './lib/institutions';
export { STRUCTURES } from './lib/structures';
export type { Structure, StructureKind, StructureSlug } from './lib/structures';
export {
  ACTIVE_FIELD_OPERATIONS,
  CLOSED_FIELD_OPERATIONS,
  FIELD_OPERATIONS,
  hostName,
  hostCountryCode,
  findFieldOperation,
  isFieldOperationSlug,
  fieldOperationsInCountry,
} from './lib/field-operations';
export type {
  ActiveFieldOperationSlug,
  ClosedFieldOperationSlug,
  FieldOperation,
  FieldOperationHost,
  FieldOperationKind,
  FieldOperationSlug,
  FieldOperationStatus,
} from './lib/field-operations';
export { MEETING_SERIES, findMeetingSeries } from './lib/meetings';
export type { MeetingSeries, MeetingSeriesSlug } from './lib/meetings';
export { MEETING_PLACES } from './lib/meeting-places';
export type { MeetingFacts, MeetingFrequency, MeetingOccurrence } from './lib/meeting-facts';
export {
  LEADERSHIP_OFFICES,
  HEAD_OFFICES,
  ALL_LEADERSHIP_OFFICES,
  findLeadershipOffice,
} from './lib/leadership';
export { OFFICE_HOLDER_SEEDS } from './lib/office-holders';
export type { OfficeHolderSeed } from './lib/office-holders';
export type { LeadershipOffice, LeadershipRelation, LeadershipSlug } from './lib/leadership';
export { findInstitution, isInstitutionSlug, findStructure, nameWithAcronym } from './lib/lookup';
