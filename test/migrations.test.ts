import { inject, describe, expect, it } from 'vitest';
import pg from 'pg';
import { applyMigrations, pendingSchemaChange } from '../infra/migrations';

describe('Prisma migrations (offline, WebAssembly schema engine)', () => {
  const databaseUrl = inject('databaseUrl');

  it('prisma/migrations matches schema.prisma: no change is left without a migration', async () => {
    // Fails when someone edits schema.prisma without running `npm run db:migration -- <name>`.
    expect(await pendingSchemaChange(databaseUrl)).toBeUndefined();
  });

  it('applying migrations again changes nothing', async () => {
    expect(await applyMigrations(databaseUrl)).toEqual([]);
  });

  it('the migrations created the read-model tables and recorded themselves for `prisma migrate deploy`', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const tables = await client.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
      );
      expect(tables.rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(['Case', 'CaseEvent', '_prisma_migrations']),
      );
      const applied = await client.query(
        `SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`,
      );
      expect(applied.rows[0].n).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });
});
