export function domainCountries(): string {
  return 'domain-countries';
}
