import { SEARCH_CONFIGS } from '../search.constants';
import type { MatchMode, Plan } from './query-plan';
import { SqlParams } from './sql-params';

/** Markers ts_headline puts around matches; control characters never occur in indexed text. */
export const MARK_START = '\u0001';
export const MARK_STOP = '\u0002';

export const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=35, MinWords=15, ShortWord=2`;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes everything, then turns the markers into the only markup allowed: `<mark>`. */
export function toSnippetHtml(headline: string): string {
  const escaped = headline.replace(/[&<>"']/g, (c) => ESCAPES[c]);
  let open = false;
  let out = '';
  for (const ch of escaped) {
    if (ch === MARK_START && !open) {
      out += '<mark>';
      open = true;
    } else if (ch === MARK_STOP && open) {
      out += '</mark>';
      open = false;
    } else if (ch !== MARK_START && ch !== MARK_STOP) {
      out += ch;
    }
  }
  return (open ? out + '</mark>' : out).replace(/\s+/g, ' ').trim();
}

/** ts_headline of passage alias `d` in its own language's configuration and query. */
export function headlineSql(p: SqlParams, plan: Plan, mode: MatchMode, d: string): string {
  const configCase = plan.locales
    .map((l) => `WHEN ${p.add(l.locale)}::text THEN ${p.add(SEARCH_CONFIGS[l.locale])}::regconfig`)
    .join(' ');
  const queryCase = plan.locales
    .map(
      (l) =>
        `WHEN ${p.add(l.locale)}::text THEN ${p.add((mode === 'all' ? l.all : l.any) || '')}::tsquery`,
    )
    .join(' ');
  return `ts_headline(CASE ${d}.locale ${configCase} END, ${d}.body, CASE ${d}.locale ${queryCase} END,
                        ${p.add(HEADLINE_OPTIONS)}::text)`;
}
