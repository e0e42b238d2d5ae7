import { useCallback, useEffect, useState } from 'react';
import { acknowledgementMessage } from '@domain/messages';
import {
  api,
  ApiError,
  must,
  type ActionBody,
  type CaseAction,
  type CaseDetail,
  type Me,
  type ResidentHistory,
  type Staff,
} from '../api/client';
import { isManager } from '../App';
import {
  badgesOf,
  contributingFactors,
  describeEntry,
  dueIn,
  planState,
  residentNotUpdated,
  rootCauseFamilies,
  severities,
  stageLabel,
  when,
  words,
} from '../protocol';
import { linkProps } from '../router';
import { Badges, Field } from './parts';
import { REFRESH_MS } from './Queue';

type FieldErrors = Record<string, string>;
interface Outcome {
  action: CaseAction;
  fields: FieldErrors;
  message: string;
}

export function CaseScreen({ id, me }: { id: string; me: Me }) {
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [history, setHistory] = useState<ResidentHistory | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      const d = await must(api.GET('/v1/cases/{id}', { params: { path: { id } } }));
      setDetail(d);
      setLoadError(null);
      return d;
    } catch (error) {
      setLoadError(
        error instanceof ApiError && error.status === 404
          ? 'This case does not exist or is not in your properties.'
          : 'The case could not be loaded.',
      );
      return null;
    }
  }, [id]);

  // The case changes without the staff member (the resident answers, timeframes run out): keep it current.
  useEffect(() => {
    const timer = window.setInterval(() => void reload(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);

  useEffect(() => {
    void reload().then((d) => {
      if (!d) return;
      must(
        api.GET('/v1/residents/{id}/history', { params: { path: { id: d.residentId }, query: { limit: 50 } } }),
      ).then(setHistory, () => setHistory(null));
    });
  }, [reload]);

  /** Sends one action; a 409 reloads the case and says why, a 400 marks the fields. */
  async function act<A extends CaseAction>(action: A, body: ActionBody<A>, done?: string): Promise<boolean> {
    setBusy(true);
    setOutcome(null);
    setNotice(null);
    try {
      const path = `/v1/cases/{id}/${action}` as '/v1/cases/{id}/notes';
      const next = await must(api.POST(path, { params: { path: { id } }, body: body as never }));
      setDetail(next);
      setNotice(done ?? 'Saved.');
      return true;
    } catch (error) {
      if (!(error instanceof ApiError)) {
        setOutcome({ action, fields: {}, message: 'The service did not answer; nothing was changed. Try again.' });
      } else if (error.status === 409) {
        const fresh = await reload();
        const stage = error.problem.currentStage ?? fresh?.stage;
        const now = stage ? (stageLabel[stage as keyof typeof stageLabel] ?? words(stage)) : 'another stage';
        setOutcome({
          action,
          fields: {},
          message:
            `This case has moved on: it is now at “${now}”, so “${words(action)}” no longer fits. ` +
            'The case was reloaded: please check the step now asked for.',
        });
      } else if (error.status === 400) {
        const fields: FieldErrors = {};
        for (const e of error.problem.errors ?? [])
          fields[e.field.replace(/^body\.?/, '').split('.')[0] || 'form'] = e.message;
        setOutcome({
          action,
          fields,
          message: `Please correct the marked fields: ${error.problem.detail ?? 'the request is invalid'}`,
        });
      } else {
        setOutcome({
          action,
          fields: {},
          message: error.problem.detail ?? `The action was refused (${error.status}).`,
        });
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  if (loadError) {
    return (
      <section>
        <h1>Case not available</h1>
        <p role="alert">{loadError}</p>
        <a {...linkProps('/')}>Back to my queue</a>
      </section>
    );
  }
  if (!detail) return <p role="status">Loading the case…</p>;

  const ctx: ActionContext = { detail, me, busy, act, outcome };
  const residentLink = detail.residentLink;
  const household = history?.household;
  return (
    <article aria-labelledby="case-title" className="case">
      <p>
        <a {...linkProps('/')}>← My queue</a>
      </p>
      <h1 id="case-title">{detail.summary}</h1>
      <Badges badges={badgesOf(detail, residentNotUpdated(detail.timeline))} />
      <dl className="facts">
        <dt>Resident</dt>
        <dd>{household ? `${household.name} (${detail.residentId})` : detail.residentId}</dd>
        <dt>Unit</dt>
        <dd>{detail.unit ?? household?.unit ?? '—'}</dd>
        <dt>Property</dt>
        <dd>{detail.propertyId}</dd>
        <dt>Stage</dt>
        <dd data-testid="stage">
          {detail.status === 'closed' ? `Closed (${words(detail.outcome ?? '')})` : stageLabel[detail.stage]}
        </dd>
        <dt>Severity</dt>
        <dd>{detail.severity}</dd>
        <dt>Category</dt>
        <dd>{words(detail.category)}</dd>
        <dt>Owner</dt>
        <dd data-testid="owner">{detail.ownerId ?? 'nobody yet'}</dd>
        <dt>Due</dt>
        <dd>
          {detail.deadline?.dueAt ? `${when(detail.deadline.dueAt)} (${dueIn(detail.deadline.dueAt)})` : dueIn(null)}
        </dd>
      </dl>
      {detail.details && <p>{detail.details}</p>}
      {residentLink && <ResidentLink url={residentLink} />}

      <div aria-live="polite" className="messages">
        {notice && <p className="notice">{notice}</p>}
        {outcome && (
          <p className="error" role="alert">
            {outcome.message}
          </p>
        )}
      </div>

      {detail.status === 'open' && (
        <section aria-labelledby="step-title" className="step">
          <h2 id="step-title">Now: {stageLabel[detail.stage]}</h2>
          <GuidedAction {...ctx} />
        </section>
      )}

      {detail.status === 'open' && <OtherActions {...ctx} />}

      <section aria-labelledby="history-title">
        <h2 id="history-title">Household history</h2>
        <HouseholdHistory history={history} caseId={detail.id} />
      </section>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <ol className="timeline">
          {detail.timeline.map((entry, i) => (
            <li key={i}>
              <time dateTime={entry.occurredAt}>{when(entry.occurredAt)}</time> {describeEntry(entry)}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

interface ActionContext {
  detail: CaseDetail;
  me: Me;
  busy: boolean;
  outcome: Outcome | null;
  act: <A extends CaseAction>(action: A, body: ActionBody<A>, done?: string) => Promise<boolean>;
}

const fieldError = (ctx: ActionContext, action: CaseAction, field: string) =>
  ctx.outcome?.action === action ? ctx.outcome.fields[field] : undefined;

function ResidentLink({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <p className="resident-link">
      Resident’s page: <a href={url}>{url}</a>{' '}
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        Copy link
      </button>
      <span role="status">{copied ? ' Copied.' : ''}</span>
    </p>
  );
}

/** The step the protocol asks for now, with the words to say. */
function GuidedAction(ctx: ActionContext) {
  switch (ctx.detail.stage) {
    case 'acknowledge':
      return <Acknowledge {...ctx} />;
    case 'gather_facts':
      return <GatherFacts {...ctx} />;
    case 'resolve':
      return <Resolve {...ctx} />;
    case 'follow_up':
      return <FollowUp {...ctx} />;
    default:
      return <p>The case is being set up; its owner is being chosen.</p>;
  }
}

function Acknowledge(ctx: ActionContext) {
  const { detail } = ctx;
  const [message, setMessage] = useState(() => acknowledgementMessage(detail.category, detail.summary).body);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void ctx.act('acknowledge', { message }, 'The resident was thanked and the acknowledgement sent.');
      }}
    >
      <ol className="protocol">
        <li>
          <strong>Thank</strong> the resident for telling you.
        </li>
        <li>
          <strong>Apologize</strong> sincerely for what went wrong.
        </li>
        <li>
          <strong>Empathize</strong>: say you understand how it feels, and that you will keep them informed.
        </li>
      </ol>
      <Field
        label="Message to the resident"
        hint="The category’s words; change them to fit the conversation."
        error={fieldError(ctx, 'acknowledge', 'message')}
      >
        {(p) => <textarea {...p} rows={6} value={message} onChange={(e) => setMessage(e.target.value)} />}
      </Field>
      <button type="submit" disabled={ctx.busy}>
        Send acknowledgement
      </button>
    </form>
  );
}

function GatherFacts(ctx: ActionContext) {
  const [whatHappened, setWhatHappened] = useState('');
  const [family, setFamily] = useState('');
  const [factors, setFactors] = useState<string[]>([]);
  const [other, setOther] = useState('');
  const familyError = fieldError(ctx, 'facts', 'rootCauseFamily');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const all = [
          ...factors,
          ...other
            .split(',')
            .map((f) => f.trim())
            .filter(Boolean),
        ];
        void ctx.act(
          'facts',
          { whatHappened, rootCauseFamily: family as never, contributingFactors: all },
          'The facts are recorded.',
        );
      }}
    >
      <p>Listen first. Then ask: what happened, when, who was involved, what was promised — and why it went wrong.</p>
      <Field label="What happened" error={fieldError(ctx, 'facts', 'whatHappened')}>
        {(p) => <textarea {...p} rows={5} value={whatHappened} onChange={(e) => setWhatHappened(e.target.value)} />}
      </Field>
      <fieldset
        className={familyError ? 'invalid' : undefined}
        aria-describedby={familyError ? 'family-error' : undefined}
      >
        <legend>Root cause family</legend>
        {rootCauseFamilies.map((f) => (
          <label key={f.value} className="choice">
            <input
              type="radio"
              name="rootCauseFamily"
              value={f.value}
              checked={family === f.value}
              onChange={() => setFamily(f.value)}
            />
            <span>
              <strong>{f.label}</strong> — {f.hint}
            </span>
          </label>
        ))}
        {familyError && (
          <span className="field-error" id="family-error">
            {familyError}
          </span>
        )}
      </fieldset>
      <fieldset>
        <legend>Contributing factors</legend>
        <div className="chips">
          {contributingFactors.map((f) => (
            <label key={f} className="choice">
              <input
                type="checkbox"
                checked={factors.includes(f)}
                onChange={(e) => setFactors((list) => (e.target.checked ? [...list, f] : list.filter((x) => x !== f)))}
              />
              {f}
            </label>
          ))}
        </div>
        <Field label="Other factors (comma-separated)" error={fieldError(ctx, 'facts', 'contributingFactors')}>
          {(p) => <input {...p} value={other} onChange={(e) => setOther(e.target.value)} />}
        </Field>
      </fieldset>
      <button type="submit" disabled={ctx.busy}>
        Record the facts
      </button>
    </form>
  );
}

function Resolve(ctx: ActionContext) {
  const plan = planState(ctx.detail.timeline);
  const [text, setText] = useState('');
  const [needsAgreement, setNeedsAgreement] = useState(true);
  const [actions, setActions] = useState('');
  const [comment, setComment] = useState('');
  if (plan === 'none') {
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void ctx.act(
            'resolution-plan',
            { plan: text, needsResidentAgreement: needsAgreement },
            'The plan is proposed.',
          );
        }}
      >
        <p>Propose a fix. Get the resident’s agreement before acting, then act fast.</p>
        <Field label="Resolution plan" error={fieldError(ctx, 'resolution-plan', 'plan')}>
          {(p) => <textarea {...p} rows={4} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <label className="choice">
          <input type="checkbox" checked={needsAgreement} onChange={(e) => setNeedsAgreement(e.target.checked)} />
          The resident must agree first (the plan is sent to them)
        </label>
        <button type="submit" disabled={ctx.busy}>
          Propose the plan
        </button>
      </form>
    );
  }
  if (plan === 'pending') {
    return (
      <div>
        <p data-testid="agreement">Agreement: waiting for the resident’s answer to the plan.</p>
        <p>If the resident answered you in person or by phone, record it:</p>
        <Field label="Resident’s comment (optional)" error={fieldError(ctx, 'agreement', 'comment')}>
          {(p) => <input {...p} value={comment} onChange={(e) => setComment(e.target.value)} />}
        </Field>
        <div className="buttons">
          <button
            type="button"
            disabled={ctx.busy}
            onClick={() =>
              void ctx.act('agreement', { agreed: true, ...(comment ? { comment } : {}) }, 'Agreement recorded.')
            }
          >
            Resident agreed
          </button>
          <button
            type="button"
            disabled={ctx.busy}
            onClick={() =>
              void ctx.act(
                'agreement',
                { agreed: false, ...(comment ? { comment } : {}) },
                'Refusal recorded: propose another plan.',
              )
            }
          >
            Resident refused
          </button>
        </div>
      </div>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void ctx.act('resolve', { actionsTaken: actions }, 'Resolved: the follow-up with the resident is scheduled.');
      }}
    >
      <p data-testid="agreement">
        Agreement: {plan === 'agreed' ? 'the resident agreed to the plan.' : 'not needed for this plan.'}
      </p>
      <Field label="What was done" error={fieldError(ctx, 'resolve', 'actionsTaken')}>
        {(p) => <textarea {...p} rows={4} value={actions} onChange={(e) => setActions(e.target.value)} />}
      </Field>
      <button type="submit" disabled={ctx.busy}>
        Mark resolved
      </button>
    </form>
  );
}

function FollowUp(ctx: ActionContext) {
  const asked = ctx.detail.timeline.some((e) => e.type === 'follow_up_sent');
  const [comment, setComment] = useState('');
  const send = (satisfied: boolean) =>
    void ctx.act(
      'feedback',
      { satisfied, ...(comment ? { comment } : {}) },
      satisfied ? 'Recovered: the resident is satisfied.' : 'Reopened: the case goes back to resolve.',
    );
  return (
    <div>
      <p>
        {asked
          ? 'The resident was asked: “Was everything completed to your satisfaction?”'
          : 'The resident will be asked “Was everything completed to your satisfaction?” soon after the fix.'}{' '}
        Their answer closes the loop: once they were asked, record it here if they gave it to you directly.
      </p>
      <Field label="Resident’s words (optional)" error={fieldError(ctx, 'feedback', 'comment')}>
        {(p) => <input {...p} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </Field>
      <div className="buttons">
        <button type="button" disabled={ctx.busy || !asked} onClick={() => send(true)}>
          Satisfied
        </button>
        <button type="button" disabled={ctx.busy || !asked} onClick={() => send(false)}>
          Not satisfied
        </button>
      </div>
    </div>
  );
}

/** One small form behind a disclosure: a reason field and a button. */
function ReasonAction<A extends 'waiting-on-resident' | 'escalate' | 'cancel'>(
  props: ActionContext & { action: A; title: string; label: string; button: string; done: string },
) {
  const [reason, setReason] = useState('');
  return (
    <details>
      <summary>{props.title}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void props.act(props.action, { reason } as ActionBody<A>, props.done).then((ok) => ok && setReason(''));
        }}
      >
        <Field label={props.label} error={fieldError(props, props.action, 'reason')}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <button type="submit" disabled={props.busy}>
          {props.button}
        </button>
      </form>
    </details>
  );
}

function OtherActions(ctx: ActionContext) {
  const { detail, me } = ctx;
  const [note, setNote] = useState('');
  const [visibility, setVisibility] = useState<'internal' | 'resident'>('internal');
  const [severity, setSeverity] = useState(detail.severity);
  const [severityReason, setSeverityReason] = useState('');
  return (
    <section aria-labelledby="more-title" className="more">
      <h2 id="more-title">Other actions</h2>
      {detail.waitingOnResident ? (
        <button
          type="button"
          disabled={ctx.busy}
          onClick={() => void ctx.act('resume', {}, 'Resumed: the clock runs again.')}
        >
          Resume (the resident answered)
        </button>
      ) : (
        <ReasonAction
          {...ctx}
          action="waiting-on-resident"
          title="Wait on the resident"
          label="What you are waiting for"
          button="Pause the clock"
          done="Waiting on the resident: the clock is paused."
        />
      )}
      <details>
        <summary>Add a note</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void ctx
              .act(
                'notes',
                { body: note, visibility },
                visibility === 'resident' ? 'The update was sent to the resident.' : 'Note added.',
              )
              .then((ok) => ok && setNote(''));
          }}
        >
          <Field label="Note" error={fieldError(ctx, 'notes', 'body')}>
            {(p) => <textarea {...p} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <fieldset>
            <legend>Who sees it</legend>
            <label className="choice">
              <input
                type="radio"
                name="visibility"
                checked={visibility === 'internal'}
                onChange={() => setVisibility('internal')}
              />{' '}
              Staff only
            </label>
            <label className="choice">
              <input
                type="radio"
                name="visibility"
                checked={visibility === 'resident'}
                onChange={() => setVisibility('resident')}
              />{' '}
              Send to the resident
            </label>
          </fieldset>
          <button type="submit" disabled={ctx.busy}>
            Add the note
          </button>
        </form>
      </details>
      <details>
        <summary>Change the severity</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void ctx.act(
              'severity',
              { severity, reason: severityReason },
              'Severity changed; the deadline was recomputed.',
            );
          }}
        >
          <Field label="Severity" error={fieldError(ctx, 'severity', 'severity')}>
            {(p) => (
              <select {...p} value={severity} onChange={(e) => setSeverity(e.target.value as typeof severity)}>
                {severities.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Reason for the new severity" error={fieldError(ctx, 'severity', 'reason')}>
            {(p) => <input {...p} value={severityReason} onChange={(e) => setSeverityReason(e.target.value)} />}
          </Field>
          <button type="submit" disabled={ctx.busy}>
            Change the severity
          </button>
        </form>
      </details>
      {isManager(me) && (
        <>
          <ReasonAction
            {...ctx}
            action="escalate"
            title="Escalate"
            label="Reason for escalating"
            button="Escalate one level"
            done="Escalated one level."
          />
          <Assign {...ctx} />
          <ReasonAction
            {...ctx}
            action="cancel"
            title="Cancel the case"
            label="Reason for cancelling"
            button="Cancel the case"
            done="The case is cancelled."
          />
        </>
      )}
    </section>
  );
}

function Assign(ctx: ActionContext) {
  const [staff, setStaff] = useState<Staff[] | null>(null);
  const [ownerId, setOwnerId] = useState('');
  const [reason, setReason] = useState('');
  const propertyId = ctx.detail.propertyId;
  useEffect(() => {
    must(api.GET('/v1/staff', { params: { query: { propertyId, limit: 200 } } })).then(
      (page) => setStaff(page.items.filter((s) => s.active !== false)),
      () => setStaff([]),
    );
  }, [propertyId]);
  return (
    <details>
      <summary>Assign to someone else</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void ctx.act('assign', { ownerId, ...(reason ? { reason } : {}) }, `Assigned to ${ownerId}.`);
        }}
      >
        <Field label="New owner" error={fieldError(ctx, 'assign', 'ownerId')}>
          {(p) => (
            <select {...p} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
              <option value="">Choose a staff member</option>
              {(staff ?? []).map((s) => (
                <option key={s.id} value={s.id} disabled={s.id === ctx.detail.ownerId}>
                  {s.name} — {words(s.role)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Reason for the change (optional)" error={fieldError(ctx, 'assign', 'reason')}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <button type="submit" disabled={ctx.busy}>
          Assign
        </button>
      </form>
    </details>
  );
}

function HouseholdHistory({ history, caseId }: { history: ResidentHistory | null; caseId: string }) {
  if (!history) return <p className="muted">No history available.</p>;
  const risk = history.renewalRisk;
  const others = history.items.filter((item) => item.kind !== 'case' || item.caseId !== caseId);
  return (
    <div>
      <p>
        Renewal risk: <strong className={`risk-${risk.level}`}>{risk.level}</strong> ({risk.score}/100)
        {history.household?.leaseEndsOn ? `; lease ends ${history.household.leaseEndsOn}` : ''}
      </p>
      {risk.reasons.length > 0 && (
        <ul>
          {risk.reasons.map((r) => (
            <li key={r.code}>{r.detail}</li>
          ))}
        </ul>
      )}
      {others.length === 0 ? (
        <p className="muted">No other cases or events for this household.</p>
      ) : (
        <ol className="timeline">
          {others
            .slice()
            .reverse()
            .map((item) => (
              <li key={item.kind === 'case' ? item.caseId : item.eventId}>
                <time dateTime={item.at}>{when(item.at)}</time>{' '}
                {item.kind === 'case' ? (
                  <a {...linkProps(`/cases/${item.caseId}`)}>
                    Case: {item.summary} (
                    {item.status === 'closed'
                      ? words(item.outcome ?? 'closed')
                      : (stageLabel[item.stage as keyof typeof stageLabel] ?? item.stage)}
                    {item.department ? `, ${words(item.department)}` : ''})
                  </a>
                ) : (
                  <span>
                    {words(item.type)}: {item.summary}
                  </span>
                )}
              </li>
            ))}
        </ol>
      )}
    </div>
  );
}
