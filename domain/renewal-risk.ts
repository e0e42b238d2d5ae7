import { z } from 'zod';
import { DAY_MS } from './clock';

/**
 * Renewal risk of a household: a score out of 100 with every reason spelled out, so a manager walking into
 * the renewal conversation knows what went wrong for the resident this year (seed 000, example 5).
 * Pure: the facts are counted by SQL over the last 12 months; the weights live here.
 */
export interface RiskFacts {
  casesLast12Months: number;
  openCases: number;
  unrecoveredCases: number;
  noResponseCases: number;
  breachedCases: number;
  repeatIssueCases: number;
  lowScores: number;
  lowestScore: number | null;
  /** YYYY-MM-DD, or null when the directory does not know the lease. */
  leaseEndsOn: string | null;
}

/** A survey at or below this counts as a low score. */
export const LOW_SCORE = 2;
/** This many cases in 12 months make a repeat-friction household. */
export const REPEAT_CASES = 3;

export const RiskReason = z.object({
  code: z.enum(['lease_ending', 'repeat_issues', 'unrecovered', 'no_response', 'open_cases', 'low_scores', 'breaches']),
  points: z.number().int(),
  detail: z.string(),
});
export type RiskReason = z.infer<typeof RiskReason>;
export const RenewalRisk = z.object({
  score: z.number().int().min(0).max(100),
  level: z.enum(['low', 'medium', 'high']).describe('high ≥ 50, medium ≥ 25'),
  reasons: z.array(RiskReason).describe('Every reason that adds to the score, largest first'),
});
export type RenewalRisk = z.infer<typeof RenewalRisk>;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Whole days from `today` (UTC) to `date` (YYYY-MM-DD): read by hand, as a report calls it for every household. */
export function daysUntil(date: string, today: Date): number {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((day - start) / DAY_MS);
}

/** What the rules read: the facts, and the days until the lease ends when it ends within the window (else null). */
interface Reading {
  facts: RiskFacts;
  leaseDays: number | null;
}

/**
 * Every reason the facts could give: its points (0: it does not apply) and its detail. Declared once, so that the
 * score alone (which ranks a list of thousands) costs a loop and no allocation.
 */
const RULES: readonly {
  code: RiskReason['code'];
  points: (r: Reading) => number;
  detail: (r: Reading) => string;
}[] = [
  {
    code: 'lease_ending',
    points: ({ leaseDays }) => (leaseDays === null ? 0 : 10),
    detail: ({ facts, leaseDays }) => `lease ends on ${facts.leaseEndsOn}, in ${plural(leaseDays ?? 0, 'day')}`,
  },
  {
    code: 'repeat_issues',
    points: ({ facts }) => (facts.casesLast12Months >= REPEAT_CASES || facts.repeatIssueCases > 0 ? 20 : 0),
    detail: ({ facts }) => {
      const parts = [`${plural(facts.casesLast12Months, 'case')} in 12 months`];
      if (facts.repeatIssueCases > 0) parts.push(`${plural(facts.repeatIssueCases, 'repeat-issue case')}`);
      return parts.join(', ');
    },
  },
  {
    code: 'unrecovered',
    points: ({ facts }) => Math.min(50, 25 * facts.unrecoveredCases),
    detail: ({ facts }) => `${plural(facts.unrecoveredCases, 'case')} closed with the resident still dissatisfied`,
  },
  {
    code: 'no_response',
    points: ({ facts }) => Math.min(30, 15 * facts.noResponseCases),
    detail: ({ facts }) => `${plural(facts.noResponseCases, 'case')} closed without the resident confirming the fix`,
  },
  {
    code: 'open_cases',
    points: ({ facts }) => Math.min(20, 10 * facts.openCases),
    detail: ({ facts }) => `${plural(facts.openCases, 'case')} still open`,
  },
  {
    code: 'low_scores',
    points: ({ facts }) => Math.min(30, 15 * facts.lowScores),
    detail: ({ facts }) =>
      `${plural(facts.lowScores, 'survey score')} of ${LOW_SCORE} or less (lowest ${facts.lowestScore ?? '-'}/5)`,
  },
  {
    code: 'breaches',
    points: ({ facts }) => Math.min(20, 10 * facts.breachedCases),
    detail: ({ facts }) => `${plural(facts.breachedCases, 'case')} missed a timeframe`,
  },
];

function reading(facts: RiskFacts, today: Date, leaseWindowDays: number): Reading {
  const days = facts.leaseEndsOn ? daysUntil(facts.leaseEndsOn, today) : null;
  return { facts, leaseDays: days !== null && days >= 0 && days <= leaseWindowDays ? days : null };
}

/** The score alone (what ranks a list), without spelling out the reasons. */
export function renewalRiskScore(facts: RiskFacts, today: Date, leaseWindowDays = 90): number {
  const r = reading(facts, today, leaseWindowDays);
  let sum = 0;
  for (const rule of RULES) sum += rule.points(r);
  return Math.min(100, sum);
}

export function renewalRisk(facts: RiskFacts, today: Date, leaseWindowDays = 90): RenewalRisk {
  const r = reading(facts, today, leaseWindowDays);
  const reasons: RiskReason[] = [];
  for (const { code, points, detail } of RULES) {
    const p = points(r);
    if (p > 0) reasons.push({ code, points: p, detail: detail(r) });
  }
  reasons.sort((a, b) => b.points - a.points);
  const score = Math.min(
    100,
    reasons.reduce((sum, reason) => sum + reason.points, 0),
  );
  return { score, level: score >= 50 ? 'high' : score >= 25 ? 'medium' : 'low', reasons };
}
