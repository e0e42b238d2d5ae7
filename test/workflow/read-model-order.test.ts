import { randomUUID } from 'node:crypto';
import { workflowsPath } from '../../worker/workflow-bundle';
import { Client, Connection, WorkflowUpdateStage } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createActivities } from '../../activities';
import type { CaseEventRecord } from '../../activities/case-store';
import type { RecoveryCaseInput } from '../../domain/case';
import { createDb, type Db } from '../../lib/db';
import { RECOVERY_CASE_WORKFLOW, getCase, intakeRecorded, staffUpdates } from '../../definitions/recovery-case';
import type { recoveryCase } from '../../workflows/recovery-case';
import { columnsFromState, columnsOfRow } from '../support/read-model';

const { acknowledge, recordFacts } = staffUpdates;

/**
 * Two writes of one case reach the read model in the opposite order to the one the workflow made them in,
 * as happens when a worker dies during the first and its retry lands after the next action's write: the
 * `acknowledged` write is held until `facts_recorded` (made later) is stored, then let through. The row
 * must still show the newer state. Real workflow, real activities on the suite's Temporal dev server and
 * PostgreSQL; only the moment the held write reaches the database is chosen by the test.
 */
let db: Db;
let client: Client;
let connection: Connection;
let workerConnection: NativeConnection;
let worker: Worker;
let running: Promise<void>;
const taskQueue = `read-model-order-${randomUUID()}`;

/** Writes held back by type, each released by the test. */
const held = new Map<string, { arrived: () => void; release: Promise<void> }>();
const releases: (() => void)[] = [];
function holdWrite(type: string) {
  let arrived!: () => void;
  let release!: () => void;
  const arrival = new Promise<void>((resolve) => (arrived = resolve));
  held.set(type, { arrived, release: new Promise<void>((resolve) => (release = resolve)) });
  releases.push(release);
  return { arrival, release: () => release() };
}

beforeAll(async () => {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  db = createDb(inject('databaseUrl'));
  connection = await Connection.connect({ address: inject('temporalAddress') });
  client = new Client({ connection });
  workerConnection = await NativeConnection.connect({ address: inject('temporalAddress') });
  const activities = createActivities({ db });
  const recordCaseEvent = async (event: CaseEventRecord) => {
    const hold = held.get(event.type);
    if (hold) {
      held.delete(event.type);
      hold.arrived();
      await hold.release;
    }
    return activities.recordCaseEvent(event);
  };
  worker = await Worker.create({
    connection: workerConnection,
    taskQueue,
    workflowsPath,
    activities: { ...activities, recordCaseEvent },
  });
  running = worker.run();
}, 120_000);

afterAll(async () => {
  // A failed test must not leave a write held: the worker's shutdown waits for its activities.
  for (const release of releases) release();
  worker?.shutdown();
  await running;
  await workerConnection?.close();
  await connection?.close();
  await db?.$disconnect();
});

describe('read model written out of order', () => {
  it('an older write landing after a newer one does not take the case row back', async () => {
    const propertyId = `order-${randomUUID().slice(0, 8)}`;
    await db.property.create({ data: { id: propertyId, name: 'Maple Court', timeZone: 'America/New_York' } });
    const dana = { id: `${propertyId}-maint`, name: 'Dana', role: 'maintenance', propertyIds: [propertyId] };
    await db.staffMember.create({ data: dana });
    const input: RecoveryCaseInput = {
      caseId: randomUUID(),
      propertyId,
      residentId: 'household-12b',
      category: 'maintenance_delay',
      severity: 'medium',
      channel: 'resident_app',
      summary: 'Dishwasher repair late',
    };
    const workflowId = `case-${input.caseId}`;
    const handle = await client.workflow.start<typeof recoveryCase>(RECOVERY_CASE_WORKFLOW, {
      workflowId,
      taskQueue,
      args: [input],
    });
    await handle.executeUpdate(intakeRecorded);

    const ackWrite = holdWrite('acknowledged');
    const acknowledging = await handle.startUpdate(acknowledge, {
      args: [{ by: 'staff-dana' }],
      waitForStage: WorkflowUpdateStage.ACCEPTED,
    });
    await ackWrite.arrival;
    // The case is in gather_facts for the workflow, so the next action is accepted while the write is held.
    const facts = {
      by: 'staff-dana',
      whatHappened: 'Part back-ordered',
      rootCauseFamily: 'organizational' as const,
      // contributingFactors left out: the workflow's own check fills its default (inside the sandbox).
    };
    // The definition is typed with the parsed form; on the wire a defaulted field may be missing.
    await handle.executeUpdate(recordFacts, { args: [facts as never] });
    expect((await db.case.findUniqueOrThrow({ where: { id: input.caseId } })).stage).toBe('resolve');

    ackWrite.release();
    await acknowledging.result();
    // Which write reaches the table first depends on how the step ran: a regular activity held here lands after
    // the facts (cases recorded before local activities); a local activity held past its 5 s timeout is retried
    // at once and lands before them. Either way each event is stored once and the row shows the newer state.
    const events = await db.caseEvent.findMany({ where: { caseId: input.caseId }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.type).sort()).toEqual(['acknowledged', 'case_opened', 'facts_recorded']);

    const row = await db.case.findUniqueOrThrow({ where: { id: input.caseId } });
    expect({ stage: row.stage, rootCauseFamily: row.rootCauseFamily }).toEqual({
      stage: 'resolve',
      rootCauseFamily: 'organizational',
    });
    expect(row.acknowledgedAt).not.toBeNull();
    expect(await columnsOfRow(db, input.caseId)).toEqual(columnsFromState(await handle.query(getCase)));
    await handle.terminate('test done');
  });
});
