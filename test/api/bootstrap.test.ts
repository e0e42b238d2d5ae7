import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ensureAdminKey } from '../../lib/api-keys';
import { seedDemoPortfolio } from '../../lib/demo-portfolio';
import { startStack } from '../support/stack';

/** First-run keys: the admin key bootstrap, the demo portfolio and the key-minting script. */
let stack: Awaited<ReturnType<typeof startStack>>;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

describe('first run', () => {
  it('creates no second admin key when one exists', async () => {
    expect(await ensureAdminKey(stack.db, undefined)).toBeNull();
  });

  it('the demo portfolio can be loaded twice without duplicates, and its keys work within their scope', async () => {
    const first = await seedDemoPortfolio(stack.db);
    const second = await seedDemoPortfolio(stack.db);
    expect(await stack.db.property.count({ where: { id: { in: ['maple-court', 'harbour-view'] } } })).toBe(2);
    expect(await stack.db.policy.count({ where: { propertyId: '*' } })).toBe(40);
    // The portfolio-wide rules would decide the owners of other files' cases in this shared database: removed
    // at once, once counted (the demo's properties keep working on the seeded defaults).
    await stack.db.ownershipRule.deleteMany({ where: { propertyId: '*' } });
    await stack.db.policy.deleteMany({ where: { propertyId: '*' } });
    expect(first.admin).toBeNull(); // an admin key already existed

    const frontline = { authorization: `Bearer ${second.frontline}` };
    const properties = (
      await stack.app.inject({ method: 'GET', url: '/v1/properties', headers: frontline })
    ).json() as { items: { id: string }[] };
    expect(properties.items.map((p) => p.id)).toEqual(['maple-court']);
    const created = await stack.app.inject({
      method: 'POST',
      url: '/v1/cases',
      headers: frontline,
      payload: {
        propertyId: 'maple-court',
        residentId: 'mc-12b',
        category: 'package',
        severity: 'low',
        channel: 'in_person',
        summary: 'Parcel missing',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ ownerId: 'mc-sam', ownerRole: 'concierge' });
  });

  it('npm run keys:mint prints a key that authenticates, and names what is wrong otherwise', async () => {
    const run = promisify(execFile);
    const tsx = path.join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
    const script = path.join(__dirname, '..', '..', 'bin', 'mint-api-key.ts');
    const env = { ...process.env, DATABASE_URL: inject('databaseUrl') };
    const { stdout } = await run(
      tsx,
      [
        script,
        '--name',
        'survey tool',
        '--role',
        'integration',
        '--integration',
        'survey',
        '--properties',
        'maple-court',
      ],
      { env },
    );
    const key = stdout.trim().split('\n').pop()!.trim();
    expect(key).toMatch(/^sr_/);
    const response = await stack.app.inject({
      method: 'GET',
      url: '/v1/cases?limit=1',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(response.statusCode).toBe(200);

    const failed = await run(tsx, [script, '--name', 'x', '--role', 'boss'], { env }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(/--role: Invalid option/);
  });
});
