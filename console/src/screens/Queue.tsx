import { useCallback, useEffect, useState } from 'react';
import { api, inBatches, must, type CaseDetail, type CaseQuery, type Me, type Property } from '../api/client';
import { badgesOf, dueIn, residentNotUpdated, severities, stageLabel, stages, words } from '../protocol';
import { linkProps } from '../router';
import { Badges } from './parts';

/** How often the queue refreshes by itself. */
export const REFRESH_MS = 10_000;

interface Row {
  detail: CaseDetail;
  dueAt: string | null;
  notUpdated: boolean;
}

interface Filters {
  propertyId: string;
  stage: string;
  severity: string;
  breached: boolean;
}

export function Queue({ me }: { me: Me }) {
  const [filters, setFilters] = useState<Filters>({ propertyId: '', stage: '', severity: '', breached: false });
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [properties, setProperties] = useState<Property[]>([]);
  const own = me.role === 'frontline' && me.staffId !== null;

  useEffect(() => {
    must(api.GET('/v1/properties', { params: { query: { limit: 200 } } })).then(
      (page) => setProperties(page.items),
      () => setProperties([]),
    );
  }, []);

  const load = useCallback(async () => {
    try {
      const query: CaseQuery = { status: 'open', limit: 100, sort: 'openedAt' };
      if (own) query.ownerId = me.staffId!;
      if (filters.propertyId) query.propertyId = filters.propertyId;
      if (filters.stage) query.stage = filters.stage as CaseQuery['stage'];
      if (filters.severity) query.severity = filters.severity as CaseQuery['severity'];
      if (filters.breached) query.breached = 'true';
      const list = await must(api.GET('/v1/cases', { params: { query } }));
      // The list has no due time: each case's running timeframe comes with its detail.
      const details = await inBatches(list.items, 6, (c) =>
        must(api.GET('/v1/cases/{id}', { params: { path: { id: c.id } } })).catch(() => null),
      );
      const next = details
        .filter((d): d is CaseDetail => d !== null && d.status === 'open')
        .map((detail) => ({
          detail,
          dueAt: detail.deadline?.dueAt ?? null,
          notUpdated: residentNotUpdated(detail.timeline),
        }));
      next.sort(
        (a, b) =>
          (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999') || a.detail.openedAt.localeCompare(b.detail.openedAt),
      );
      setRows(next);
      setError(null);
      setUpdatedAt(new Date());
    } catch {
      setError('The queue could not be loaded; it retries by itself.');
    }
  }, [filters, own, me.staffId]);

  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void load(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [load]);

  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">My queue</h1>
      <p className="muted">
        {own ? 'Your open cases' : 'Every open case of your properties'}, the most urgent first.{' '}
        <span role="status">{updatedAt ? `Updated ${updatedAt.toLocaleTimeString()}.` : 'Loading…'}</span>
      </p>
      <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Property
          <select value={filters.propertyId} onChange={(e) => set({ propertyId: e.target.value })}>
            <option value="">All</option>
            {properties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Stage
          <select value={filters.stage} onChange={(e) => set({ stage: e.target.value })}>
            <option value="">All</option>
            {stages
              .filter((s) => s !== 'closed')
              .map((s) => (
                <option key={s} value={s}>
                  {stageLabel[s]}
                </option>
              ))}
          </select>
        </label>
        <label>
          Severity
          <select value={filters.severity} onChange={(e) => set({ severity: e.target.value })}>
            <option value="">All</option>
            {severities.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={filters.breached} onChange={(e) => set({ breached: e.target.checked })} />
          Breached only
        </label>
        <button type="button" onClick={() => void load()}>
          Refresh
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {rows && rows.length === 0 && <p>No open cases. Nothing is waiting on you.</p>}
      {rows && rows.length > 0 && (
        <ol className="queue" aria-label="Open cases by due time">
          {rows.map(({ detail: c, dueAt, notUpdated }) => (
            <li key={c.id} className={`card severity-${c.severity}`} data-case-id={c.id}>
              <a {...linkProps(`/cases/${c.id}`)} className="card-link">
                <span className="card-title">{c.summary}</span>
              </a>
              <span className="card-meta">
                {stageLabel[c.stage]} · {c.severity} · {words(c.category)} · {c.propertyId}
                {c.unit ? ` · unit ${c.unit}` : ''}
              </span>
              <span className={dueAt && Date.parse(dueAt) < Date.now() ? 'due overdue' : 'due'}>{dueIn(dueAt)}</span>
              <Badges badges={badgesOf(c, notUpdated)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
