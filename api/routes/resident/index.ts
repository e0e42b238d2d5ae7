import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { translator, type Translator } from '../../../domain/i18n';
import * as Defs from '../../../definitions/recovery-case';
import { HttpProblem } from '../../problems';
import { translateTemporalError } from '../../temporal-errors';
import { Throttle } from '../../plugins/throttle';
import { CONTENT_SECURITY_POLICY, notFoundPage, notice } from './html';
import { loadResidentView, renderStatusPage, resolveResidentLink, type ResidentLinkContext } from './view';

/**
 * The resident's page, `/r/<token>`: no account, the token is the key. Every answer is an ordinary Workflow
 * Update (the same the staff API sends), recorded as `by: resident`. Answers that the case no longer takes
 * (a second tap, a stage that moved on) get the "already answered" page, never an error.
 */
export interface ResidentPageOptions {
  /** Days a link keeps working after its case closes. */
  daysAfterClose: number;
  /** Requests per minute per client address. */
  rateLimitPerMinute: number;
}

const CSRF_COOKIE = 'sr_csrf';
const RESIDENT = 'resident';

type Form = Record<string, string | undefined>;
type CaseHandle = WorkflowHandle<Defs.RecoveryCaseWorkflow>;
/** The message of the page that confirms an answer. */
type Done = Parameters<Translator['t']>[0];

export default async function residentPage(app: FastifyInstance, options: ResidentPageOptions) {
  // Forms post as application/x-www-form-urlencoded; only these routes accept it.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16 * 1024 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );

  // Per client address: guessing tokens, or hammering one case, is slow.
  const throttle = new Throttle();
  app.addHook('onRequest', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-robots-tag', 'noindex, nofollow');
    const wait = throttle.take(`resident:${request.ip}`, options.rateLimitPerMinute);
    if (wait) {
      reply.header('retry-after', String(wait));
      throw new HttpProblem(429, 'rate-limited', 'Too many requests', `retry in ${wait} s`);
    }
  });

  // Whatever goes wrong here, the resident sees a plain page, never a problem document or a stack.
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error instanceof HttpProblem ? error.status : (error.statusCode ?? 500);
    if (status === 404) return reply.status(404).type('text/html; charset=utf-8').send(notFoundPage());
    const t = translator('en');
    if (status === 429 || status >= 500) {
      if (status >= 500 && status !== 503) request.log.error({ err: error }, 'resident page failed');
      return reply
        .status(status)
        .type('text/html; charset=utf-8')
        .send(notice(t, 'en', t.t('busy.title'), t.t('busy.body')));
    }
    return reply
      .status(400)
      .type('text/html; charset=utf-8')
      .send(notice(t, 'en', t.t('invalid.title'), t.t('invalid.form')));
  });

  const routeConfig = { public: true };
  const schema = { hide: true };

  async function contextOr404(
    request: FastifyRequest<{ Params: { token: string } }>,
    reply: FastifyReply,
  ): Promise<ResidentLinkContext | null> {
    const context = await resolveResidentLink(app.deps.db, request.params.token, options.daysAfterClose);
    if (!context) void reply.status(404).type('text/html; charset=utf-8').send(notFoundPage());
    return context;
  }

  app.get<{ Params: { token: string } }>('/r/:token', { config: routeConfig, schema }, async (request, reply) => {
    const context = await contextOr404(request, reply);
    if (!context) return reply;
    const secret = csrfCookie(request) ?? randomBytes(32).toString('base64url');
    reply.header('set-cookie', cookieHeader(secret, request));
    const view = await loadResidentView(app, context);
    const forms = () => {
      const nonce = randomBytes(16).toString('base64url');
      return { nonce, csrf: csrfFor(secret, context.tokenHash, nonce) };
    };
    return reply.type('text/html; charset=utf-8').send(renderStatusPage(view, forms, `/r/${request.params.token}`));
  });

  // The two one-tap answers: the plan (accept / decline) and the follow-up question (yes / no).
  const answerRoute = (
    path: string,
    [yes, no]: [string, string],
    send: (handle: CaseHandle, answer: boolean, form: Form) => Promise<unknown>,
    [doneYes, doneNo]: [Done, Done],
  ) =>
    app.post<{ Params: { token: string }; Body: Form }>(
      path,
      { config: routeConfig, schema },
      async (request, reply) => {
        const context = await contextOr404(request, reply);
        if (!context) return reply;
        const form = checkedForm(request, context);
        const answer = form.answer === yes ? true : form.answer === no ? false : null;
        if (answer === null) return invalid(reply, context, request.params.token);
        const sent = (handle: CaseHandle) => send(handle, answer, form);
        return act(reply, context, request.params.token, sent, answer ? doneYes : doneNo);
      },
    );
  answerRoute(
    '/r/:token/agreement',
    ['accept', 'decline'],
    (handle, agreed, form) =>
      handle.executeUpdate(Defs.staffUpdates.recordAgreement, { args: [{ by: RESIDENT, agreed, ...comment(form) }] }),
    ['done.agreed', 'done.declined'],
  );
  answerRoute(
    '/r/:token/feedback',
    ['yes', 'no'],
    (handle, satisfied, form) =>
      handle.executeUpdate(Defs.staffUpdates.recordFeedback, { args: [{ by: RESIDENT, satisfied, ...comment(form) }] }),
    ['done.fixed', 'done.notFixed'],
  );

  app.post<{ Params: { token: string }; Body: Form }>(
    '/r/:token/message',
    { config: routeConfig, schema },
    async (request, reply) => {
      const context = await contextOr404(request, reply);
      if (!context) return reply;
      const form = checkedForm(request, context);
      const body = (form.message ?? '').trim();
      if (!body || body.length > 4000) return invalid(reply, context, request.params.token, 'invalid.message');
      const messageId = form.nonce!;
      return act(
        reply,
        context,
        request.params.token,
        (handle) => handle.executeUpdate(Defs.residentMessage, { args: [{ by: RESIDENT, body, messageId }] }),
        'done.message',
      );
    },
  );

  /** One Update (`send`), as the staff API sends it; a rejection because the case moved on is "already answered". */
  async function act(
    reply: FastifyReply,
    context: ResidentLinkContext,
    token: string,
    send: (handle: CaseHandle) => Promise<unknown>,
    done: Done,
  ) {
    const t = translator(context.language);
    const back = `/r/${token}`;
    const already = () =>
      reply.type('text/html; charset=utf-8').send(notice(t, t.locale, t.t('already.title'), t.t('already.body'), back));
    if (context.caseRow.status !== 'open') return already();
    try {
      await send(app.deps.temporal.workflow.getHandle(context.caseRow.workflowId));
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return already();
      if (error instanceof WorkflowUpdateFailedError) {
        const type = (error.cause as { type?: string } | undefined)?.type;
        if (type === Defs.STAGE_CONFLICT) return already();
        if (type === Defs.INVALID_ACTION) return invalid(reply, context, token, 'invalid.message');
      }
      translateTemporalError(error);
    }
    return reply.type('text/html; charset=utf-8').send(notice(t, t.locale, t.t('done.title'), t.t(done), back));
  }

  function invalid(
    reply: FastifyReply,
    context: ResidentLinkContext,
    token: string,
    key: 'invalid.form' | 'invalid.message' = 'invalid.form',
  ) {
    const t = translator(context.language);
    return reply
      .status(400)
      .type('text/html; charset=utf-8')
      .send(notice(t, t.locale, t.t('invalid.title'), t.t(key), `/r/${token}`));
  }

  /** The form's CSRF proof: an HMAC, keyed by this browser's cookie, of the link and the form's nonce. */
  function checkedForm(request: FastifyRequest<{ Body: Form }>, context: ResidentLinkContext): Form {
    const form = (request.body && typeof request.body === 'object' ? request.body : {}) as Form;
    const secret = csrfCookie(request);
    const nonce = form.nonce ?? '';
    const given = Buffer.from(form.csrf ?? '');
    const expected =
      secret && /^[A-Za-z0-9_-]{16,64}$/.test(nonce) ? Buffer.from(csrfFor(secret, context.tokenHash, nonce)) : null;
    if (!expected || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new HttpProblem(400, 'csrf', 'The form is not valid', 'missing or wrong CSRF token');
    }
    return form;
  }
}

const comment = (form: Form) => {
  const text = (form.comment ?? '').trim();
  return text ? { comment: text.slice(0, 4000) } : {};
};

function csrfFor(secret: string, tokenHash: string, nonce: string): string {
  return createHmac('sha256', secret).update(`${tokenHash}.${nonce}`).digest('base64url');
}

function csrfCookie(request: FastifyRequest): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === CSRF_COOKIE && value && /^[A-Za-z0-9_-]{43}$/.test(value)) return value;
  }
  return null;
}

function cookieHeader(secret: string, request: FastifyRequest): string {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `${CSRF_COOKIE}=${secret}; Path=/r/; HttpOnly; SameSite=Strict; Max-Age=2592000${secure}`;
}
