export function domainInstitutions(): string {
  return 'domain-institutions';
}
