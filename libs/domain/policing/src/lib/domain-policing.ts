export function domainPolicing(): string {
  return 'domain-policing';
}
