import { patched } from '@temporalio/workflow';
import { INSTANTS_KEPT_ACROSS_LOCAL_ACTIVITIES } from './case-instants';

/**
 * Whether a rule of the recovery case is in force for this case. A case of the first workflow type,
 * `recoveryCase`, learns each rule from a patch marker (`patched()`), so that cases recorded before the rule keep
 * replaying the way they ran. A case of `recoveryCaseV2` has every rule in force from its start and records no
 * marker: each marker was one history event plus a search-attribute upsert (`TemporalChangeVersion`), which
 * made up about three quarters of a case's first workflow task. New rules start again as patches on V2.
 * Module state is per workflow run (workflow modules are evaluated per run).
 */
let everyRuleInForce = false;

/** Called first by `recoveryCaseV2`. */
export function putEveryRuleInForce(): void {
  everyRuleInForce = true;
}

export const RULES_DECIDED_AT_START = 'rules-decided-at-start';
/**
 * The rules the first type gained as patches, in the order its first task decides them (the order its histories
 * recorded). Named here rather than imported from the modules that use them (they import this one). A V2 case has
 * them from its start; any other rule is a patch on V2 too, so V2 histories recorded before it keep replaying.
 */
export const FIRST_TYPE_RULES = [
  'activities-retried-in-seconds',
  'resident-link',
  'configuration-problems-reported',
  'reminders-spaced-whatever-the-policy',
  'configuration-reloaded-when-due',
  'times-reached-by-timers',
  'feedback-answers-after-record',
  'read-model-local-activities',
  'due-and-reminder-timers-raced',
  'local-activities-one-at-a-time',
];
const IN_FORCE_ON_V2 = new Set([RULES_DECIDED_AT_START, ...FIRST_TYPE_RULES, INSTANTS_KEPT_ACROSS_LOCAL_ACTIVITIES]);

export const ruleInForce = (rule: string): boolean => (everyRuleInForce && IN_FORCE_ON_V2.has(rule)) || patched(rule);

/** What only cases of `recoveryCaseV2` do (a case of the first type replays as it was recorded). */
export const caseIsV2 = (): boolean => everyRuleInForce;
