import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseSummary, RecoveryCaseInput } from '../../domain/case';
import { openCase } from '../../lib/case-starter';
import { shortPolicy } from '../../domain/policies';
import { startStack } from '../support/stack';

/**
 * Case routes with `inject` against the real Temporal server and PostgreSQL: a case from creation to a
 * recovered close purely over HTTP, stage conflicts, validation, idempotency and lists.
 */
let stack: Awaited<ReturnType<typeof startStack>>;
const propertyId = `api-${randomUUID().slice(0, 8)}`;
const otherProperty = `api-${randomUUID().slice(0, 8)}`;
let admin: { authorization: string };
let frontline: { authorization: string };

beforeAll(async () => {
  stack = await startStack();
  admin = stack.adminHeaders;
  for (const id of [propertyId, otherProperty]) {
    await stack.db.property.create({ data: { id, name: `Property ${id}`, timeZone: 'America/Chicago' } });
    await stack.db.staffMember.createMany({
      data: [
        { id: `${id}-maint`, name: 'Dana', role: 'maintenance', propertyIds: [id] },
        { id: `${id}-cm`, name: 'Chris', role: 'community_manager', propertyIds: [id] },
        { id: `${id}-rm`, name: 'Riley', role: 'regional_manager', propertyIds: [id] },
      ],
    });
    await stack.db.policy.create({
      data: {
        propertyId: id,
        category: 'package',
        severity: 'low',
        policy: { ...shortPolicy(), acknowledge: { amount: 1, unit: 'hours' } } as object,
      },
    });
  }
  frontline = await stack.keyFor('frontline', [propertyId], `${propertyId}-maint`);
});
afterAll(() => stack?.stop());

/** A case's body; its household is put in the directory at its property first (a case must name one). */
async function newCase(overrides: Record<string, unknown> = {}) {
  const body = {
    propertyId,
    residentId: `household-${randomUUID().slice(0, 6)}`,
    unit: '4A',
    category: 'package',
    severity: 'low',
    channel: 'in_person',
    summary: 'Package marked delivered, not in the locker',
    ...overrides,
  };
  await stack.db.household.upsert({
    where: { id: body.residentId },
    create: { id: body.residentId, propertyId: body.propertyId, unit: '4A', name: 'Household' },
    update: {},
  });
  return body;
}

async function post(url: string, body: unknown, headers: Record<string, string> = admin) {
  return stack.app.inject({ method: 'POST', url, payload: body as object, headers });
}
async function open(overrides: Record<string, unknown> = {}, headers = admin): Promise<CaseDetail> {
  const response = await post('/v1/cases', await newCase(overrides), headers);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('a case over HTTP from creation to a recovered close', () => {
  it('walks every stage; each 2xx is visible at once; timeline, outbox and search attributes agree', async () => {
    const created = await open();
    const id = created.id;
    const act = async (action: string, body: unknown, headers = frontline) => {
      const response = await post(`/v1/cases/${id}/${action}`, body, headers);
      expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
      const detail = response.json() as CaseDetail;
      // Read-your-writes: a GET right after the action shows it (and whatever the workflow did since).
      const read = (
        await stack.app.inject({ method: 'GET', url: `/v1/cases/${id}`, headers: admin })
      ).json() as CaseDetail;
      expect(read.timeline.slice(0, detail.timeline.length)).toEqual(detail.timeline);
      return detail;
    };

    expect(created).toMatchObject({ stage: 'acknowledge', status: 'open', ownerId: `${propertyId}-maint`, unit: '4A' });
    expect(created.deadline).toMatchObject({ stage: 'acknowledge', level: 0 });
    await act('acknowledge', { message: 'Thank you for telling us, and sorry: we are looking for it now.' });
    await act('notes', { body: 'Checked the camera footage', visibility: 'internal' });
    await act('facts', {
      whatHappened: 'Courier left it at the wrong building',
      rootCauseFamily: 'organizational',
      contributingFactors: ['courier'],
    });
    await act('resolution-plan', {
      plan: 'Courier re-delivers today; we bring it to the door',
      needsResidentAgreement: true,
    });
    const integration = await stack.keyFor('integration', [propertyId]);
    await act('agreement', { agreed: true, comment: 'Yes please' }, integration);
    const resolved = await act('resolve', { actionsTaken: 'Package delivered to the door' });
    expect(resolved.stage).toBe('follow_up');

    const handle = stack.temporal.workflow.getHandle(created.workflowId);
    // Answer once the check-in is on the timeline (the resident cannot answer a question not yet asked).
    for (let i = 0; (await stack.db.caseEvent.count({ where: { caseId: id, type: 'follow_up_sent' } })) === 0; i++) {
      if (i === 200) throw new Error(`case ${id}: no follow-up check-in on its timeline within 20 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const closed = await act('feedback', { satisfied: true, comment: 'Got it, thanks' }, integration);
    // The answer to the feedback already shows the close, and so does a read right after it.
    expect(closed).toMatchObject({ status: 'closed', outcome: 'recovered' });
    expect((await stack.app.inject({ method: 'GET', url: `/v1/cases/${id}`, headers: admin })).json()).toMatchObject({
      status: 'closed',
      outcome: 'recovered',
    });
    await handle.result();
    const final = (
      await stack.app.inject({ method: 'GET', url: `/v1/cases/${id}`, headers: admin })
    ).json() as CaseDetail;
    expect(final).toMatchObject({
      status: 'closed',
      stage: 'closed',
      outcome: 'recovered',
      rootCauseFamily: 'organizational',
    });
    expect(closed.timeline.map((t) => t.type)).toContain('resident_satisfied');
    expect(final.timeline.map((t) => t.type)).toEqual([
      'case_opened',
      'acknowledged',
      'internal_note',
      'facts_recorded',
      'resolution_planned',
      'resident_agreed',
      'resolved',
      'follow_up_sent',
      'resident_satisfied',
      'case_closed',
    ]);
    // `by` is the caller's identity, not something the body can claim.
    const acknowledged = final.timeline.find((t) => t.type === 'acknowledged')!.payload as { by?: string };
    expect(acknowledged.by).toBe(`${propertyId}-maint`);

    const outbox = await stack.db.outboxMessage.findMany({ where: { caseId: id }, orderBy: { id: 'asc' } });
    expect(outbox.filter((m) => m.audience === 'resident').map((m) => m.template)).toEqual([
      'acknowledge.package',
      'resolve.plan_for_agreement',
      'follow_up.check_in',
    ]);
    // The staff member's own words, then the resident's link to the case.
    expect(outbox.find((m) => m.template === 'acknowledge.package')!.body).toBe(
      `Thank you for telling us, and sorry: we are looking for it now.\n\nSee where your request stands, and answer us, here: ${created.residentLink}`,
    );
    expect(new Set(outbox.map((m) => m.key)).size).toBe(outbox.length);
    const description = await handle.describe();
    expect(description.searchAttributes).toMatchObject({
      CaseStatus: ['closed'],
      CaseStage: ['closed'],
      PropertyId: [propertyId],
      CaseCategory: ['package'],
    });
  });
});

describe('actions that do not fit', () => {
  it('409 names the current stage and changes nothing; 400 names every bad field', async () => {
    const created = await open();
    const resolveEarly = await post(`/v1/cases/${created.id}/resolve`, { actionsTaken: 'x' }, frontline);
    expect(resolveEarly.statusCode).toBe(409);
    expect(resolveEarly.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(resolveEarly.json()).toMatchObject({
      type: expect.stringMatching(/stage-conflict$/),
      currentStage: 'acknowledge',
      detail: expect.stringMatching(/resolving is not possible in stage acknowledge/),
    });

    const bad = await post(
      `/v1/cases/${created.id}/facts`,
      { whatHappened: '', rootCauseFamily: 'weather', extra: 1 },
      frontline,
    );
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json() as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.whatHappened', 'body.rootCauseFamily']));

    const after = (
      await stack.app.inject({ method: 'GET', url: `/v1/cases/${created.id}`, headers: admin })
    ).json() as CaseDetail;
    expect(after.timeline.map((t) => t.type)).toEqual(['case_opened']);
    expect(after.stage).toBe('acknowledge');

    const cancelled = await post(`/v1/cases/${created.id}/cancel`, { reason: 'Duplicate of another case' }, admin);
    expect(cancelled.statusCode).toBe(200);
    const late = await post(`/v1/cases/${created.id}/notes`, { body: 'late', visibility: 'internal' }, admin);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ currentStage: 'closed' });
  });

  it('400 for a malformed id, 404 for an unknown case', async () => {
    expect((await stack.app.inject({ method: 'GET', url: '/v1/cases/not-a-uuid', headers: admin })).statusCode).toBe(
      400,
    );
    const missing = await post(`/v1/cases/${randomUUID()}/acknowledge`, {}, admin);
    expect(missing.statusCode).toBe(404);
  });
});

describe('Idempotency-Key on POST /v1/cases', () => {
  it('the same key and body return the same case; concurrent retries start one workflow; another body is 422', async () => {
    const key = randomUUID();
    const body = await newCase();
    const headers = { ...admin, 'idempotency-key': key };
    const [a, b, c] = await Promise.all([
      post('/v1/cases', body, headers),
      post('/v1/cases', body, headers),
      post('/v1/cases', body, headers),
    ]);
    for (const r of [a, b, c]) expect(r!.statusCode, r!.body).toBe(201);
    const ids = new Set([a, b, c].map((r) => (r!.json() as CaseDetail).id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    expect(await stack.db.case.count({ where: { residentId: body.residentId } })).toBe(1);
    const runs = [];
    for await (const run of stack.temporal.workflow.list({ query: `WorkflowId = 'case-${id}'` })) runs.push(run);
    expect(runs).toHaveLength(1);

    const again = await post('/v1/cases', body, headers);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((again.json() as CaseDetail).id).toBe(id);

    const other = await post('/v1/cases', { ...body, summary: 'Something else' }, headers);
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ type: expect.stringMatching(/idempotency-key-reused$/) });
  });

  it('a client that gives up mid-way and retries gets one case', async () => {
    const baseUrl = await stack.app.listen({ host: '127.0.0.1', port: 0 });
    const key = randomUUID();
    const body = JSON.stringify(await newCase());
    const headers = { ...admin, 'content-type': 'application/json', 'idempotency-key': key };
    // The first attempt is abandoned by its client after 30 ms, while the server is still at work on it.
    await fetch(`${baseUrl}/v1/cases`, { method: 'POST', headers, body, signal: AbortSignal.timeout(30) }).catch(
      () => undefined,
    );
    const retry = await fetch(`${baseUrl}/v1/cases`, { method: 'POST', headers, body });
    expect(retry.status).toBe(201);
    const { id, residentId } = (await retry.json()) as CaseDetail;
    expect(await stack.db.case.count({ where: { residentId } })).toBe(1);
    const runs = [];
    for await (const run of stack.temporal.workflow.list({ query: `WorkflowId = 'case-${id}'` })) runs.push(run);
    expect(runs).toHaveLength(1);
  });
});

describe('GET /v1/cases', () => {
  it('filters, sorts and pages with a cursor, within the key’s properties', async () => {
    const residentId = `household-list-${randomUUID().slice(0, 6)}`;
    const mine = [];
    for (let i = 0; i < 5; i++)
      mine.push(
        await open({ residentId, severity: i % 2 ? 'low' : 'medium', category: i % 2 ? 'package' : 'amenity' }),
      );
    // The same household id at another property: only a case recorded before households were checked
    // against the case's property can look like this, so it is opened straight through Temporal.
    await openCase(stack.temporal, stack.taskQueue, {
      ...(await newCase({ residentId })),
      propertyId: otherProperty,
      caseId: randomUUID(),
    } as RecoveryCaseInput);

    const seen: CaseSummary[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/v1/cases?residentId=${residentId}&limit=2&sort=openedAt${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await stack.app.inject({ method: 'GET', url, headers: frontline });
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json() as { items: CaseSummary[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    // The frontline key sees its property only, in opening order, each case once.
    expect(seen.map((c) => c.id)).toEqual(mine.map((c) => c.id));

    const low = (
      await stack.app.inject({
        method: 'GET',
        url: `/v1/cases?residentId=${residentId}&severity=low&propertyId=${propertyId}`,
        headers: admin,
      })
    ).json() as { items: CaseSummary[] };
    expect(low.items.map((c) => c.severity)).toEqual(['low', 'low']);
    const all = (
      await stack.app.inject({ method: 'GET', url: `/v1/cases?residentId=${residentId}`, headers: admin })
    ).json() as { items: CaseSummary[] };
    expect(all.items).toHaveLength(6);
    expect(all.items.map((c) => c.openedAt)).toEqual([...all.items.map((c) => c.openedAt)].sort().reverse());

    const bad = await stack.app.inject({
      method: 'GET',
      url: '/v1/cases?limit=500&status=maybe&cursor=%%%',
      headers: admin,
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['querystring.limit', 'querystring.status']),
    );
    const badCursor = await stack.app.inject({
      method: 'GET',
      url: '/v1/cases?cursor=bm90LWEtY3Vyc29y',
      headers: admin,
    });
    expect(badCursor.statusCode).toBe(400);
  });
});
