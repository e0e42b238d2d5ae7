import type { FastifyInstance } from 'fastify';
import { translator, type MessageKey, type Translator } from '../../../domain/i18n';
import type { Db } from '../../../lib/db';
import { hashResidentToken, RESIDENT_TOKEN_PATTERN } from '../../../lib/resident-links';
import type { CaseState } from '../../../definitions/recovery-case';
import { liveState } from '../cases/actions';
import { document, html, type Html } from './html';
import { DAY_MS } from '../../../domain/clock';

type CaseRow = Awaited<ReturnType<Db['case']['findUniqueOrThrow']>>;

export interface ResidentLinkContext {
  tokenHash: string;
  caseRow: CaseRow;
  householdId: string;
  propertyId: string;
  /** The household's BCP 47 tag. */
  language: string;
}

/**
 * The case a token opens, or null: malformed, unknown (tampered), bound to another household or property
 * than the case names, or expired (closed longer ago than the configured days). All look the same outside.
 */
export async function resolveResidentLink(
  db: Db,
  token: string,
  daysAfterClose: number,
): Promise<ResidentLinkContext | null> {
  if (!RESIDENT_TOKEN_PATTERN.test(token)) return null;
  const tokenHash = hashResidentToken(token);
  const link = await db.residentLink.findUnique({ where: { tokenHash } });
  if (!link) return null;
  const caseRow = await db.case.findUnique({ where: { id: link.caseId } });
  if (!caseRow || caseRow.residentId !== link.householdId || caseRow.propertyId !== link.propertyId) return null;
  if (caseRow.closedAt && Date.now() >= caseRow.closedAt.getTime() + daysAfterClose * DAY_MS) return null;
  // The household is looked up within the link's property only.
  const household = await db.household.findFirst({
    where: { id: link.householdId, propertyId: link.propertyId },
    select: { language: true },
  });
  return {
    tokenHash,
    caseRow,
    householdId: link.householdId,
    propertyId: link.propertyId,
    language: household?.language ?? 'en',
  };
}

export interface ResidentView {
  t: Translator;
  timeZone: string;
  caseRow: CaseRow;
  live: CaseState | null;
  owner: { firstName: string | null; role: string | null };
  messages: { subject: string; body: string; at: Date }[];
  ownMessages: { body: string; at: Date }[];
}

/** Only what the resident may see: no notes, breaches, escalations, staff contacts or other households. */
export async function loadResidentView(app: FastifyInstance, context: ResidentLinkContext): Promise<ResidentView> {
  const db = app.deps.db;
  const { caseRow } = context;
  const [property, owner, outbox, events, live] = await Promise.all([
    db.property.findUnique({ where: { id: context.propertyId }, select: { timeZone: true } }),
    caseRow.ownerId
      ? db.staffMember.findUnique({ where: { id: caseRow.ownerId }, select: { name: true, propertyIds: true } })
      : null,
    db.outboxMessage.findMany({
      where: { caseId: caseRow.id, audience: 'resident' },
      orderBy: { id: 'asc' },
      select: { subject: true, body: true, createdAt: true },
    }),
    db.caseEvent.findMany({
      where: { caseId: caseRow.id, type: 'resident_message' },
      orderBy: { id: 'asc' },
      select: { payload: true, occurredAt: true },
    }),
    caseRow.status === 'open' ? liveState(app, caseRow.workflowId) : Promise.resolve(null),
  ]);
  const ownerHere = owner && owner.propertyIds.includes(context.propertyId) ? owner : null;
  return {
    t: translator(context.language),
    timeZone: property?.timeZone ?? 'UTC',
    caseRow,
    live,
    owner: { firstName: ownerHere?.name.trim().split(/\s+/)[0] ?? null, role: caseRow.ownerRole },
    // The link line is the page itself: left out here.
    messages: outbox.map((m) => ({
      subject: m.subject,
      body: m.body.replace(/\n*[^\n]*\/r\/[A-Za-z0-9_-]+[^\n]*/g, '').trim(),
      at: m.createdAt,
    })),
    ownMessages: events.map((e) => ({ body: String((e.payload as { body?: unknown }).body ?? ''), at: e.occurredAt })),
  };
}

type FormFields = () => { nonce: string; csrf: string };

export function renderStatusPage(view: ResidentView, forms: FormFields, base: string): string {
  const { t, caseRow, live, timeZone } = view;
  const when = (at: string | Date) => t.dateTime(at, timeZone);
  const stage = caseRow.status === 'closed' ? 'closed' : (live?.stage ?? caseRow.stage);
  const planPending = stage === 'resolve' && live?.plan?.agreement === 'pending';
  const followUp = live?.followUp;
  const askedIfFixed = stage === 'follow_up' && !!followUp?.checkInSentAt && !followUp.feedback;

  let status: MessageKey;
  let next: string;
  const future = (at: string | null | undefined) => (at && Date.parse(at) > Date.now() ? at : null);
  switch (stage) {
    case 'closed':
      status = `status.closed.${caseRow.outcome ?? 'cancelled'}` as MessageKey;
      next = t.t('next.closed');
      break;
    case 'resolve': {
      status = planPending
        ? 'status.resolve.planPending'
        : live?.plan?.agreement === 'agreed'
          ? 'status.resolve.agreed'
          : 'status.resolve';
      const due = future(live?.deadline?.dueAt);
      next = planPending
        ? t.t('next.resolve.planPending')
        : due
          ? t.t('next.resolve', { due: when(due) })
          : t.t('next.soon');
      break;
    }
    case 'follow_up': {
      status = askedIfFixed
        ? 'status.follow_up.asked'
        : followUp?.feedback
          ? 'status.follow_up.answered'
          : 'status.follow_up';
      const due = future(followUp?.dueAt);
      next = askedIfFixed
        ? t.t('next.follow_up.asked')
        : due && !followUp?.checkInSentAt
          ? t.t('next.follow_up', { due: when(due) })
          : t.t('next.soon');
      break;
    }
    case 'acknowledge':
    case 'gather_facts': {
      status = `status.${stage}`;
      const due = future(live?.deadline?.dueAt);
      next = due ? t.t(`next.${stage}`, { due: when(due) }) : t.t('next.soon');
      break;
    }
    default:
      status = 'status.acknowledge';
      next = t.t('next.soon');
  }
  const waiting = planPending || askedIfFixed;

  const roleLabel = roleName(t, view.owner.role);
  const who =
    view.owner.firstName && roleLabel
      ? t.t('page.whoValue', { name: view.owner.firstName, role: roleLabel })
      : t.t('page.whoTeam', { role: roleLabel ?? t.t('role.frontline') });

  const hidden = () => {
    const f = forms();
    return html`<input type="hidden" name="nonce" value="${f.nonce}" />
      <input type="hidden" name="csrf" value="${f.csrf}" />`;
  };
  const sections: Html[] = [];
  if (planPending && live?.plan) {
    sections.push(
      html`<section aria-labelledby="plan-h">
        <h2 id="plan-h">${t.t('page.plan')}</h2>
        <p class="body">${live.plan.plan}</p>
        <form method="post" action="${base}/agreement">
          ${hidden()}
          <p><strong>${t.t('page.planQuestion')}</strong></p>
          <label for="plan-comment">${t.t('form.comment')}</label>
          <textarea id="plan-comment" name="comment" maxlength="4000"></textarea>
          <div class="buttons">
            <button class="yes" name="answer" value="accept">${t.t('action.accept')}</button>
            <button class="no" name="answer" value="decline">${t.t('action.decline')}</button>
          </div>
        </form>
      </section>`,
    );
  }
  if (askedIfFixed) {
    sections.push(
      html`<section aria-labelledby="fixed-h">
        <h2 id="fixed-h">${t.t('page.fixedQuestion')}</h2>
        <form method="post" action="${base}/feedback">
          ${hidden()}
          <label for="fixed-comment">${t.t('form.comment')}</label>
          <textarea id="fixed-comment" name="comment" maxlength="4000"></textarea>
          <div class="buttons">
            <button class="yes" name="answer" value="yes">${t.t('action.fixed')}</button>
            <button class="no" name="answer" value="no">${t.t('action.notFixed')}</button>
          </div>
        </form>
      </section>`,
    );
  }

  const messages = view.messages.length
    ? html`<ol>
        ${view.messages.map(
          (m) =>
            html`<li>
              <h3>${m.subject}</h3>
              <p class="muted">${t.t('page.sentAt', { date: when(m.at) })}</p>
              <p class="body">${m.body}</p>
            </li>`,
        )}
      </ol>`
    : html`<p>${t.t('page.noMessages')}</p>`;
  const own = view.ownMessages.length
    ? html`<section aria-labelledby="own-h">
        <h2 id="own-h">${t.t('page.yourMessages')}</h2>
        <ol>
          ${view.ownMessages.map(
            (m) =>
              html`<li>
                <p class="muted">${t.t('page.sentAt', { date: when(m.at) })}</p>
                <p class="body">${m.body}</p>
              </li>`,
          )}
        </ol>
      </section>`
    : null;
  const messageForm =
    caseRow.status === 'open'
      ? html`<section aria-labelledby="send-h">
          <h2 id="send-h">${t.t('page.sendMessage')}</h2>
          <form method="post" action="${base}/message">
            ${hidden()}
            <label for="message">${t.t('form.message')}</label>
            <textarea id="message" name="message" required maxlength="4000"></textarea>
            <div class="buttons"><button class="yes">${t.t('action.send')}</button></div>
          </form>
        </section>`
      : null;

  // Where it stands and what is asked of the resident first: that is what a phone shows without scrolling.
  const content = html`<h1>${t.t('page.title')}</h1>
    <section class="status${waiting ? ' waiting' : ''}" aria-labelledby="status-h">
      <h2 id="status-h">${t.t('page.status')}</h2>
      <p id="status">${t.t(status)}</p>
    </section>
    ${sections}
    <section aria-labelledby="next-h">
      <h2 id="next-h">${t.t('page.next')}</h2>
      <p>${next}</p>
    </section>
    <section aria-labelledby="who-h">
      <h2 id="who-h">${t.t('page.who')}</h2>
      <p>${who}</p>
    </section>
    <section aria-labelledby="about-h">
      <h2 id="about-h">${t.t('page.about')}</h2>
      <p><strong>${t.t(`category.${caseRow.category}` as MessageKey)}</strong></p>
      <p class="body">${caseRow.summary}</p>
      <p class="muted">${t.t('page.opened', { date: t.date(caseRow.openedAt, timeZone) })}</p>
    </section>
    <section aria-labelledby="messages-h">
      <h2 id="messages-h">${t.t('page.messages')}</h2>
      ${messages}
    </section>
    ${own}${messageForm}
    <footer><p>${t.t('page.footer')}</p></footer>`;
  return document(t.locale, t.t('page.title'), content);
}

function roleName(t: Translator, role: string | null): string | null {
  if (!role) return null;
  const key = `role.${role}` as MessageKey;
  try {
    return t.t(key);
  } catch {
    return null;
  }
}
