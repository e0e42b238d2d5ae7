import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createCaseStoreActivities } from '../activities/case-store';
import type { CaseProjection } from '../domain/case';
import { createDb, type Db } from '../lib/db';
import { projectionOf } from './support/case-projection';

/**
 * The read model's case row against the suite's PostgreSQL: writes of one case applied in any order, once or
 * retried, leave the row at the newest projection.
 */
let db: Db;
let store: ReturnType<typeof createCaseStoreActivities>;
beforeAll(() => {
  db = createDb(inject('databaseUrl'));
  store = createCaseStoreActivities(db);
});
afterAll(() => db?.$disconnect());

async function openCase(): Promise<string> {
  const caseId = randomUUID();
  await store.recordCaseOpened({
    input: {
      caseId,
      propertyId: 'store-court',
      residentId: 'hh-1',
      category: 'maintenance_delay',
      severity: 'medium',
      channel: 'resident_app',
      summary: 'Leak',
    },
    openedAt: '2026-03-02T14:00:00.000Z',
    stage: 'acknowledge',
    ownerId: 'staff-dana',
    ownerRole: 'maintenance',
  });
  return caseId;
}

const open: CaseProjection = {
  stage: 'acknowledge',
  status: 'open',
  severity: 'medium',
  ownerId: 'staff-dana',
  ownerRole: 'maintenance',
  escalationLevel: 0,
  breached: false,
  breachCount: 0,
  breachedStages: [],
  reopenCount: 0,
  waitingOnResident: false,
  rootCauseFamily: null,
  outcome: null,
  acknowledgedAt: null,
  resolvedAt: null,
  closedAt: null,
  closingReport: null,
};
const acknowledged: CaseProjection = { ...open, stage: 'gather_facts', acknowledgedAt: '2026-03-02T14:05:00.000Z' };
const factsRecorded: CaseProjection = { ...acknowledged, stage: 'resolve', rootCauseFamily: 'organizational' };
const closed: CaseProjection = {
  ...factsRecorded,
  stage: 'closed',
  status: 'closed',
  severity: 'high',
  ownerId: 'staff-sam',
  ownerRole: 'frontline',
  escalationLevel: 2,
  breached: true,
  breachCount: 3,
  breachedStages: ['resolve', 'gather_facts'],
  reopenCount: 1,
  waitingOnResident: true,
  outcome: 'recovered',
  resolvedAt: '2026-03-04T10:00:00.000Z',
  closedAt: '2026-03-06T10:00:00.000Z',
  closingReport: { outcome: 'recovered', breaches: [{ stage: 'resolve', level: 0 }], reopenCount: 1, cancel: null },
};

const at = '2026-03-02T14:05:00.000Z';
function write(caseId: string, sequence: number, type: string, projection: CaseProjection) {
  const key = `${caseId}:${sequence}`;
  return store.recordCaseEvent({ caseId, key, type, occurredAt: at, payload: {}, sequence, projection });
}

async function row(caseId: string) {
  const r = await db.case.findUniqueOrThrow({ where: { id: caseId } });
  return { projection: projectionOf(r), projectionSeq: r.projectionSeq };
}

const eventTypes = async (caseId: string) =>
  (await db.caseEvent.findMany({ where: { caseId }, orderBy: { id: 'asc' } })).map((e) => e.type);

describe('case row written from the workflow’s projections', () => {
  it('an older write applied after a newer one leaves the newer state; both events are on the timeline', async () => {
    const caseId = await openCase();
    await write(caseId, 5, 'facts_recorded', factsRecorded);
    await write(caseId, 3, 'acknowledged', acknowledged);
    expect(await row(caseId)).toEqual({ projection: factsRecorded, projectionSeq: 5 });
    expect(await eventTypes(caseId)).toEqual(['case_opened', 'facts_recorded', 'acknowledged']);
  });

  it('every column follows the projection, including back to null, and a retried write changes nothing', async () => {
    const caseId = await openCase();
    await write(caseId, 2, 'acknowledged', acknowledged);
    await write(caseId, 9, 'case_closed', closed);
    expect(await row(caseId)).toEqual({ projection: closed, projectionSeq: 9 });
    const reopened: CaseProjection = {
      ...closed,
      stage: 'resolve',
      status: 'open',
      outcome: null,
      resolvedAt: null,
      closedAt: null,
      closingReport: null,
      breachedStages: [],
    };
    await write(caseId, 12, 'reopened', reopened);
    await write(caseId, 12, 'reopened', reopened);
    await write(caseId, 9, 'case_closed', closed);
    expect(await row(caseId)).toEqual({ projection: reopened, projectionSeq: 12 });
    expect(await eventTypes(caseId)).toEqual(['case_opened', 'acknowledged', 'case_closed', 'reopened']);
  });

  it('a second write at the same sequence (the retried task attempt the history keeps) replaces the first', async () => {
    const caseId = await openCase();
    const lostAttempt = { ...closed, closedAt: '2026-03-02T10:00:02.026Z' };
    const keptAttempt = { ...closed, closedAt: '2026-03-02T10:00:00.248Z' };
    await write(caseId, 9, 'case_closed', lostAttempt);
    await write(caseId, 9, 'case_closed', keptAttempt);
    expect(await row(caseId)).toEqual({ projection: keptAttempt, projectionSeq: 9 });
  });

  it('writes racing each other end at the highest sequence, whatever order they commit in', async () => {
    const caseId = await openCase();
    const sequences = Array.from({ length: 30 }, (_, i) => i + 1).sort(() => Math.random() - 0.5);
    await Promise.all(sequences.map((n) => write(caseId, n, `step_${n}`, { ...factsRecorded, breachCount: n })));
    expect(await row(caseId)).toEqual({ projection: { ...factsRecorded, breachCount: 30 }, projectionSeq: 30 });
  });

  it('a write from a workflow that predates projections (partial changes) applies only over older writes', async () => {
    const caseId = await openCase();
    await write(caseId, 5, 'facts_recorded', factsRecorded);
    const legacy = (sequence: number, type: string, changes: Record<string, unknown>) =>
      store.recordCaseEvent({ caseId, key: `${caseId}:${sequence}`, type, occurredAt: at, payload: {}, changes });
    await legacy(3, 'acknowledged', { stage: 'gather_facts', acknowledgedAt: '2026-03-02T14:09:00.000Z' });
    expect(await row(caseId)).toEqual({ projection: factsRecorded, projectionSeq: 5 });
    await legacy(7, 'resolved', { stage: 'follow_up', resolvedAt: '2026-03-03T09:00:00.000Z' });
    const resolved = { ...factsRecorded, stage: 'follow_up', resolvedAt: '2026-03-03T09:00:00.000Z' };
    expect(await row(caseId)).toEqual({ projection: resolved, projectionSeq: 7 });
  });
});
