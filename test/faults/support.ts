import fs from 'node:fs';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { expect } from 'vitest';
import { bundleForReplay } from '../support/histories';
import { workflowIdForCase } from '../../domain/case';
import { benchHousehold, type BenchStack } from '../../bench/stack';
import { getCase } from '../../definitions/recovery-case';
import { columnsFromState, columnsOfRow } from '../support/read-model';

/**
 * A client that keeps going through faults, as a resident app or a manager UI would: it retries on
 * connection errors and 5xx/503 with backoff, and after a 409 it re-reads the case, because the action
 * may have been applied just before the fault cut the answer off.
 */
export async function call(
  stack: BenchStack,
  method: string,
  path: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`${stack.apiUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${stack.adminKey}`,
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        body: payload ? JSON.stringify(payload) : undefined,
        signal: AbortSignal.timeout(60_000),
      });
      if (response.status >= 500 && attempt < 60) {
        await sleep(Math.min(5_000, 200 * 2 ** Math.min(attempt, 5)));
        continue;
      }
      return { status: response.status, body: await response.json().catch(() => null) };
    } catch (error) {
      if (attempt >= 60) throw error;
      await sleep(Math.min(5_000, 200 * 2 ** Math.min(attempt, 5)));
    }
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const caseBody = (i: number) => ({
  propertyId: 'bench-court',
  residentId: benchHousehold(i),
  category: 'maintenance_delay',
  severity: 'medium',
  channel: 'resident_app',
  summary: `Fault-run case ${i}`,
});

/** One case from opening to a recovered close over HTTP, step by step, tolerating faults. */
export async function lifecycle(stack: BenchStack, i: number, idempotencyKey = `fault-case-${i}`): Promise<string> {
  const opened = await call(stack, 'POST', '/v1/cases', caseBody(i), { 'idempotency-key': idempotencyKey });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  const id: string = opened.body.id;
  const steps: [string, unknown, string][] = [
    ['acknowledge', {}, 'gather_facts'],
    // Owner and waiting change too, so the read model's check covers more than the stage.
    ['assign', { ownerId: 'bench-cm', reason: 'Community manager takes it over' }, 'gather_facts'],
    ['waiting-on-resident', { reason: 'Asked for photos of the leak' }, 'gather_facts'],
    ['resume', { note: 'Photos received' }, 'gather_facts'],
    ['facts', { whatHappened: 'Parts on back order', rootCauseFamily: 'organizational' }, 'resolve'],
    ['resolution-plan', { plan: 'Loan unit, then repair', needsResidentAgreement: false }, 'resolve'],
    ['resolve', { actionsTaken: 'Repaired' }, 'follow_up'],
  ];
  for (const [action, body] of steps) {
    const answer = await call(stack, 'POST', `/v1/cases/${id}/${action}`, body);
    // 409: applied before the fault cut the answer off (the next step's check will tell).
    if (answer.status !== 200 && answer.status !== 409)
      throw new Error(`${action} on ${id}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  for (;;) {
    const current = await call(stack, 'GET', `/v1/cases/${id}`);
    if (current.body?.timeline?.some((e: { type: string }) => e.type === 'follow_up_sent')) break;
    await sleep(250);
  }
  const feedback = await call(stack, 'POST', `/v1/cases/${id}/feedback`, { satisfied: true });
  if (feedback.status !== 200 && feedback.status !== 409)
    throw new Error(`feedback on ${id}: ${feedback.status} ${JSON.stringify(feedback.body)}`);
  return id;
}

/**
 * Every case closed recovered; each resident message once, and every message delivered; the read model agrees
 * with each workflow.
 */
export async function expectAllRecovered(stack: BenchStack, ids: string[]) {
  // The workers' outbox delivery sends every message of these cases: one claimed by a worker that was killed
  // mid-delivery is sent by the next once its one-minute claim lapses.
  await expect
    .poll(() => stack.db.outboxMessage.count({ where: { caseId: { in: ids }, status: { not: 'sent' } } }), {
      timeout: 150_000,
      interval: 1_000,
    })
    .toBe(0);
  for (const id of ids) {
    const handle = stack.client.workflow.getHandle(workflowIdForCase(id));
    await handle.result();
    const state = await handle.query(getCase);
    expect(state.outcome, id).toBe('recovered');
    // Every column the workflow projects (owner, escalation, breaches, waiting, instants, closing report…).
    expect(await columnsOfRow(stack.db, id), id).toEqual(columnsFromState(state));
    const resident = await stack.db.outboxMessage.findMany({
      where: { caseId: id, audience: 'resident' },
      select: { template: true },
    });
    expect(resident.map((m) => m.template).sort(), id).toEqual(['acknowledge.maintenance_delay', 'follow_up.check_in']);
    const types = (await stack.db.caseEvent.findMany({ where: { caseId: id }, select: { type: true } })).map(
      (e) => e.type,
    );
    for (const once of [
      'case_opened',
      'acknowledged',
      'facts_recorded',
      'resolved',
      'follow_up_sent',
      'resident_satisfied',
      'case_closed',
    ]) {
      expect(
        types.filter((t) => t === once),
        `${id} ${once}`,
      ).toHaveLength(1);
    }
  }
}

/**
 * Every case's history, as the faults left it, replays against the workflow code without a divergence: a
 * fresh worker picking any of them up (after the next crash or deploy) takes exactly the recorded steps.
 */
export async function expectDeterministicReplays(stack: BenchStack, ids: string[]) {
  const workflowBundle = await bundleForReplay();
  const diverged: string[] = [];
  for (const id of ids) {
    const history = await stack.client.workflow.getHandle(workflowIdForCase(id)).fetchHistory();
    await Worker.runReplayHistory({ workflowBundle }, history, workflowIdForCase(id)).catch((error) =>
      diverged.push(`${id}: ${error}`),
    );
  }
  expect(diverged).toEqual([]);
}

/**
 * Saves the history of every case workflow on the stack's task queue (`.data/faults/<run>/`), so a case that
 * stalled or diverged can be replayed offline against the code (`Worker.runReplayHistory`) to find the step.
 * Returns the folder.
 */
export async function saveHistories(stack: BenchStack, run: string): Promise<string> {
  const dir = path.join(__dirname, '..', '..', '.data', 'faults', run);
  fs.mkdirSync(dir, { recursive: true });
  for await (const workflow of stack.client.workflow.list({ query: `TaskQueue = "${stack.taskQueue}"` })) {
    const history = await stack.client.workflow.getHandle(workflow.workflowId, workflow.runId).fetchHistory();
    fs.writeFileSync(path.join(dir, `${workflow.workflowId}--${workflow.runId}.json`), historyToJSON(history));
  }
  return dir;
}
