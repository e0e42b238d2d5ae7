import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { WorkflowHandle } from '@temporalio/client';
import { inject } from 'vitest';
import { createActivities, type Activities } from '../../activities';
import type { OpenCaseRequest, RecoveryCaseInput } from '../../domain/case';
import type { StagePolicy } from '../../domain/policies';
import { createDb, type Db } from '../../lib/db';
import { RECOVERY_CASE_WORKFLOW, getCase, intakeRecorded, type CaseState } from '../../definitions/recovery-case';
import type { recoveryCase, RecoveryCaseOptions } from '../../workflows/recovery-case';
import { createTimeSkippingEnv } from './time-skipping';
import { workflowsPath } from '../../worker/workflow-bundle';

const activitiesWith = (real: Activities, replace?: (real: Activities) => Partial<Activities>): Activities => ({
  ...real,
  ...replace?.(real),
});

/**
 * The recovery workflow on Temporal's time-skipping test server, with the real activities writing to the
 * suite's PostgreSQL, so tests can fast-forward through hours and days
 * of timeframes and still check the read model and the outbox.
 */
export async function startWorkflowHarness(
  options: {
    /** Replaces some of the real activities, given them (e.g. to hold a write until the test lets it through). */
    activities?: (real: Activities) => Partial<Activities>;
  } = {},
) {
  const env: TestWorkflowEnvironment = await createTimeSkippingEnv();
  const db: Db = createDb(inject('databaseUrl'));
  const taskQueue = `wf-${randomUUID()}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowsPath,
    activities: activitiesWith(createActivities({ db }), options.activities),
  });
  const running = worker.run();

  /** A property of its own per test, so tests never see each other's staff, rules or policies. */
  async function createProperty(
    options: {
      timeZone?: string;
      policy?: { category: OpenCaseRequest['category']; severity: OpenCaseRequest['severity']; policy: StagePolicy };
    } = {},
  ) {
    const propertyId = `prop-${randomUUID().slice(0, 8)}`;
    await db.property.create({
      data: { id: propertyId, name: `Property ${propertyId}`, timeZone: options.timeZone ?? 'America/New_York' },
    });
    const staff = [
      { id: `${propertyId}-maint`, name: 'Maintenance lead', role: 'maintenance' },
      { id: `${propertyId}-front`, name: 'Front desk', role: 'frontline' },
      { id: `${propertyId}-cm`, name: 'Community manager', role: 'community_manager' },
      { id: `${propertyId}-rm`, name: 'Regional manager', role: 'regional_manager' },
    ];
    await db.staffMember.createMany({ data: staff.map((s) => ({ ...s, propertyIds: [propertyId] })) });
    if (options.policy) await db.policy.create({ data: { propertyId, ...options.policy } as never });
    return {
      propertyId,
      staff: Object.fromEntries(staff.map((s) => [s.role, s.id])) as Record<
        'maintenance' | 'frontline' | 'community_manager' | 'regional_manager',
        string
      >,
    };
  }

  async function openCase(
    propertyId: string,
    overrides: Partial<OpenCaseRequest> = {},
    options?: RecoveryCaseOptions,
  ): Promise<{ handle: WorkflowHandle<typeof recoveryCase>; caseId: string }> {
    const input: RecoveryCaseInput = {
      caseId: randomUUID(),
      propertyId,
      residentId: `resident-${randomUUID().slice(0, 6)}`,
      category: 'maintenance_delay',
      severity: 'medium',
      channel: 'resident_app',
      summary: 'Dishwasher repair late',
      ...overrides,
    };
    const handle = await env.client.workflow.start<typeof recoveryCase>(RECOVERY_CASE_WORKFLOW, {
      workflowId: `case-${input.caseId}`,
      taskQueue,
      args: options ? [input, undefined, options] : [input],
    });
    await handle.executeUpdate(intakeRecorded);
    return { handle, caseId: input.caseId };
  }

  const state = (handle: WorkflowHandle): Promise<CaseState> => handle.query(getCase);
  /** What the case stored in the outbox, in the order it stored it (delivery is the worker's, tested apart). */
  const messagesFor = (caseId: string) => db.outboxMessage.findMany({ where: { caseId }, orderBy: { id: 'asc' } });
  const eventsFor = async (caseId: string) =>
    (await db.caseEvent.findMany({ where: { caseId }, orderBy: { id: 'asc' } })).map((e) => e.type);

  return {
    env,
    db,
    taskQueue,
    createProperty,
    openCase,
    state,
    messagesFor,
    eventsFor,
    async stop() {
      worker.shutdown();
      await running;
      await env.teardown();
      await db.$disconnect();
    },
  };
}

export type WorkflowHarness = Awaited<ReturnType<typeof startWorkflowHarness>>;

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
