import { AUTH_ENTITIES, AUTH_MIGRATIONS, AuditLogEntity, AuditService } from '@portal/api/auth';
import { describeEachDatabase } from '@portal/api/database/testing';
import { CONTENT_ENTITIES, CONTENT_MIGRATIONS } from '../content.schema';
import type { Actor } from '../content.types';
import { RecordingAuditWriter, RecordingIndexWriter } from '../testing/recording-writers';
import { LeadershipService } from './leadership.service';

const editor: Actor = {
  id: '00000000-0000-4000-8000-000000000003',
  email: 'editor@example.org',
  role: 'editor',
  ip: '10.0.0.3',
};

describeEachDatabase(
  'LeadershipService',
  {
    entities: [...CONTENT_ENTITIES, ...AUTH_ENTITIES],
    migrations: [...CONTENT_MIGRATIONS, ...AUTH_MIGRATIONS],
  },
  (db) => {
    let leadership: LeadershipService;
    let audit: RecordingAuditWriter;
    let index: RecordingIndexWriter;
    let signals: number;
    /** The holder passages the index holds, in English. */
    const indexed = () =>
      index.items
        .get('leadership')
        ?.entries.find((e) => e.locale === 'en')
        ?.passages.map((p) => `${p.anchor} ${p.text}`) ?? [];

    beforeEach(() => {
      audit = new RecordingAuditWriter(
        new AuditService(db.dataSource().getRepository(AuditLogEntity)),
      );
      index = new RecordingIndexWriter();
      signals = 0;
      leadership = new LeadershipService(db.dataSource(), audit, index, {
        changed: async () => void (signals += 1),
      });
    });

    it('seeds the 2026 holders once, heads first, names in the reader’s script', async () => {
      await expect(leadership.seed()).resolves.toBe(7);
      expect(indexed()).toHaveLength(7);
      // A later start with nothing to seed leaves the index (and every cache) alone.
      index.items.clear();
      await expect(leadership.seed()).resolves.toBe(0);
      expect(index.items.size).toBe(0);
      const en = await leadership.offices('en');
      expect(en.slice(0, 4).map((o) => [o.slug, o.group, o.holder?.name])).toEqual([
        ['chairpersonship', 'heads', 'Switzerland'],
        ['chairperson-in-office', 'heads', 'Ignazio Cassis'],
        ['secretary-general', 'heads', 'Feridun H. Sinirlioğlu'],
        ['president-of-parliamentary-assembly', 'heads', 'Pere Joan Pons Sampietro'],
      ]);
      const odihr = en.find((o) => o.slug === 'director-of-odihr');
      expect(odihr).toMatchObject({
        group: 'offices',
        path: '/institutions/odihr',
        holder: { name: 'Maria Telalian', since: '2024-12-06' },
      });
      expect(odihr?.holder?.note).toMatch(/6 December 2024/);
      // Offices the sources did not cover have no holder rather than a guessed one.
      expect(en.find((o) => o.slug === 'head-of-mission-to-skopje')?.holder).toBeUndefined();

      const ru = await leadership.offices('ru');
      expect(ru[1].title).toBe('Действующий председатель');
      expect(ru[1].holder?.name).toBe('Иньяцио Кассис');
      expect((await leadership.offices('de'))[0].holder?.name).toBe('Schweiz');
    });

    it('lets staff set and remove a holder, audited, and never re-seeds a removed one', async () => {
      await leadership.seed();
      const set = await leadership.setHolder(
        'head-of-mission-to-skopje',
        { name: '  Kilian Wahl ', since: '2023-09-01', sourceUrl: 'https://example.org/skopje' },
        editor,
      );
      expect(set.holder).toMatchObject({
        name: 'Kilian Wahl',
        since: '2023-09-01',
        sourceUrl: 'https://example.org/skopje',
        updatedBy: 'editor@example.org',
      });
      expect(audit.entries.at(-1)).toMatchObject({
        action: 'leadership.set',
        itemId: 'head-of-mission-to-skopje',
        details: { from: null, to: 'Kilian Wahl' },
      });
      // Search and the assistant read the holder, and rendered pages showing it are dropped.
      expect(indexed()).toContainEqual(
        expect.stringMatching(/^head-of-mission-to-skopje .*: Kilian Wahl, in office since/),
      );
      const signalled = signals;
      expect(signalled).toBeGreaterThan(0);

      await leadership.removeHolder('secretary-general', editor);
      expect(indexed().some((p) => p.startsWith('secretary-general '))).toBe(false);
      expect(signals).toBe(signalled + 1);
      await expect(leadership.adminGet('secretary-general')).resolves.toEqual({
        office: 'secretary-general',
        title: 'OSCE Secretary General',
      });
      await expect(leadership.removeHolder('secretary-general', editor)).rejects.toThrow(
        /not found/,
      );
      await expect(leadership.seed()).resolves.toBe(0);
      expect((await leadership.offices('en'))[2].holder).toBeUndefined();

      await expect(
        leadership.setHolder('no-such-office', { name: 'X', since: '2026-01-01' }, editor),
      ).rejects.toThrow(/Leadership office no-such-office was not found/);
    });
  },
);
