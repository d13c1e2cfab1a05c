import type { ProgrammeSummary } from '@portal/domain/content';

/** "2015–2020", "2015", or nothing when the programme has no start year. */
export function programmeYears(p: Pick<ProgrammeSummary, 'startYear' | 'endYear'>): string {
  if (!p.startYear) return '';
  return p.endYear && p.endYear !== p.startYear ? `${p.startYear}–${p.endYear}` : `${p.startYear}`;
}
