import { useEffect, useMemo, useState } from 'react';
import {
  api,
  inBatches,
  must,
  session,
  type Me,
  type MonthlyReviews,
  type PatternReport,
  type Property,
  type RenewalRiskReport,
} from '../api/client';
import { words } from '../protocol';
import { LineChart, type Series } from './LineChart';

const MONTHS = 12;

/** The first day (UTC) of each of the last `count` months, oldest first, plus the start of next month. */
export function monthStarts(count: number, now = new Date()): string[] {
  const starts: string[] = [];
  for (let i = count - 1; i >= -1; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    starts.push(d.toISOString().slice(0, 10));
  }
  return starts;
}

interface MonthReport {
  month: string;
  report: PatternReport;
}

const pct = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 1000) / 10);
const hours = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 10) / 10);

export default function Portfolio({ me }: { me: Me }) {
  const [propertyId, setPropertyId] = useState('');
  const [properties, setProperties] = useState<Property[]>([]);
  const [months, setMonths] = useState<MonthReport[] | null>(null);
  const [risk, setRisk] = useState<RenewalRiskReport | null>(null);
  const [reviews, setReviews] = useState<MonthlyReviews['items'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const starts = useMemo(() => monthStarts(MONTHS), []);

  useEffect(() => {
    must(api.GET('/v1/properties', { params: { query: { limit: 200 } } })).then(
      (p) => setProperties(p.items),
      () => setProperties([]),
    );
  }, []);

  useEffect(() => {
    const scope = propertyId ? { propertyId } : {};
    setMonths(null);
    setError(null);
    // One report per month: each gives that month's volume by category and its median times.
    inBatches(starts.slice(0, -1), 4, async (from, i) => ({
      month: from.slice(0, 7),
      report: await must(
        api.GET('/v1/reports/patterns', { params: { query: { from, to: starts[i + 1]!, ...scope } } }),
      ),
    }))
      .then(setMonths)
      .catch(() => setError('The patterns report could not be loaded.'));
    must(api.GET('/v1/reports/renewal-risk', { params: { query: { withinDays: 90, limit: 10, ...scope } } })).then(
      setRisk,
      () => setRisk(null),
    );
    must(api.GET('/v1/reports/monthly-reviews', { params: { query: { limit: 24, ...scope } } })).then(
      (r) => setReviews(r.items),
      () => setReviews([]),
    );
  }, [propertyId, starts]);

  const labels = useMemo(() => months?.map((m) => m.month) ?? [], [months]);
  const categories = useMemo(() => {
    const all = new Set<string>();
    for (const m of months ?? []) for (const v of m.report.volume) all.add(v.category);
    return [...all].sort();
  }, [months]);
  // Memoised: a chart redraws only when its figures change.
  const { volume, rates, times } = useMemo(() => {
    const all = months ?? [];
    const volume: Series[] = categories.map((category) => ({
      label: words(category),
      values: all.map((m) => m.report.volume.filter((v) => v.category === category).reduce((n, v) => n + v.cases, 0)),
    }));
    const rates: Series[] = [
      { label: 'Breach rate %', values: all.map((m) => pct(m.report.totals.breachRate.any)) },
      { label: 'Recovery rate %', values: all.map((m) => pct(m.report.totals.recoveryRate)) },
    ];
    const times: Series[] = [
      {
        label: 'Median hours to acknowledge',
        values: all.map((m) => hours(m.report.totals.timeToAcknowledgeHours.median)),
      },
      { label: 'Median hours to resolve', values: all.map((m) => hours(m.report.totals.timeToResolveHours.median)) },
    ];
    return { volume, rates, times };
  }, [months, categories]);

  async function downloadCsv() {
    const query = new URLSearchParams({
      from: starts[0]!,
      to: starts[starts.length - 1]!,
      format: 'csv',
      ...(propertyId ? { propertyId } : {}),
    });
    const response = await fetch(`/v1/reports/patterns?${query}`, {
      headers: { authorization: `Bearer ${session.key()}` },
    });
    if (!response.ok) {
      setError('The CSV could not be downloaded.');
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `patterns-${propertyId || 'portfolio'}-${starts[0]}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }

  return (
    <section aria-labelledby="portfolio-title">
      <h1 id="portfolio-title">Portfolio</h1>
      <p className="muted">
        The last {MONTHS} months{me.propertyIds.includes('*') ? ' across the portfolio' : ' of your properties'}, month
        by month (UTC).
      </p>
      <form className="filters" aria-label="Report filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Property
          <select value={propertyId} onChange={(e) => setPropertyId(e.target.value)}>
            <option value="">All</option>
            {properties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void downloadCsv()}>
          Download CSV
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!months && !error && <p role="status">Loading the patterns…</p>}
      {months && (
        <div className="charts">
          <LineChart id="volume" title="Volume by category per month" unit="cases" labels={labels} series={volume} />
          <LineChart
            id="rates"
            title="Breach rate and recovery rate per month"
            unit="%"
            labels={labels}
            series={rates}
          />
          <LineChart
            id="times"
            title="Median hours to acknowledge and to resolve per month"
            unit="hours"
            labels={labels}
            series={times}
          />
        </div>
      )}

      <section aria-labelledby="risk-title">
        <h2 id="risk-title">Renewal risk (leases ending within 90 days)</h2>
        {!risk && <p className="muted">Loading…</p>}
        {risk?.properties.map((p) => (
          <div key={p.propertyId}>
            <h3>
              {p.propertyId} — leases ending: {p.households}
            </h3>
            {p.atRisk.length === 0 ? (
              <p className="muted">No household at risk.</p>
            ) : (
              <ul className="risk-list">
                {p.atRisk.map((h) => (
                  <li key={h.householdId}>
                    <strong>{h.name ?? h.householdId}</strong>
                    {h.unit ? `, unit ${h.unit}` : ''} — lease ends {h.leaseEndsOn ?? '?'} — risk{' '}
                    <span className={`risk-${h.risk.level}`}>{h.risk.level}</span> ({h.risk.score}/100)
                    {h.risk.reasons.length > 0 && (
                      <ul>
                        {h.risk.reasons.map((r) => (
                          <li key={r.code}>{r.detail}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>

      <section aria-labelledby="reviews-title">
        <h2 id="reviews-title">Monthly reviews</h2>
        {reviews && reviews.length === 0 && (
          <p className="muted">No review stored yet; the first runs on the 1st of next month.</p>
        )}
        {reviews && reviews.length > 0 && (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Stored monthly reviews">
            <table>
              <caption>Stored monthly reviews, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Property</th>
                  <th scope="col">Cases</th>
                  <th scope="col">Breach rate</th>
                  <th scope="col">Recovery rate</th>
                  <th scope="col">Sent to</th>
                </tr>
              </thead>
              <tbody>
                {reviews.map((r) => (
                  <tr key={r.id}>
                    <td>{r.month}</td>
                    <td>{r.propertyId}</td>
                    <td>{r.report.totals.cases}</td>
                    <td>{pct(r.report.totals.breachRate.any) ?? '—'}%</td>
                    <td>{pct(r.report.totals.recoveryRate) ?? '—'}%</td>
                    <td>{r.recipients.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
