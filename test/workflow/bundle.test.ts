import { describe, expect, it } from 'vitest';
import { bundleForReplay } from '../support/histories';

/**
 * What the workflow bundle holds. A worker evaluates every module the bundle imports again for each case it
 * creates, so a schema library there is paid on every opening and every replay of an evicted case (zod, pulled in
 * by one value import from domain/case.ts, cost ~20 ms of the workflow thread and megabytes per cached case).
 */
describe('the workflow bundle', () => {
  it('holds no zod: workflows import nothing from a module that builds schemas', async () => {
    const { code } = await bundleForReplay();
    const modules = [...code.matchAll(/"\.\/([^"]+\.(?:ts|js|json))"/g)].map((m) => m[1]!);
    expect(modules.some((m) => m.startsWith('workflows/'))).toBe(true);
    expect([...new Set(modules.filter((m) => m.startsWith('node_modules/zod/')))]).toEqual([]);
  }, 120_000);
});
