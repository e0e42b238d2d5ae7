import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../console/build.cjs';
import { FIRST_LOAD_BUDGET, firstLoadGzipBytes } from '../../bin/console-size';
import { seedDemoPortfolio } from '../../lib/demo-portfolio';
import { shortPolicy } from '../../domain/policies';
import { patternReport } from '../../reports/patterns';
import { startStack } from '../support/stack';
import { DESKTOP, PHONE, cspViolations, expectAccessible, launchChromium, screenshot, tabTo } from './browser';

/**
 * The staff console in Chromium against the real stack: the API (serving the built console), a worker,
 * the suite's Temporal server and PostgreSQL. Cases are opened through the API, as other systems do.
 */
let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Browser;
let base: string;
let frontlineKey: string;
const suffix = randomUUID().slice(0, 8);

beforeAll(async () => {
  await ensureBuilt();
  stack = await startStack();
  await stack.app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(stack.app.server.address() as AddressInfo).port}`;
  // The demo portfolio `npm start` loads, and its frontline key (Sam, front desk of Maple Court). Its
  // portfolio-wide rules are left out: they would change who owns the cases of other test files.
  frontlineKey = (await seedDemoPortfolio(stack.db, undefined, { portfolioRules: false })).frontline;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function openCase(authorization: string, body: Record<string, unknown>) {
  const res = await stack.app.inject({ method: 'POST', url: '/v1/cases', headers: { authorization }, payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; ownerId: string | null; residentLink: string | null };
}

async function newPage(viewport: { width: number; height: number }) {
  const context = await browser.newContext({
    viewport,
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  return { page, refused: cspViolations(page), close: () => context.close() };
}

async function signIn(page: Page, key: string) {
  await page.goto(`${base}/console/`);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'My queue', level: 1 }).waitFor();
}

const stage = (page: Page) => page.getByTestId('stage');

describe('the staff console', () => {
  it(`loads under ${FIRST_LOAD_BUDGET / 1024} KB of gzipped JavaScript`, () => {
    const { files, total } = firstLoadGzipBytes();
    expect(files.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(FIRST_LOAD_BUDGET);
  });

  for (const [width, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`frontline at ${width}: keyboard sign-in, new case on top, acknowledge, facts, plan, resolve`, async () => {
      const { page, refused, close } = await newPage(viewport);
      await page.goto(`${base}/console/`);
      await expectAccessible(page, `sign-in (${width})`);
      await tabTo(page, (el) => el.id === 'api-key');
      await page.keyboard.type(frontlineKey);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'My queue', level: 1 }).waitFor();
      expect(await page.getByRole('link', { name: 'Portfolio' }).count()).toBe(0);

      // Opened while the queue is on screen: the queue refreshes by itself and puts it first (due in an hour).
      const summary = `Parcel lost at the front desk (${width} ${suffix})`;
      const opened = await openCase(`Bearer ${frontlineKey}`, {
        propertyId: 'maple-court',
        residentId: 'mc-12b',
        category: 'package',
        severity: 'critical',
        channel: 'in_person',
        summary,
      });
      expect(opened.ownerId).toBe('mc-sam');
      const first = page.locator('ol.queue > li').first();
      await expect.poll(() => first.getAttribute('data-case-id'), { timeout: 25_000 }).toBe(opened.id);
      await expect.poll(() => first.textContent()).toContain('due in');
      await expectAccessible(page, `queue (${width})`);
      await screenshot(page, `queue-${width}`);

      // Keyboard only: Tab to the case and open it.
      await tabTo(page, (el) => el.tag === 'a' && el.text === summary, 60);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: summary, level: 1 }).waitFor();
      await expect.poll(() => stage(page).textContent()).toBe('Acknowledge');
      await page.getByText('Jordan & Casey Lee (mc-12b)').waitFor();
      await expectAccessible(page, `case, acknowledge (${width})`);

      // Thank + apologize + empathize: the category's words, edited before sending.
      const message = page.getByLabel('Message to the resident');
      expect(await message.inputValue()).toContain(
        'Thank you for letting us know. We are sorry that there was a problem with your package',
      );
      await message.fill(`${await message.inputValue()} I will call you before 5 pm today.`);
      await page.getByRole('button', { name: 'Send acknowledgement' }).click();
      await expect.poll(() => stage(page).textContent()).toBe('Gather the facts');
      const sent = await stack.db.outboxMessage.findFirstOrThrow({
        where: { caseId: opened.id, template: 'acknowledge.package' },
      });
      expect(sent.body).toContain('I will call you before 5 pm today.');
      expect(sent.recipient).toBe('resident:mc-12b');

      await expectAccessible(page, `case, gather facts (${width})`);
      await page.getByLabel('What happened').fill('The parcel was signed for and then put on the wrong shelf.');
      await page.getByLabel(/Organizational/).check();
      await page.getByRole('checkbox', { name: 'staffing', exact: true }).check();
      await page.getByLabel('Other factors (comma-separated)').fill('shelf labels');
      await page.getByRole('button', { name: 'Record the facts' }).click();
      await expect.poll(() => stage(page).textContent()).toBe('Resolve');
      const facts = await stack.db.case.findUniqueOrThrow({ where: { id: opened.id } });
      expect(facts.rootCauseFamily).toBe('organizational');

      await page.getByLabel('Resolution plan').fill('Find the parcel today and deliver it to the door.');
      expect(await page.getByLabel(/The resident must agree first/).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Propose the plan' }).click();
      await expect
        .poll(() => page.getByTestId('agreement').textContent())
        .toContain('waiting for the resident’s answer');
      await expectAccessible(page, `case, waiting for agreement (${width})`);
      await page.getByRole('button', { name: 'Resident agreed' }).click();
      await expect.poll(() => page.getByTestId('agreement').textContent()).toContain('the resident agreed');
      await page.getByLabel('What was done').fill('Found on shelf C and delivered to 12B.');
      await page.getByRole('button', { name: 'Mark resolved' }).click();
      await expect.poll(() => stage(page).textContent()).toBe('Follow up');
      await screenshot(page, `case-${width}`);

      const resolved = await stack.db.case.findUniqueOrThrow({ where: { id: opened.id }, include: { events: true } });
      expect(resolved.stage).toBe('follow_up');
      expect(resolved.events.map((e) => e.type)).toEqual(
        expect.arrayContaining(['acknowledged', 'facts_recorded', 'resolution_planned', 'resident_agreed', 'resolved']),
      );
      expect(refused).toEqual([]);
      await close();
    });
  }

  it('marks the fields of a 400 and explains a 409 in words, reloading the case', async () => {
    const { page, refused, close } = await newPage(PHONE);
    const summary = `Package crushed (${suffix})`;
    const opened = await openCase(`Bearer ${frontlineKey}`, {
      propertyId: 'maple-court',
      residentId: 'mc-4a',
      category: 'package',
      severity: 'high',
      channel: 'phone',
      summary,
    });
    await signIn(page, frontlineKey);
    await page.goto(`${base}/console/cases/${opened.id}`);
    await page.getByRole('heading', { name: summary }).waitFor();

    // The resident's own link, as the API gives it, with a copy button.
    expect(opened.residentLink).toMatch(/\/r\//);
    expect(await page.getByRole('link', { name: opened.residentLink! }).getAttribute('href')).toBe(opened.residentLink);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(opened.residentLink);

    // 400: an empty message is refused and the field is marked.
    const message = page.getByLabel('Message to the resident');
    await message.fill('');
    await page.getByRole('button', { name: 'Send acknowledgement' }).click();
    await expect.poll(() => message.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('alert').filter({ hasText: 'Please correct the marked fields' }).waitFor();
    await expectAccessible(page, 'case with a refused field');

    // 409: someone else acknowledged meanwhile.
    const elsewhere = await stack.app.inject({
      method: 'POST',
      url: `/v1/cases/${opened.id}/acknowledge`,
      headers: { authorization: `Bearer ${frontlineKey}` },
      payload: {},
    });
    expect(elsewhere.statusCode).toBe(200);
    await message.fill('Thank you, and sorry.');
    await page.getByRole('button', { name: 'Send acknowledgement' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'This case has moved on: it is now at “Gather the facts”' })
      .waitFor();
    await expect.poll(() => stage(page).textContent()).toBe('Gather the facts');

    // The facts form marks both missing answers.
    await page.getByRole('button', { name: 'Record the facts' }).click();
    await expect.poll(() => page.getByLabel('What happened').getAttribute('aria-invalid')).toBe('true');
    await page.locator('fieldset.invalid legend', { hasText: 'Root cause family' }).waitFor();
    expect(await stack.db.case.findUniqueOrThrow({ where: { id: opened.id } }).then((c) => c.stage)).toBe(
      'gather_facts',
    );
    expect(refused).toEqual([]);
    await close();
  });

  it('a community manager on a phone escalates, assigns and works a case to a recovered close', async () => {
    const property = `cedar-${suffix}`;
    await stack.db.property.create({
      data: { id: property, name: `Cedar Mews ${suffix}`, timeZone: 'America/Chicago' },
    });
    await stack.db.staffMember.createMany({
      data: [
        { id: `${property}-tess`, name: 'Tess Ortega', role: 'maintenance', propertyIds: [property] },
        { id: `${property}-ravi`, name: 'Ravi Kumar', role: 'maintenance', propertyIds: [property] },
        { id: `${property}-carmen`, name: 'Carmen Blake', role: 'community_manager', propertyIds: [property] },
      ],
    });
    await stack.db.household.create({
      data: {
        id: `${property}-2c`,
        propertyId: property,
        unit: '2C',
        name: 'Noor Haddad',
        contacts: [{ name: 'Noor Haddad', email: 'noor@example.com' }],
      },
    });
    // Hours for the staff steps, seconds for the follow-up, so the whole loop closes within the test.
    const hours = { amount: 2, unit: 'hours' } as const;
    await stack.db.policy.create({
      data: {
        propertyId: property,
        category: 'maintenance_delay',
        severity: 'high',
        policy: {
          ...shortPolicy('maintenance'),
          acknowledge: hours,
          gather_facts: hours,
          resolve: hours,
          residentUpdateInterval: hours,
        } as object,
      },
    });
    const manager = await stack.keyFor('community_manager', [property], `${property}-carmen`);
    const { page, refused, close } = await newPage(PHONE);
    await signIn(page, manager.authorization.replace('Bearer ', ''));
    const summary = `Heating out for three days (${suffix})`;
    const opened = await openCase(manager.authorization, {
      propertyId: property,
      residentId: `${property}-2c`,
      category: 'maintenance_delay',
      severity: 'high',
      channel: 'phone',
      summary,
    });
    const first = page.locator('ol.queue > li').first();
    await expect.poll(() => first.getAttribute('data-case-id'), { timeout: 25_000 }).toBe(opened.id);
    await first.getByRole('link').click();
    await page.getByRole('heading', { name: summary }).waitFor();
    await page.getByText('Noor Haddad (').waitFor();

    await page.getByText('Escalate', { exact: true }).click();
    await page.getByLabel('Reason for escalating').fill('Third complaint this winter');
    await page.getByRole('button', { name: 'Escalate one level' }).click();
    await page.locator('[data-badge="escalated"]').waitFor();
    expect((await stack.db.case.findUniqueOrThrow({ where: { id: opened.id } })).escalationLevel).toBe(1);

    // The picker offers this property's staff only.
    await page.getByText('Assign to someone else').click();
    const picker = page.getByLabel('New owner');
    const options = (await picker.locator('option').allTextContents()).slice(1);
    expect(options.sort()).toEqual([
      'Carmen Blake — community manager',
      'Ravi Kumar — maintenance',
      'Tess Ortega — maintenance',
    ]);
    const other = opened.ownerId === `${property}-tess` ? `${property}-ravi` : `${property}-tess`;
    await picker.selectOption(other);
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect.poll(() => page.getByTestId('owner').textContent()).toBe(other);
    await expectAccessible(page, 'case, manager actions (phone)');

    await page.getByText('Wait on the resident').click();
    await page.getByLabel('What you are waiting for').fill('Resident is away until tonight');
    await page.getByRole('button', { name: 'Pause the clock' }).click();
    await page.locator('[data-badge="waiting"]').waitFor();
    await page.getByRole('button', { name: /^Resume/ }).click();
    await expect.poll(() => page.locator('[data-badge="waiting"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Send acknowledgement' }).click();
    await expect.poll(() => stage(page).textContent()).toBe('Gather the facts');
    await page.getByLabel('What happened').fill('The boiler part was ordered late.');
    await page.getByLabel(/Employee/).check();
    await page.getByRole('checkbox', { name: 'communication', exact: true }).check();
    await page.getByRole('button', { name: 'Record the facts' }).click();
    await expect.poll(() => stage(page).textContent()).toBe('Resolve');
    await page.getByLabel('Resolution plan').fill('Replace the part tomorrow morning.');
    await page.getByLabel(/The resident must agree first/).uncheck();
    await page.getByRole('button', { name: 'Propose the plan' }).click();
    await expect.poll(() => page.getByTestId('agreement').textContent()).toContain('not needed');
    await page.getByLabel('What was done').fill('Part replaced; heating back on.');
    await page.getByRole('button', { name: 'Mark resolved' }).click();
    await expect.poll(() => stage(page).textContent()).toBe('Follow up');

    // The check-in goes out two seconds later; the case screen refreshes by itself and lets the answer in.
    await page.getByText('The resident was asked').waitFor({ timeout: 30_000 });
    await page.getByLabel('Resident’s words (optional)').fill('Warm again, thank you');
    await page.getByRole('button', { name: 'Satisfied', exact: true }).click();
    await expect.poll(() => stage(page).textContent()).toBe('Closed (recovered)');
    await screenshot(page, 'case-recovered-phone');
    const closed = await stack.db.case.findUniqueOrThrow({ where: { id: opened.id } });
    expect([closed.status, closed.outcome, closed.ownerId]).toEqual(['closed', 'recovered', other]);
    expect(refused).toEqual([]);
    await close();
  });

  it('the portfolio draws its charts from the seeded figures, with renewal risk and monthly reviews', async () => {
    const property = `pine-${suffix}`;
    await stack.db.property.create({ data: { id: property, name: `Pine Vale ${suffix}`, timeZone: 'UTC' } });
    const now = new Date();
    const monthStart = (back: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const label = (d: Date) => d.toISOString().slice(0, 7);
    const [a, b] = [monthStart(2), monthStart(1)];
    const at = (month: Date, day: number, plusHours = 0) =>
      new Date(month.getTime() + (day - 1) * 86_400_000 + plusHours * 3_600_000);
    const leaseEnds = new Date(now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    await stack.db.household.create({
      data: {
        id: `${property}-7a`,
        propertyId: property,
        unit: '7A',
        name: 'Robin Vale',
        contacts: [],
        leaseEndsOn: new Date(leaseEnds),
      },
    });
    // Month A: 3 maintenance delays and 1 package; one breach in 4 (25 %); 2 recovered of 3 followed up (66.7 %);
    // acknowledged after 2, 4 and 6 hours (median 4), resolved after 10, 20, 30 (median 20). Month B: 3
    // communication cases, all recovered, none breached; 1, 2, 3 hours to acknowledge (2), 5, 6, 7 to resolve (6).
    const seed: [Date, string, string | null, boolean, number | null, number | null][] = [
      [a, 'maintenance_delay', 'recovered', false, 2, 10],
      [a, 'maintenance_delay', 'recovered', true, 4, 20],
      [a, 'maintenance_delay', 'unrecovered', false, 6, 30],
      [a, 'package', null, false, null, null],
      [b, 'communication', 'recovered', false, 1, 5],
      [b, 'communication', 'recovered', false, 2, 6],
      [b, 'communication', 'recovered', false, 3, 7],
    ];
    await stack.db.case.createMany({
      data: seed.map(([month, category, outcome, breached, ack, res], i) => {
        const id = randomUUID();
        const openedAt = at(month, 3 + i);
        return {
          id,
          workflowId: `case-${id}`,
          propertyId: property,
          residentId: `${property}-7a`,
          category,
          severity: 'medium',
          channel: 'email',
          summary: `Seeded ${category} ${i}`,
          stage: outcome ? 'closed' : 'gather_facts',
          status: outcome ? 'closed' : 'open',
          outcome,
          breached,
          breachCount: breached ? 1 : 0,
          breachedStages: breached ? ['acknowledge'] : [],
          openedAt,
          acknowledgedAt: ack === null ? null : at(month, 3 + i, ack),
          resolvedAt: res === null ? null : at(month, 3 + i, res),
          closedAt: outcome ? at(month, 3 + i, 48) : null,
        };
      }),
    });
    const review = await patternReport(stack.db, { from: a, to: b, propertyIds: [property] });
    await stack.db.monthlyReview.create({
      data: { propertyId: property, month: label(a), report: review as object, recipients: [`${property}-rm`] },
    });
    const regional = await stack.keyFor('regional_manager', [property]);

    const { page, refused, close } = await newPage(DESKTOP);
    await signIn(page, regional.authorization.replace('Bearer ', ''));
    await page.getByRole('link', { name: 'Portfolio' }).click();
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    await page.locator('figure.chart canvas').nth(2).waitFor();

    const figures = async (chart: string) =>
      page.locator(`table[data-figures="${chart}"]`).evaluate((table) => {
        const months = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent);
        const rows: Record<string, Record<string, string>> = {};
        for (const tr of table.querySelectorAll('tbody tr')) {
          const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
          rows[tr.querySelector('th')!.textContent!] = Object.fromEntries(months.map((m, i) => [m, cells[i]!]));
        }
        return rows;
      });
    const [A, B] = [label(a), label(b)];
    const volume = await figures('volume');
    expect([volume['maintenance delay']![A], volume['package']![A], volume['communication']![A]]).toEqual([
      '3',
      '1',
      '0',
    ]);
    expect([volume['maintenance delay']![B], volume['package']![B], volume['communication']![B]]).toEqual([
      '0',
      '0',
      '3',
    ]);
    const rates = await figures('rates');
    expect([rates['Breach rate %']![A], rates['Recovery rate %']![A]]).toEqual(['25', '66.7']);
    expect([rates['Breach rate %']![B], rates['Recovery rate %']![B]]).toEqual(['0', '100']);
    const times = await figures('times');
    expect([times['Median hours to acknowledge']![A], times['Median hours to resolve']![A]]).toEqual(['4', '20']);
    expect([times['Median hours to acknowledge']![B], times['Median hours to resolve']![B]]).toEqual(['2', '6']);

    // Each chart is drawn: its canvas holds the coloured lines, not a blank area.
    for (const canvas of await page.locator('figure.chart canvas').all()) {
      const coloured = await canvas.evaluate((el: HTMLCanvasElement) => {
        const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
        let n = 0;
        for (let i = 0; i < data.length; i += 4)
          if (
            data[i + 3]! > 0 &&
            Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 60
          )
            n++;
        return n;
      });
      expect(coloured).toBeGreaterThan(200);
    }

    const risk = page.locator('.risk-list > li', { hasText: 'Robin Vale' });
    await expect.poll(() => risk.textContent()).toContain(`lease ends on ${leaseEnds}`);
    expect(await risk.textContent()).toContain('1 case closed with the resident still dissatisfied');
    const reviewRow = page.locator('tr', { hasText: property });
    expect(await reviewRow.locator('td').allTextContents()).toEqual([
      A,
      property,
      '4',
      '25%',
      '66.7%',
      `${property}-rm`,
    ]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toContain('section');
    expect(csv).toContain(property);

    await expectAccessible(page, 'portfolio (desktop)');
    await screenshot(page, 'portfolio-desktop');
    await page.setViewportSize(PHONE);
    await expectAccessible(page, 'portfolio (phone)');
    await screenshot(page, 'portfolio-phone');
    expect(refused).toEqual([]);
    await close();
  });

  it('a frontline key never sees another property’s case', async () => {
    const summary = `Gym key card refused (${suffix})`;
    const elsewhere = await openCase(stack.adminHeaders.authorization, {
      propertyId: 'harbour-view',
      residentId: 'hv-301',
      category: 'amenity',
      severity: 'critical',
      channel: 'in_person',
      summary,
    });
    const { page, close } = await newPage(PHONE);
    await signIn(page, frontlineKey);
    await page.getByRole('status').filter({ hasText: 'Updated' }).waitFor();
    expect(await page.locator(`[data-case-id="${elsewhere.id}"]`).count()).toBe(0);
    expect(await page.getByLabel('Property').locator('option').allTextContents()).toEqual([
      'All',
      'Maple Court Apartments',
    ]);

    await page.goto(`${base}/console/cases/${elsewhere.id}`);
    await page.getByRole('heading', { name: 'Case not available' }).waitFor();
    expect(await page.getByText(summary).count()).toBe(0);
    await page.goto(`${base}/console/portfolio`);
    await page.getByRole('heading', { name: 'My queue', level: 1 }).waitFor();
    await close();
  });
});
