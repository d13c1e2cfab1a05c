import type { DataSource } from 'typeorm';

/**
 * What `work` returned, and how many ranking statements (the scored-candidates SQL of
 * `scoredSql`) the database ran meanwhile: none when a search was ranked from the index
 * held in memory. Every query still goes to the real DataSource; this only counts them.
 */
export function countingRankingStatements<T>(
  ds: DataSource,
  work: () => Promise<T>,
): Promise<{ value: T; statements: number }> {
  return countingStatements(ds, 'WITH m AS', work);
}

/** What `work` returned, and how many statements containing `marker` the database ran meanwhile. */
export async function countingStatements<T>(
  ds: DataSource,
  marker: string,
  work: () => Promise<T>,
): Promise<{ value: T; statements: number }> {
  const query = ds.query;
  let statements = 0;
  ds.query = ((sql: string, ...rest: unknown[]) => {
    if (sql.includes(marker)) statements += 1;
    return Reflect.apply(query, ds, [sql, ...rest]);
  }) as DataSource['query'];
  try {
    const value = await work();
    return { value, statements };
  } finally {
    ds.query = query;
  }
}
