import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTriggerRules, triggerKinds } from '../../domain/events';
import { ensureMonthlyReviewSchedule } from '../../lib/schedules';
import type { PatternReport } from '../../reports/patterns';
import type { RenewalRiskReport } from '../../reports/renewal-risk';
import type { ResidentHistory } from '../../reports/resident-history';
import { startStack } from '../support/stack';

/**
 * Reports against a small portfolio whose figures are worked out by hand below, on the real PostgreSQL
 * (cases are written straight into the read model, as their workflows would have left them).
 */
let stack: Awaited<ReturnType<typeof startStack>>;
const tag = randomUUID().slice(0, 6);
const R1 = `rep1-${tag}`;
const R2 = `rep2-${tag}`;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
let both: { authorization: string };
let onlyR1: { authorization: string };

const at = (iso: string, plusHours = 0) => new Date(Date.parse(iso) + plusHours * HOUR);

type CaseRow = {
  property: string;
  household: string;
  opened: Date;
  ackH?: number;
  resolveH?: number;
  category: string;
  root?: string;
  outcome?: string;
  breachedStages?: string[];
};

async function insertCase(c: CaseRow) {
  const id = randomUUID();
  const open = !c.outcome;
  await stack.db.case.create({
    data: {
      id,
      workflowId: `case-${id}`,
      propertyId: c.property,
      residentId: c.household,
      category: c.category,
      severity: 'medium',
      channel: 'phone',
      summary: `${c.category} for ${c.household}`,
      stage: open ? 'resolve' : 'closed',
      status: open ? 'open' : 'closed',
      outcome: c.outcome ?? null,
      ownerRole: 'maintenance',
      rootCauseFamily: c.root ?? null,
      openedAt: c.opened,
      acknowledgedAt: c.ackH === undefined ? null : new Date(c.opened.getTime() + c.ackH * HOUR),
      resolvedAt: c.resolveH === undefined ? null : new Date(c.opened.getTime() + c.resolveH * HOUR),
      closedAt: open ? null : new Date(c.opened.getTime() + 40 * HOUR),
      breached: (c.breachedStages ?? []).length > 0,
      breachCount: (c.breachedStages ?? []).length,
      breachedStages: c.breachedStages ?? [],
    },
  });
  return id;
}

const hh = (name: string) => `${name}-${tag}`;
const inDays = (days: number) =>
  new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()) + days * DAY);

beforeAll(async () => {
  stack = await startStack();
  for (const id of [R1, R2]) await stack.db.property.create({ data: { id, name: `Property ${id}`, timeZone: 'UTC' } });
  await stack.db.staffMember.createMany({
    data: [
      { id: `${R1}-cm`, name: 'Chris', email: 'chris@example.com', role: 'community_manager', propertyIds: [R1] },
      { id: `${R1}-rm`, name: 'Riley', email: 'riley@example.com', role: 'regional_manager', propertyIds: [R1, R2] },
      { id: `${R1}-fl`, name: 'Sam', role: 'frontline', propertyIds: [R1] },
    ],
  });
  await stack.db.household.createMany({
    data: [
      { id: hh('h1'), propertyId: R1, unit: '1', name: 'One' },
      { id: hh('hA'), propertyId: R1, unit: 'A', name: 'Avery', leaseEndsOn: inDays(30) },
      { id: hh('hB'), propertyId: R1, unit: 'B', name: 'Blake', leaseEndsOn: inDays(60) },
      { id: hh('hC'), propertyId: R1, unit: 'C', name: 'Casey', leaseEndsOn: inDays(200) },
      { id: hh('hD'), propertyId: R2, unit: 'D', name: 'Drew', leaseEndsOn: inDays(10) },
    ],
  });
  // The pattern portfolio, January-February 2025 (UTC), plus one case just outside the range.
  await insertCase({
    property: R1,
    household: hh('h1'),
    opened: at('2025-01-05T10:00:00Z'),
    ackH: 1,
    resolveH: 10,
    category: 'maintenance_delay',
    root: 'organizational',
    outcome: 'recovered',
  });
  await insertCase({
    property: R1,
    household: hh('h1'),
    opened: at('2025-01-10T10:00:00Z'),
    ackH: 3,
    resolveH: 20,
    category: 'maintenance_delay',
    root: 'employee',
    outcome: 'unrecovered',
    breachedStages: ['acknowledge'],
  });
  await insertCase({
    property: R1,
    household: hh('h2'),
    opened: at('2025-02-02T10:00:00Z'),
    ackH: 2,
    category: 'package',
    breachedStages: ['acknowledge', 'resolve'],
  });
  await insertCase({
    property: R1,
    household: hh('h3'),
    opened: at('2025-02-20T10:00:00Z'),
    category: 'package',
    outcome: 'cancelled',
  });
  await insertCase({
    property: R1,
    household: hh('h1'),
    opened: at('2024-12-31T23:59:59Z'),
    ackH: 1,
    resolveH: 2,
    category: 'package',
    outcome: 'recovered',
  });
  await insertCase({
    property: R2,
    household: hh('h4'),
    opened: at('2025-01-15T10:00:00Z'),
    ackH: 4,
    resolveH: 30,
    category: 'amenity',
    root: 'client',
    outcome: 'no_response',
  });
  // Renewal risk: hA had a bad year; hB none; hD one low score.
  const recent = new Date(Date.now() - 10 * DAY);
  await insertCase({
    property: R1,
    household: hh('hA'),
    opened: recent,
    ackH: 1,
    resolveH: 5,
    category: 'maintenance_delay',
    outcome: 'unrecovered',
    breachedStages: ['resolve'],
  });
  await insertCase({
    property: R1,
    household: hh('hA'),
    opened: recent,
    ackH: 1,
    resolveH: 5,
    category: 'communication',
    outcome: 'no_response',
  });
  await insertCase({ property: R1, household: hh('hA'), opened: recent, ackH: 1, category: 'package' });
  const survey = (household: string, property: string, score: number, occurredAt: Date) => ({
    source: 'survey-tool',
    externalId: `${household}-${score}-${occurredAt.getTime()}`,
    type: 'survey_response',
    propertyId: property,
    householdId: household,
    occurredAt,
    score,
    payload: {
      type: 'survey_response',
      source: 'survey-tool',
      externalId: `${household}-${score}`,
      propertyId: property,
      householdId: household,
      occurredAt: occurredAt.toISOString(),
      score,
    },
    batchId: 'test',
    processedAt: new Date(),
  });
  await stack.db.inboundEvent.createMany({
    data: [
      survey(hh('hA'), R1, 1, new Date(Date.now() - 5 * DAY)),
      survey(hh('hA'), R1, 4, new Date(Date.now() - 4 * DAY)),
      survey(hh('hD'), R2, 2, new Date(Date.now() - 3 * DAY)),
    ],
  });
  both = await stack.keyFor('regional_manager', [R1, R2], `${R1}-rm`);
  onlyR1 = await stack.keyFor('community_manager', [R1], `${R1}-cm`);
});
afterAll(() => stack?.stop());

const get = (url: string, headers: Record<string, string>) => stack.app.inject({ method: 'GET', url, headers });
const RANGE = 'from=2025-01-01&to=2025-03-01';

describe('GET /v1/reports/patterns', () => {
  it('matches the hand-computed figures of the small portfolio', async () => {
    const response = await get(`/v1/reports/patterns?${RANGE}`, both);
    expect(response.statusCode, response.body).toBe(200);
    const report: PatternReport = response.json();
    expect(report.propertyIds).toEqual([R1, R2]);
    expect(report.totals).toEqual({
      cases: 5,
      open: 1,
      // acknowledged after 1, 2, 3, 4 h: median 2.5, p90 = 3 + 0.7 × (4 − 3)
      timeToAcknowledgeHours: { median: 2.5, p90: 3.7 },
      // resolved after 10, 20, 30 h: median 20, p90 = 20 + 0.8 × (30 − 20)
      timeToResolveHours: { median: 20, p90: 28 },
      breachRate: { any: 0.4, acknowledge: 0.4, gather_facts: 0, resolve: 0.2 },
      recovered: 1,
      followedUp: 3,
      recoveryRate: 0.3333,
    });
    expect(report.byProperty.map((p) => [p.propertyId, p.cases, p.open])).toEqual([
      [R1, 4, 1],
      [R2, 1, 0],
    ]);
    expect(report.volume).toEqual([
      { propertyId: R1, category: 'maintenance_delay', rootCauseFamily: 'employee', cases: 1 },
      { propertyId: R1, category: 'maintenance_delay', rootCauseFamily: 'organizational', cases: 1 },
      { propertyId: R1, category: 'package', rootCauseFamily: 'unrecorded', cases: 2 },
      { propertyId: R2, category: 'amenity', rootCauseFamily: 'client', cases: 1 },
    ]);
    expect(report.repeatHouseholds).toEqual({ count: 1, top: [{ householdId: hh('h1'), propertyId: R1, cases: 2 }] });
    expect(report.months.map((m) => [m.month, m.cases, m.casesChange, m.recoveryRate])).toEqual([
      ['2025-01', 3, null, 0.3333],
      ['2025-02', 2, -0.3333, null],
    ]);
  });

  it('answers the same figures as CSV', async () => {
    const response = await get(`/v1/reports/patterns?${RANGE}&format=csv`, both);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe('section,propertyId,month,category,rootCauseFamily,metric,value');
    expect(lines).toContain('totals,*,,,,cases,5');
    expect(lines).toContain('totals,*,,,,recovery_rate,0.3333');
    expect(lines).toContain(`volume,${R1},,package,unrecorded,cases,2`);
    expect(lines).toContain('month,*,2025-02,,,cases_change,-0.3333');
    const viaAccept = await stack.app.inject({
      method: 'GET',
      url: `/v1/reports/patterns?${RANGE}`,
      headers: { ...both, accept: 'text/csv' },
    });
    expect(viaAccept.body).toBe(response.body);
  });

  it('covers only the key’s properties: 404 for another property, 403 for frontline and integration keys', async () => {
    const own = (await get(`/v1/reports/patterns?${RANGE}`, onlyR1)).json() as PatternReport;
    expect(own.propertyIds).toEqual([R1]);
    expect(own.totals.cases).toBe(4);
    expect(own.volume.every((v) => v.propertyId === R1)).toBe(true);
    expect((await get(`/v1/reports/patterns?${RANGE}&propertyId=${R2}`, onlyR1)).statusCode).toBe(404);
    const one = (await get(`/v1/reports/patterns?${RANGE}&propertyId=${R2}`, both)).json() as PatternReport;
    expect(one.totals.cases).toBe(1);
    const frontline = await stack.keyFor('frontline', [R1], `${R1}-fl`);
    expect((await get(`/v1/reports/patterns?${RANGE}`, frontline)).statusCode).toBe(403);
    expect((await get(`/v1/reports/patterns?${RANGE}`, await stack.keyFor('integration', [R1]))).statusCode).toBe(403);
  });

  it('refuses a backwards range and a malformed date, naming them', async () => {
    const backwards = await get('/v1/reports/patterns?from=2025-03-01&to=2025-01-01', both);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().detail).toContain('must be before');
    const bad = await get('/v1/reports/patterns?from=yesterday', both);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('querystring.from');
  });
});

describe('renewal risk', () => {
  it('ranks the households whose lease ends within the window, per property, with every reason', async () => {
    const response = await get('/v1/reports/renewal-risk?withinDays=90', both);
    expect(response.statusCode, response.body).toBe(200);
    const report: RenewalRiskReport = response.json();
    expect(report.properties.map((p) => [p.propertyId, p.atRisk.map((h) => h.householdId)])).toEqual([
      [R1, [hh('hA'), hh('hB')]],
      [R2, [hh('hD')]],
    ]);
    const avery = report.properties[0]!.atRisk[0]!;
    expect(avery.risk.score).toBe(100);
    expect(avery.risk.level).toBe('high');
    expect(avery.risk.reasons.map((r) => [r.code, r.points])).toEqual([
      ['unrecovered', 25],
      ['repeat_issues', 20],
      ['no_response', 15],
      ['low_scores', 15],
      ['lease_ending', 10],
      ['open_cases', 10],
      ['breaches', 10],
    ]);
    expect(avery.risk.reasons.find((r) => r.code === 'lease_ending')!.detail).toContain('in 30 days');
    expect(avery.risk.reasons.find((r) => r.code === 'low_scores')!.detail).toBe(
      '1 survey score of 2 or less (lowest 1/5)',
    );
    expect(report.properties[0]!.atRisk[1]!.risk).toMatchObject({ score: 10, level: 'low' });
    expect(report.properties[1]!.atRisk[0]!.risk).toMatchObject({ score: 25, level: 'medium' });

    const narrow = (await get('/v1/reports/renewal-risk?withinDays=45', both)).json() as RenewalRiskReport;
    expect(narrow.properties.flatMap((p) => p.atRisk.map((h) => h.householdId))).toEqual([hh('hA'), hh('hD')]);
    const scoped = (await get('/v1/reports/renewal-risk', onlyR1)).json() as RenewalRiskReport;
    expect(scoped.properties.map((p) => p.propertyId)).toEqual([R1]);
    expect((await get(`/v1/reports/renewal-risk?propertyId=${R2}`, onlyR1)).statusCode).toBe(404);
  });
});

describe('GET /v1/residents/:id/history', () => {
  it('lists the household’s cases and events in order, with its renewal risk', async () => {
    const response = await get(`/v1/residents/${hh('hA')}/history`, onlyR1);
    expect(response.statusCode, response.body).toBe(200);
    const history: ResidentHistory = response.json();
    expect(history.household).toMatchObject({ propertyId: R1, unit: 'A' });
    expect(history.items.map((i) => i.kind)).toEqual(['case', 'case', 'case', 'event', 'event']);
    expect(history.items.map((i) => i.at)).toEqual([...history.items.map((i) => i.at)].sort());
    expect(history.items[3]).toMatchObject({ kind: 'event', type: 'survey_response', summary: 'Survey score 1/5' });
    expect(history.renewalRisk.score).toBe(100);
    const limited = (await get(`/v1/residents/${hh('hA')}/history?limit=2`, onlyR1)).json() as ResidentHistory;
    expect(limited.items.map((i) => i.kind)).toEqual(['event', 'event']);
    expect(limited.truncated).toBe(true);
  });

  it('answers 404 outside the key’s properties and for an unknown household', async () => {
    expect((await get(`/v1/residents/${hh('hD')}/history`, onlyR1)).statusCode).toBe(404);
    expect((await get(`/v1/residents/nobody-${tag}/history`, both)).statusCode).toBe(404);
  });
});

describe('monthly review', () => {
  it('stores the month’s figures once and sends them to the property’s managers once', async () => {
    const run = async () => {
      const response = await stack.app.inject({
        method: 'POST',
        url: '/v1/reports/monthly-reviews',
        payload: { month: '2025-01', propertyIds: [R1] },
        headers: stack.adminHeaders,
      });
      expect(response.statusCode, response.body).toBe(202);
      return stack.temporal.workflow.getHandle(response.json().workflowId).result();
    };
    await run();
    await run();
    const reviews = await stack.db.monthlyReview.findMany({ where: { propertyId: R1 } });
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ month: '2025-01', recipients: [`${R1}-cm`, `${R1}-rm`] });
    expect((reviews[0]!.report as PatternReport).totals.cases).toBe(2);
    const messages = await stack.db.outboxMessage.findMany({
      where: { key: { startsWith: `review:${R1}:2025-01:` } },
      orderBy: { key: 'asc' },
    });
    expect(messages.map((m) => [m.recipient, m.template, m.caseId])).toEqual([
      [`staff:${R1}-cm`, 'monthly_review', null],
      [`staff:${R1}-rm`, 'monthly_review', null],
    ]);
    expect(messages[0]!.body).toContain('2 cases opened');
    const listed = await get(`/v1/reports/monthly-reviews?propertyId=${R1}`, onlyR1);
    expect(listed.json().items.map((r: { month: string }) => r.month)).toEqual(['2025-01']);
  });

  it('is a Temporal Schedule on the 1st of every month, created once', async () => {
    const id = `monthly-review-test-${tag}`;
    expect(await ensureMonthlyReviewSchedule(stack.temporal, stack.taskQueue, id)).toBe(true);
    expect(await ensureMonthlyReviewSchedule(stack.temporal, stack.taskQueue, id)).toBe(false);
    const handle = stack.temporal.schedule.getHandle(id);
    const description = await handle.describe();
    expect(description.spec.calendars?.[0]).toMatchObject({
      dayOfMonth: [{ start: 1, end: 1, step: 1 }],
      hour: [{ start: 6, end: 6, step: 1 }],
    });
    expect(description.action).toMatchObject({
      type: 'startWorkflow',
      workflowType: 'monthlyReviews',
      taskQueue: stack.taskQueue,
    });
    await handle.delete();
  });
});

describe('trigger rules administration', () => {
  it('lists the portfolio defaults (the same as the code’s) and lets an admin override one per property', async () => {
    const list = await get('/v1/trigger-rules?limit=200', stack.adminHeaders);
    expect(list.statusCode).toBe(200);
    const portfolio = list.json().items.filter((r: { propertyId: string }) => r.propertyId === '*');
    expect(portfolio.map((r: { kind: string }) => r.kind).sort()).toEqual([...triggerKinds].sort());
    for (const rule of portfolio) {
      const expected = defaultTriggerRules[rule.kind as keyof typeof defaultTriggerRules];
      expect({ enabled: rule.enabled, severity: rule.severity, params: rule.params }).toEqual({
        enabled: expected.enabled,
        severity: expected.severity,
        params: expected.params,
      });
    }

    const bad = await stack.app.inject({
      method: 'POST',
      url: '/v1/trigger-rules',
      payload: { propertyId: R1, kind: 'repeat_requests', severity: 'high', params: { requests: 0, withinDays: 14 } },
      headers: stack.adminHeaders,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.params.requests');
    const created = await stack.app.inject({
      method: 'POST',
      url: '/v1/trigger-rules',
      payload: { propertyId: R1, kind: 'repeat_requests', severity: 'high', params: { requests: 2, withinDays: 14 } },
      headers: stack.adminHeaders,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ category: 'repeat_issue', params: { requests: 2, withinDays: 14 } });
    const patchBad = await stack.app.inject({
      method: 'PATCH',
      url: `/v1/trigger-rules/${created.json().id}`,
      payload: { params: { maxScore: 3 } },
      headers: stack.adminHeaders,
    });
    expect(patchBad.statusCode).toBe(400);
    const patched = await stack.app.inject({
      method: 'PATCH',
      url: `/v1/trigger-rules/${created.json().id}`,
      payload: { enabled: false },
      headers: stack.adminHeaders,
    });
    expect(patched.json()).toMatchObject({ enabled: false, params: { requests: 2 } });
    const forbidden = await stack.app.inject({
      method: 'POST',
      url: '/v1/trigger-rules',
      payload: { propertyId: R1, kind: 'low_survey_score', severity: 'high', params: { maxScore: 1 } },
      headers: onlyR1,
    });
    expect(forbidden.statusCode).toBe(403);
  });
});
