import { describe, expect, it } from 'vitest';
import { actionRules, stageConflict } from '../workflows/case-rules';
import type { CaseState } from '../definitions/recovery-case';

// Only what the rules read; the rest of a case's state does not matter to them.
const base = { status: 'open', recorded: true, stage: 'resolve', escalationLevel: 0, ownerId: 'staff-1' };
const caseIn = (extra: Partial<CaseState> = {}) => ({ ...base, ...extra }) as CaseState;

describe('when a case takes an action', () => {
  it('names the stage and where the action is possible, or that the case is closed', () => {
    const { doing, stages } = actionRules.recordFacts;
    expect(stageConflict(caseIn(), doing, stages)).toBe(
      'recording facts is not possible in stage resolve (possible in gather_facts)',
    );
    expect(stageConflict(caseIn({ stage: 'gather_facts' }), doing, stages)).toBeNull();
    expect(stageConflict(caseIn({ status: 'closed' }), doing, stages)).toBe(
      'recording facts is not possible: the case is closed',
    );
    // A case not yet recorded takes no action, whatever its stage.
    expect(stageConflict(caseIn({ stage: 'gather_facts', recorded: false }), doing, stages)).toBe(
      'recording facts is not possible in stage gather_facts (possible in gather_facts)',
    );
  });

  it('refuses to resolve without a plan, or while the plan waits for the resident', () => {
    const refuse = actionRules.resolve.refuse!;
    const by = 'staff-1';
    const plan = { by, plan: 'fix it', needsResidentAgreement: true };
    expect(refuse(caseIn(), { by, actionsTaken: 'fixed' })).toBe('propose a resolution plan before resolving');
    expect(refuse(caseIn({ plan: { ...plan, agreement: 'pending' } }), { by, actionsTaken: 'fixed' })).toBe(
      'the resolution plan is waiting for the resident’s agreement',
    );
    expect(refuse(caseIn({ plan: { ...plan, agreement: 'agreed' } }), { by, actionsTaken: 'fixed' })).toBeNull();
  });

  it('refuses what would change nothing: the same owner, the same severity, the top of the ladder', () => {
    expect(actionRules.assign.refuse!(caseIn(), { by: 'm', ownerId: 'staff-1', reason: 'r' })).toBe(
      'staff-1 already owns the case',
    );
    expect(actionRules.escalate.refuse!(caseIn({ escalationLevel: 2 }), { by: 'm', reason: 'r' })).toBe(
      'the case is already at the top of the escalation ladder',
    );
    expect(actionRules.escalate.refuse!(caseIn({ escalationLevel: 1 }), { by: 'm', reason: 'r' })).toBeNull();
  });

  it('pauses and resumes only in the timed stages', () => {
    expect(actionRules.waitOnResident.stages).toEqual(['acknowledge', 'gather_facts', 'resolve']);
    expect(actionRules.resume.stages).toEqual(['acknowledge', 'gather_facts', 'resolve']);
    expect(actionRules.cancelCase.stages).toEqual(['acknowledge', 'gather_facts', 'resolve', 'follow_up']);
  });
});
