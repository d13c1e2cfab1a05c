export {
  COUNTRY_GROUPS,
  PARTICIPATING_STATES,
  ASIAN_PARTNERS,
  MEDITERRANEAN_PARTNERS,
  COUNTRIES,
  COUNTRY_CODES,
  CHAIRPERSONSHIP,
  isCountryCode,
  isCountryGroup,
  getCountry,
  findCountry,
  countriesInGroup,
  countryName,
  countryNamesByLocale,
  countryNames,
  joinedYear,
} from './lib/countries';
export { countryOfAdjective } from './lib/country-adjectives';
export type {
  Country,
  CountryCode,
  CountryGroup,
  CountrySlug,
  ParticipatingStateCode,
  PartnerCode,
} from './lib/countries';
