import { describeEachDatabase } from '@portal/api/database/testing';
import { indexItems, recordingStatements } from '../../testing';
import { SEARCH_MIGRATIONS } from '../../index';
import { SEARCH_ENTITIES } from '../search.entities';
import { QueryPlanner } from './query-planner';

const schema = { entities: SEARCH_ENTITIES, migrations: SEARCH_MIGRATIONS };

describeEachDatabase('query planner typo check', schema, (db) => {
  beforeAll(async () => {
    await indexItems(db.dataSource());
  });

  /** A planner over a data source that records each statement it is asked. */
  const counted = () => {
    const { dataSource, statements } = recordingStatements(db.dataSource());
    return { planner: new QueryPlanner(dataSource, async () => undefined), statements };
  };

  it('asks the vocabulary only about words the language’s passages do not hold', async () => {
    const { planner, statements } = counted();
    const known = await planner.plan('polizia', 'it', { correctTypos: true, locales: ['it'] });
    expect(known.suggestion).toBeUndefined();
    expect(statements.some((s) => s.includes('search_vocabulary'))).toBe(false);

    const typo = await planner.plan('polizzia', 'it', { correctTypos: true, locales: ['it'] });
    expect(statements.some((s) => s.includes('search_vocabulary'))).toBe(true);
    expect(typo.suggestion).toBe('polizia');
  });
});
