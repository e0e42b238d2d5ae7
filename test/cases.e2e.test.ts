import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { CaseDetail } from '../domain/case';
import type { Problem } from '../api/problems';
import { startStack } from './support/stack';

describe('a case over HTTP, through Temporal, into PostgreSQL', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let baseUrl: string;

  beforeAll(async () => {
    stack = await startStack();
    await stack.db.household.upsert({
      where: { id: 'household-12b' },
      create: { id: 'household-12b', propertyId: 'maple-court', unit: '12B', name: 'Household 12B' },
      update: {},
    });
    baseUrl = await stack.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => stack?.stop());

  const request = {
    propertyId: 'maple-court',
    residentId: 'household-12b',
    category: 'maintenance_delay',
    severity: 'high',
    channel: 'resident_app',
    summary: 'Dishwasher repair promised Monday, still broken Thursday',
  };

  it('POST /v1/cases starts the workflow, which records the case; GET reads it back', async () => {
    const created = await fetch(`${baseUrl}/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...stack.adminHeaders },
      body: JSON.stringify(request),
    });
    expect(created.status).toBe(201);
    const body = (await created.json()) as CaseDetail;
    expect(body).toMatchObject({ ...request, stage: 'acknowledge', status: 'open', workflowId: `case-${body.id}` });
    expect(created.headers.get('location')).toBe(`/v1/cases/${body.id}`);

    // Read-your-writes: the POST returned only after the workflow's activity wrote the row.
    const read = await fetch(`${baseUrl}/v1/cases/${body.id}`, { headers: stack.adminHeaders });
    expect(read.status).toBe(200);
    const detail = (await read.json()) as CaseDetail;
    expect(detail).toMatchObject({ id: body.id, stage: 'acknowledge', status: 'open' });
    expect(detail.timeline.map((entry) => entry.type)).toEqual(['case_opened']);

    // The row was written by the workflow's activity, and the workflow is running with its search attributes.
    const row = await stack.db.case.findUniqueOrThrow({ where: { id: body.id } });
    expect(row.propertyId).toBe('maple-court');
    const description = await stack.temporal.workflow.getHandle(body.workflowId).describe();
    expect(description.status.name).toBe('RUNNING');
    expect(description.taskQueue).toBe(stack.taskQueue);
    expect(description.searchAttributes.PropertyId).toEqual(['maple-court']);
    expect(description.searchAttributes.CaseStatus).toEqual(['open']);
  });

  it('rejects a malformed case with every invalid field named, and starts nothing', async () => {
    const residentId = `malformed-${randomUUID()}`;
    const response = await fetch(`${baseUrl}/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...stack.adminHeaders },
      body: JSON.stringify({ ...request, residentId, severity: 'urgent', summary: '' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as Problem;
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['body.severity', 'body.summary']);
    expect(await stack.db.case.count({ where: { residentId } })).toBe(0);
  });

  it('GET of an unknown case is a 404 problem', async () => {
    const response = await fetch(`${baseUrl}/v1/cases/5b0a1a57-86a4-4b8e-9d1b-2b5c2d0e9f10`, {
      headers: stack.adminHeaders,
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as Problem).type).toMatch(/not-found$/);
  });

  it('GET /readyz reports Temporal and PostgreSQL up', async () => {
    const response = await fetch(`${baseUrl}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', checks: { temporal: 'up', postgres: 'up' } });
  });
});
