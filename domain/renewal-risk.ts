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

export function daysUntil(date: string, today: Date): number {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((Date.parse(`${date}T00:00:00Z`) - start) / DAY_MS);
}

/** Each reason the facts could give, with its points (0: it does not apply) and its detail, spelled out on demand. */
function candidateReasons(facts: RiskFacts, today: Date, leaseWindowDays: number) {
  const reasons: { code: RiskReason['code']; points: number; detail: () => string }[] = [];
  const add = (code: RiskReason['code'], points: number, detail: () => string) =>
    reasons.push({ code, points, detail });
  if (facts.leaseEndsOn) {
    const days = daysUntil(facts.leaseEndsOn, today);
    if (days >= 0 && days <= leaseWindowDays)
      add('lease_ending', 10, () => `lease ends on ${facts.leaseEndsOn}, in ${plural(days, 'day')}`);
  }
  if (facts.casesLast12Months >= REPEAT_CASES || facts.repeatIssueCases > 0) {
    add('repeat_issues', 20, () => {
      const parts = [`${plural(facts.casesLast12Months, 'case')} in 12 months`];
      if (facts.repeatIssueCases > 0) parts.push(`${plural(facts.repeatIssueCases, 'repeat-issue case')}`);
      return parts.join(', ');
    });
  }
  add(
    'unrecovered',
    Math.min(50, 25 * facts.unrecoveredCases),
    () => `${plural(facts.unrecoveredCases, 'case')} closed with the resident still dissatisfied`,
  );
  add(
    'no_response',
    Math.min(30, 15 * facts.noResponseCases),
    () => `${plural(facts.noResponseCases, 'case')} closed without the resident confirming the fix`,
  );
  add('open_cases', Math.min(20, 10 * facts.openCases), () => `${plural(facts.openCases, 'case')} still open`);
  add(
    'low_scores',
    Math.min(30, 15 * facts.lowScores),
    () => `${plural(facts.lowScores, 'survey score')} of ${LOW_SCORE} or less (lowest ${facts.lowestScore ?? '-'}/5)`,
  );
  add(
    'breaches',
    Math.min(20, 10 * facts.breachedCases),
    () => `${plural(facts.breachedCases, 'case')} missed a timeframe`,
  );
  return reasons.filter((r) => r.points > 0);
}

const total = (reasons: { points: number }[]) =>
  Math.min(
    100,
    reasons.reduce((sum, r) => sum + r.points, 0),
  );

/** The score alone (what ranks a list), without spelling out the reasons. */
export function renewalRiskScore(facts: RiskFacts, today: Date, leaseWindowDays = 90): number {
  return total(candidateReasons(facts, today, leaseWindowDays));
}

export function renewalRisk(facts: RiskFacts, today: Date, leaseWindowDays = 90): RenewalRisk {
  const reasons: RiskReason[] = candidateReasons(facts, today, leaseWindowDays).map(({ code, points, detail }) => ({
    code,
    points,
    detail: detail(),
  }));
  reasons.sort((a, b) => b.points - a.points);
  const score = total(reasons);
  return { score, level: score >= 50 ? 'high' : score >= 25 ? 'medium' : 'low', reasons };
}
