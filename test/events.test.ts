import { describe, expect, it } from 'vitest';
import { renewalRisk } from '../domain/renewal-risk';
import {
  defaultTriggerRules,
  evaluateEvent,
  InboundEvent,
  resolveRules,
  withinMoveInWindow,
  type HouseholdContext,
} from '../domain/events';

/** The pure parts of the trigger rules and the risk score: precedence, windows and weights. */
const none: HouseholdContext = { recentRequests: [], moveInOn: null, moveInIssues: [] };
const survey = (score: number) =>
  InboundEvent.parse({
    type: 'survey_response',
    source: 's',
    externalId: 'e',
    propertyId: 'p',
    householdId: 'h',
    occurredAt: '2026-03-02T10:00:00Z',
    score,
  });

describe('resolveRules', () => {
  it('takes a property’s rule over the portfolio’s over the built-in default, and ignores a malformed row', () => {
    const rows = [
      { propertyId: '*', kind: 'low_survey_score', enabled: true, severity: 'medium', params: { maxScore: 3 } },
      { propertyId: 'p1', kind: 'low_survey_score', enabled: true, severity: 'critical', params: { maxScore: 1 } },
      { propertyId: 'p1', kind: 'repeat_requests', enabled: true, severity: 'high', params: { requests: 'three' } },
    ];
    expect(resolveRules(rows, 'p1').low_survey_score).toMatchObject({ severity: 'critical', params: { maxScore: 1 } });
    expect(resolveRules(rows, 'p2').low_survey_score).toMatchObject({ severity: 'medium', params: { maxScore: 3 } });
    expect(resolveRules(rows, 'p1').repeat_requests).toEqual(defaultTriggerRules.repeat_requests);
  });

  it('a disabled rule does not fire', () => {
    const rules = resolveRules(
      [{ propertyId: '*', kind: 'low_survey_score', enabled: false, severity: 'high', params: { maxScore: 2 } }],
      'p',
    );
    expect(evaluateEvent(survey(1), '1', rules, none)).toEqual([]);
    expect(evaluateEvent(survey(1), '1', resolveRules([], 'p'), none).map((f) => f.kind)).toEqual(['low_survey_score']);
  });
});

describe('windows', () => {
  it('the move-in window starts on the move-in day and ends after the given number of days', () => {
    expect(withinMoveInWindow('2026-03-01T00:00:00Z', '2026-03-01', 30)).toBe(true);
    expect(withinMoveInWindow('2026-02-28T23:59:59Z', '2026-03-01', 30)).toBe(false);
    expect(withinMoveInWindow('2026-03-30T23:59:59Z', '2026-03-01', 30)).toBe(true);
    expect(withinMoveInWindow('2026-03-31T00:00:00Z', '2026-03-01', 30)).toBe(false);
  });
});

describe('renewalRisk', () => {
  const quiet = {
    casesLast12Months: 0,
    openCases: 0,
    unrecoveredCases: 0,
    noResponseCases: 0,
    breachedCases: 0,
    repeatIssueCases: 0,
    lowScores: 0,
    lowestScore: null,
    leaseEndsOn: null,
  };
  const today = new Date('2026-06-01T12:00:00Z');

  it('scores nothing for a quiet household, and counts a lease ending within the window only', () => {
    expect(renewalRisk(quiet, today)).toEqual({ score: 0, level: 'low', reasons: [] });
    expect(renewalRisk({ ...quiet, leaseEndsOn: '2026-08-30' }, today).score).toBe(10);
    expect(renewalRisk({ ...quiet, leaseEndsOn: '2026-08-31' }, today).score).toBe(0);
  });

  it('caps each reason and the total, and names the level by threshold', () => {
    expect(renewalRisk({ ...quiet, unrecoveredCases: 5 }, today)).toMatchObject({ score: 50, level: 'high' });
    expect(renewalRisk({ ...quiet, casesLast12Months: 2, openCases: 2, noResponseCases: 0 }, today)).toMatchObject({
      score: 20,
      level: 'low',
    });
    expect(renewalRisk({ ...quiet, casesLast12Months: 3 }, today)).toMatchObject({ score: 20 });
    expect(renewalRisk({ ...quiet, lowScores: 1, lowestScore: 2, breachedCases: 1 }, today)).toMatchObject({
      score: 25,
      level: 'medium',
    });
    expect(
      renewalRisk(
        { ...quiet, unrecoveredCases: 3, noResponseCases: 3, lowScores: 3, lowestScore: 1, openCases: 3 },
        today,
      ).score,
    ).toBe(100);
  });
});
